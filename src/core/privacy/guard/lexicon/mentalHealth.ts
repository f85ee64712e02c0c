// Mental health (nl + en). Stress only counts as a health state ("zit thuis met stress"), not as business pressure.
import type { CategoryLexicon } from './types.js';

/** Mental-health terms and states. */
export const mentalHealth: CategoryLexicon = {
  category: 'mental-health',
  strong: [
    // Dutch
    '\\w*depressi\\w*', 'depri(?!m)\\w*', 'burn ?out\\w*', 'burnedout', 'burntout', 'overspann\\w*', 'overspanning', 'angst\\w+', 'paniekaanval\\w*',
    'paniekstoornis', 'paniekklachten', 'last van paniek', 'psychisch\\w*', 'psychiatrisch\\w*', 'psychose', 'psychotisch',
    'bipolair\\w*', 'manisch\\w*', 'adhd', 'autis\\w*', 'ptss', 'posttraumatisch\\w*', '\\w*trauma\\w*', 'suicid\\w*',
    'zelfmoord\\w*', 'zelfdoding', 'verslav\\w*', 'verslaafd', 'afkick\\w*', 'alcoholis\\w*', 'alcoholprobleem\\w*',
    'drankprobleem\\w*', 'drugsprobleem\\w*', 'eetstoornis\\w*', 'anorexia', 'boulimia', 'dwangstoornis', 'dwanggedachten', 'ocd',
    'huilbui\\w*', 'emotioneel (uitgeput|instabiel|in de knoop|op|kapot)', 'mentaal (uitgeput|op|kapot|instabiel|zwaar|niet)',
    'mentale (klachten|problemen|gezondheid|druk|uitputting)', 'psychisch in de knoop', 'in de knoop met (zichzelf|zijn|haar)',
    '(zit|zat|zitten) (er )?(\\w+ )?doorheen', 'trek(t|ken)? het niet meer', 'niet lekker in {own} vel',
    'gaat (het )?(mentaal|psychisch|emotioneel) niet (goed|lekker)', 'stressklachten', 'stress\\w*klachten', 'stressgerelateerd\\w*',
    'werkstress', 'stresssymptomen', '(met|last van|lijdt aan|heeft|had|ervaart|door|vanwege|wegens|thuis met|zit met) (\\w+ )?stress',
    'stress (en|and) (uitputting|angst|slaapproblemen|vermoeidheid|exhaustion|anxiety|burnout|depression|insomnia)',
    'in (de )?rouw', 'rouwt', 'opgebrand', 'uitgeblust', 'zenuwinzinking', 'zelfbeschadiging', 'nachtmerries', 'piekert', 'piekeren',
    'mentale instorting', 'hoogsensitie\\w*', 'rouwproces', 'rouwverwerking', 'somberheid', 'overprikkeld',
    '(mentaal|psychisch|emotioneel|geestelijk) (\\w+ ){0,3}(niet (goed|lekker|best|sterk)|slecht|zwaar|moeilijk)', '(gaat|ging) (het )?(\\w+ )?(mentaal|psychisch|emotioneel|geestelijk) (niet|slecht)',
    'geestelijk (uitgeput|instabiel|in de knoop|kapot)', '(zit|zat|zitten) (\\w+ )?(in|tegen) (een|de) (burnout|depressie|inzinking)',
    // English
    'anxiet(y|ys|ies)', 'panic attacks?', '(nervous|mental|emotional) breakdown', '(having|had|has|have) a (\\w+ )?breakdown',
    'mental health (issues|problems|reasons|condition|crisis|struggles|difficulties)', 'mentally (exhausted|drained|unwell|ill)',
    'emotionally (exhausted|drained)', 'struggling mentally', 'not coping', '(cant|cannot|unable to) cope', 'psychosis', 'psychotic',
    'schizo\\w*', 'bipolar', 'bulimi\\w*', 'psychiatric\\w*', 'detox\\w*', 'sectioned', 'psych ward',
    '(very|so|really|quite|extremely|been|feeling|feels|felt|getting) anxious', 'struggling (mentally|emotionally|at home|to cope|with (his|her|their|my) (health|mental|anxiety|grief))', 'ptsd', 'addict\\w*', 'drinking problem', 'eating disorder', 'self ?harm\\w*', 'burned out', 'burnt out',
    'stress ?related', 'work ?related stress', 'stress at home', '(with|from|of) stress', 'stressed out',
    '(feeling|feels|felt) (really |very |so )?(low|down|depressed|anxious|overwhelmed)', 'grieving', 'bereaved',
  ],
  weak: [
    '\\w*inzinking(en)?', 'struggling', 'anxious', 'heeft het (\\w+ )?(zwaar|moeilijk)', '(zit|zat) (\\w+ )?in de put', 'ligt (helemaal )?plat',
    '(kan|kon|kunnen) (het|de druk|alles|dit|dat|het werk|het allemaal|de situatie|de stress) (\\w+ )?niet (meer )?aan',
    '(is|was|ben) (helemaal |compleet |volledig )?ingestort', '(drinkt|drinken|dronk|blowt|snuift|gebruikt) (\\w+ )?te veel(?= \\||\\s*$| en\\b)',
    'angstig', 'overbelast', 'zit in een dip', 'stress', 'stressed', 'angst', 'somber\\w*', 'depressed', 'mental health', 'emotioneel', 'paniek', 'grief', 'overwhelmed'],
};
