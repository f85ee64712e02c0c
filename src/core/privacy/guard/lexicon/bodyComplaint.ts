// A body part together with a complaint: "last van zijn knie", "pijn in haar rug", "zere schouder", "rugpijnklachten", "bad back".
import type { CategoryLexicon } from './types.js';

const NL_COMPLAINT_BEFORE = '(gat|buil|zweer|zweertje|blaar|blaren|aft|aften|pijn|pijnlijk|pijntje|klachten|klacht|last|problemen|probleem|blessures?|letsel|ontsteking|infectie|operatie|ingreep|breuk|breukje|scheur|scheurtje|wond|wondje|zwelling|kneuzing|bult|gezwel|tumor|uitslag|jeuk|eczeem|bezeerd|geopereerd|geblesseerd|ontstoken|gekneusd|gewond|zeer|kramp|ontwrichting|verrekking|bloeding|littekens?|hechtingen|mri|scan|echo|foto|rontgenfoto|artrose|reuma|hernia|gips|snee|sneetje|schaafwond|brandwond|splinter|blauwe plek|steek|beet|verbranding|steken|tintelingen)';
const NL_STATE = '(pijn|zeer|gebroken|gekneusd|opgespeeld|ontstoken|opgezwollen|gezwollen|dik|geblesseerd|ontwricht|verstuikt|verzwikt|gescheurd|afgescheurd|op slot|uit de kom|beurs|stijf|gevoelloos|verrekt|overbelast|geinfecteerd|geirriteerd|gehecht|geopereerd|vervangen|verwijderd|in het gips|in het verband|in een mitella|in de mitella|pijnlijk|gevoelig|bezeerd|gewond|verbrand|kapot|beschadigd|aangetast|verlamd|tintelt|trilt|jeukt|bloedt|brandt|gestoten|gesneden|gebrand|barst|bonkt|zeurt|speelt op|opspelen|doet het niet|vast|raak|mis|omgegaan|omgeslagen|verdraaid|op slot|verdoofd|ingezakt|geknakt|getrokken|afgezet|geamputeerd)';
const NL_ADVERB = '(nog|weer|erg|flink|behoorlijk|helemaal|heel|zo|echt|steeds|opnieuw|ook|al|nu|gisteren|vandaag|lelijk|zwaar|ernstig|licht|een beetje|wat|enorm|verschrikkelijk)';
const EN_COMPLAINT_BEFORE = '(gash|cut|cuts|graze|sores?|lump|blisters|bite|bites|sting|stings|blisters?|splinter|pain|pains|problems?|issues?|trouble|surgery|an operation|operation|injury|injuries|infection|swelling|inflammation|stitches|a cast|fracture|rash|lumps?|bruises?|bruising|cramps?|aches?|aching|discomfort|stiffness|tingling|numbness|spasms?|a scan|scan|mri|x ?rays?|blood clot|clot|tumou?r|growth|bleeding|burns?|wound|arthritis|eczema)';
const EN_STATE = '(gone( again)?|hurting|hurts|hurt|aching|aches|swollen|broken|sore|injured|bad|playing up|killing (him|her|me|them)|bruised|stiff|numb|infected|inflamed|went|gone|gave out|giving out|locked|twisted|sprained|fractured|in plaster|in a cast|in a sling|bleeding|burning|itching|itchy|seized up|acting up|giving (him|her|me|them) (trouble|problems|grief))';

