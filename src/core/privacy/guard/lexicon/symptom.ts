// Symptoms and complaints (nl + en).
import type { CategoryLexicon } from './types.js';

/** Symptom words; `\w*pijn` catches every Dutch pain compound (hoofdpijn, buikpijn, spierpijn). */
export const symptom: CategoryLexicon = {
  category: 'symptom',
  strong: [
    // Dutch
    '\\w*koorts\\w*', '\\w*verkoud\\w*', '\\w*hoest\\w*', 'niez\\w*', '\\w*misselijk\\w*', 'overgegeven', 'spugen', 'gespuugd',
    '(moet|moest|heeft|had|ligt|lag|blijft|aan het|liggen|steeds|veel|constant|continu|nog|zit te|lopen|zitten) (\\w+ )?overgeven',
    'diarree', 'buikloop', 'duizelig\\w*', 'flauw(gevallen|vallen|te)', 'bewusteloos', 'benauwd\\w*', 'kortademig\\w*',
    'ademnood', 'ademhalingsproblemen', '\\w*kloppingen', 'hyperventil\\w*', 'vermoeid\\w*', 'oververmoeid',
    '(erg|heel|extreem|super|zo|enorm|vreselijk|continu|steeds|snel|hartstikke|ontzettend|doodmoe|altijd|erg snel) moe(?! van\\b)',
    'doodmoe', 'doodop', 'hondsmoe', 'lusteloos', 'slapeloos\\w*', 'slaapproblemen', 'slaapt (\\w+ )?slecht',
    'slecht (\\w+ )?slapen', '(amper|nauwelijks|niet|slecht) geslapen', 'jeuk\\w*', 'zwelling', '\\w*opgezwollen',
    'bloedingen', 'bloedneus', 'rillerig', 'rillingen', 'grieperig', 'snotterig', 'snottebellen', 'snotneus',
    'verstopte neus', 'loopneus', '\\w*pijn(en|tje|tjes|klachten|klacht|bestrijding|scheuten|aanval)?', 'doet (\\w+ )?(pijn|zeer)',
    'zere keel', 'keel is rauw', 'stem kwijt', 'onwel\\w*', 'in elkaar (gezakt|gezakt)', '(valt|viel|vallen|vielen) (\\w+ )?flauw', 'zwart voor ({own}|de) ogen', 'sniffl\\w*', 'schor', 'hese stem', 'aan de dunne', '(kotst|kotsen|gekotst|kotsmisselijk)',
    '(ziet|zag|zie|zien|hoort|hoorde|hoor|horen) (?!er\\b)(\\w+ )?(slecht|wazig|dubbel|sterretjes|vlekken|niks meer|bijna niks|niets meer|bijna niets)',
    '(krijgt|kreeg|krijg|kregen) (\\w+ )?geen lucht', '(snakt|snakte|hapt|hapte) naar adem', 'kan (niks|niets|geen eten|geen voedsel) binnenhouden', 'kan (niks|niets|bijna niks|bijna niets) (\\w+ )?(eten|drinken|binnenhouden)',
    '(loopt|liep|lopen|zit|zat) op {own} tandvlees', 'uitgedroogd', 'geen eetlust', 'krachtverlies', 'verlamming\\w*', 'geheugenverlies',
    'voel(t|de|en)? (me|zich|mij|mezelf) (\\w+ )?(ellendig|beroerd|belabberd|naar|grieperig|koortsig|slap|zwak|brak|duizelig|misselijk|ziek en zwak|rot)',
    'evenwichts(problemen|stoornis\\w*)', 'concentratieproblemen', 'geheugenproblemen', 'overprikkel\\w*', 'maag (is )?van streek',
    'bijwerkingen', '(aanhoudende|chronische|lichamelijke|fysieke|medische|vage|ernstige|psychosomatische) klachten',
    '\\w{3,}klacht(en)?', 'klachten (zijn|nemen|worden|houden|blijven) (\\w+ )?(aan|over|erger|verergerd|afgenomen|toegenomen|minder|verminderd|terug)',
    'krampen', 'huiduitslag', 'uitslag (op|over) (zijn|haar|het|de|mijn)', 'maagzuur', 'obstipatie', 'koortsig', '(heeft|had|met|lichte|wat|beetje) verhoging', 'tintelingen',
    'piepende ademhaling', 'bloedverlies', 'oedeem', 'nachtzweten', 'wazig zien', 'dubbelzien', 'opgeblazen gevoel', 'steken (in|op) ',
    // English
    'fever(?! for\\b)\\w*', 'buiten adem', '(running|run|runs|has|had|got|with|have|developed|spiking) (a )?(\\w+ ){0,2}temperature', '(lost|losing) (her|his|my|their) voice',
    '(cant|cannot|couldnt|can not|unable to) keep (\\w+ ){0,2}down', '(isnt|wasnt|hasnt been|havent been|not been) sleeping', 'hasnt slept', 'cough\\w*', 'sneez\\w*', 'sore throat',
    '(runny|blocked|stuffy) nose', 'nause\\w*', 'vomit\\w*', '(throwing|threw|thrown|throw) up', 'diarrh\\w*', 'dizz\\w*',
    '(head|back|stomach|tummy|tooth|ear|belly)aches?', 'aches and pains', 'aches', 'aching', 'chest pains?',
    '(short|shortness) of breath', 'breathless\\w*', '(trouble|difficulty) breathing', 'cant breathe', 'palpitations',
    'fainted', 'fainting', 'faint spells?', 'blacked out', 'passed out', 'rash', 'itch(y|ing)', 'swollen', 'swelling', 'cramps',
    'chills', 'shivering', '(very|extremely|constantly|always|really|so) tired', 'tired all the time', 'insomnia',
    '(cant|cannot|couldnt) sleep', 'not sleeping', 'barely slept', 'sleepless\\w*', 'nosebleeds?', 'pains?',
    'sick all (night|day|morning)', '(was|been|being) sick (all|during|in the night|overnight)', 'sick to (my|his|her) stomach',
    'upset stomach', 'stomach (upset|cramps)', 'flare ?ups?', 'flared up', 'flare of', 'relapse',
    'feel(ing|s)? (awful|terrible|rough|dreadful|rotten|faint|feverish|dizzy|nauseous)', 'felt (awful|terrible|rough|dreadful|faint|dizzy)',
  ],
  weak: [
    '(helemaal|compleet|volledig|totaal) op(?= \\||\\s*$)', 'kan (het )?niet meer(?= \\||\\s*$)', 'slijm\\w*', 'blackout', 'uitgeput', 'uitputting', 'overgeven(?! aan)', 'braken', 'verstopping', 'symptomen', 'kramp', 'bloeding',
    '(heeft|had|hebben|houdt|hield|kreeg|krijgt|met|veel|nog|diverse|dezelfde) ((?!geen\\b)\\w+ )?klachten(?! (van|over|uit|bij|binnen|afhandelen|behandelen))',
    'gezwollen', 'niet aanspreekbaar', 'collapsed (at|in|on|during|while|and|yesterday|last|this|after)',
    '(een|zijn|haar) aanval (gehad|gekregen)', '(kreeg|krijgt) (\\w+ )?(een )?aanval', '(wacht|wachten|wachtte) (\\w+ )?op (de )?uitslag(en)?', 'uitslagen (gekregen|binnen|ontvangen)',
    'exhausted', 'exhaustion', 'fatigue', 'numb(ness)?', 'symptoms?', 'side effects', 'bleeding',
  ],
};