/** Body part + complaint rules (Dutch compounds included). */
export const bodyComplaint: CategoryLexicon = {
  category: 'body-complaint',
  gate: '({side}|{sideEn} )?({body}|{bodyEn}|appendix|uterus|spleen|wisdom)\\w*',
  strong: [
    // Dutch compound: body part (+ middle part) + complaint head — knieoperatie, rugpijnklachten, maagdarmklachten.
    '{side}?{body}(s|en)?(({mid}|{body})(s|en)?)?{head}',
    // complaint + preposition + (possessive) + body part — pijn in haar rug, last van zijn knie, klachten aan de schouder.
    `${NL_COMPLAINT_BEFORE} (aan|in|op|van|met|bij|rond|onder|boven) ((de|het|een|{own}|beide|allebei|allebei de) )?{side}?{body}({body}|{mid})?`,
    // adjective + body part — zere schouder, gebroken pols, dikke enkel.
    '(zwak|slecht|ziek|pijnlijk|ontstoken|dik|stijf|beschadigd|kapot|versleten|lui|bevroren|ingeklemd|spastisch|spastische|ingeklemde|bekneld|beknelde|bevroren|zere|pijnlijke|gebroken|gekneusde|verstuikte|verzwikte|ontstoken|opgezwollen|gezwollen|dikke|stijve|geblesseerde|gescheurde|afgescheurde|ontwrichte|verrekte|beurse|gevoelloze|slechte|zwakke|overbelaste|kapotte|gevoelige|verbrande|geirriteerde|tranende|verstopte|doorgezakte|versleten) {side}?{body}({body}|{mid})?',
    // possessive + body part + (verb) + (adverb) + state — mijn rug is weer opgespeeld, zijn knie doet pijn.
    `{poss} {side}?{body}({body}|{mid})? ((is|was|zit|zat|doet|deed|speelt|heeft|wordt|werd|raakte|raakt|ligt|zijn|staat|voelt|blijft|moet|moest|heb|had) )?(${NL_ADVERB} )?(${NL_ADVERB} )?${NL_STATE}`,
    // body part + participle without possessive — pols gekneusd, knie vervangen, been in het gips.
    '{side}?{body}({body}|{mid})? ((is|zijn|werd|wordt|raakte|moet|moest) )?(\\w+ )?(gebroken|gekneusd|verstuikt|verzwikt|ontwricht|opgezwollen|ontstoken|geblesseerd|gescheurd|afgescheurd|verrekt|gehecht|vervangen|geopereerd|verwijderd|eruit gehaald|geknipt|gespalkt|getrokken|in het gips|in het verband|in een mitella|uit de kom|doet pijn|doet zeer|doen pijn|doen zeer|opgespeeld|omgegaan|omgeslagen|verdraaid)',
    // verb + (possessive) + body part — brak zijn arm, verstuikte haar enkel.
    '(brak|breekt|verstuikte|verzwikte|verdraaide|bezeerde|bezeerd|kneusde|verrekte|scheurde|stootte|stoot|brandde|verbrandde|sneed|ontwrichtte|blesseerde|bezeren|breken|verstuiken|kneuzen|verrekken|gestoten|gesneden|geraakt aan|gewond aan) ((zijn|haar|mijn|zn|mn|hun|de|het|een|je|zich aan (zijn|haar|de)) )?{side}?{body}({body}|{mid})?',
    // because of one's own body part — kan niet lopen door zijn voet.
    '(door|vanwege|wegens) {own} {side}?{body}({body}|{mid})?',
    // something wrong with one's own body part — heeft het aan zijn hart, iets aan haar knie, wat met zijn rug
    '(het|iets|wat) (aan|met) {own} {side}?(?!hoofd\\b){body}', '{side}?{body}(s|en)? (\\w+ )?(speelt|spelen|speelde|speelden) (\\w+ )?op',
    'spit in (de|zijn|haar|mijn) rug', 'nieuwe (heup|knie|heupen|knieen)',
    // English
    '(({sideEn}) )?{bodyEn} (pain|pains|ache|aches|problems?|issues?|trouble|injury|injuries|surgery|operation|fracture|infection|strain|sprain|spasms?|complaints?|swelling|inflammation|cancer|tumou?r|attack|failure|disease|stones?|bleed|transplant|replacement|scan|x ?ray|mri|condition)',
    `${EN_COMPLAINT_BEFORE} (in|on|to|with|of|around|behind) ((the|his|her|my|their|both|a|your) )?(({sideEn}) )?{bodyEn}`,
    '(sore|painful|swollen|injured|broken|stiff|sprained|fractured|bruised|dislocated|torn|achy|aching|inflamed|infected|cracked|frozen|trapped|herniated|ruptured|dodgy|gammy|upset|blocked|runny|stuffy|itchy|burnt|burned|numb|pinched|bad|weak|damaged) (({sideEn}) )?(?!back\\b){bodyEn}',
    '(sore|bad|stiff|injured|painful|aching|achy|broken|dodgy|weak|damaged) ((lower|upper) )?back',
    `(his|her|my|their|your) (({sideEn}) )?{bodyEn}s? ((is|was|has been|keeps|feels|went|are|were|s|has|have|started|still) )?((still|really|very|so|badly|quite|a bit|again|playing|been) )?${EN_STATE}`,
    '(hurt|hurts|hurting|injured|injuring|injures|broke|broken|breaking|breaks|sprained|spraining|twisted|twisting|fractured|bruised|dislocated|pulled|strained|straining|tore|torn|tearing|cut|burned|burnt|damaged|banged|bumped|hit|knocked|wrenched|crushed|sliced|jarred|tweaked|ricked) (his|her|my|their|your|a|the|two|three|several|some|both|multiple) (({sideEn}) )?{bodyEn}',
    '(put|did|threw|ricked) (his|her|my|their) back( out| in)?',
    '(because of|due to) (his|her|my|their) (({sideEn}) )?{bodyEn}',
    '(had )?((his|her|my|their) )?(appendix|gallbladder|tonsils|womb|uterus|ovary|kidney|spleen|thyroid|prostate|wisdom teeth|wisdom tooth|teeth|tooth) (removed|out|taken out|pulled|extracted)',
    '(hip|knee|shoulder) replacement',
    '({sideEn} )?(knee|back|ankle|hip|leg|legs|shoulder|wrist|neck) (gave out|gave way|giving way|gives way|buckled|locked up|seized up|popped|went again|is killing)',
    // treated or protected for one's own body part — fysio voor haar schouder, nieuwe stoel voor zijn rug
    '(voor|tegen) {own} {side}?(?!(ogen|oog|neus|gezicht|hoofd|mond)\\b){body}',
  ],
};
