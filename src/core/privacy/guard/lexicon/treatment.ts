// Treatments, operations, examinations and admissions (nl + en).
import type { CategoryLexicon } from './types.js';

/** Treatment words; "opgenomen" and "operatie" only count in a medical construction. */
export const treatment: CategoryLexicon = {
  category: 'treatment',
  strong: [
    // Dutch
    'geopereerd', '(laten|moet|moeten|wordt|worden|gaan) opereren', 'onder het mes', '(kijk|spoed|dag|staar|bypass|maagverkleinings)operatie\\w*',
    'na (de|zijn|haar|een|mijn) (\\w+ )?operatie', '(een|de|zijn|haar) (\\w+ )?operatie (aan|gehad|ondergaan|ondergaat|gepland|achter de rug|nodig|ondergaan|moeten)',
    'wacht(en|te)? (\\w+ )?op (een|de) (\\w+ )?operatie', 'operaties (gehad|ondergaan)',
    'wachtlijst (voor|bij) (een |de |het )?(\\w+ )?(operatie|behandeling|therapie|ggz|psycholoog|specialist|ziekenhuis|revalidatie|\\w*arts|orthopeed|\\w*scopie)', '(moet|moest|gaat|krijgt|kreeg) (\\w+ )?(een|de) (\\w+ )?operatie',
    '(geplande|zware|kleine|grote|spoed|medische) operatie', '(kleine|medische|chirurgische|zware) ingreep', 'ingreep (aan|gehad|ondergaan)',
    'chemo\\w*', 'bestraling\\w*', 'bestraald', 'radiotherapie', 'immunotherapie', 'hormoontherapie', '\\w*transplantatie', 'dialyse',
    '\\w*transfusie', 'bypass', 'dotter\\w*', 'stent', 'pacemaker', '\\w*prothese', 'kunst(heup|knie)\\w*', 'revalid(eert|eren|atie|eerde|eerd|atietraject)',
    'opgenomen (in|op|bij) ((een|het|de) )?(\\w+ ){0,2}(ziekenhuis|kliniek|ic|intensive care|afdeling|instelling|ggz\\w*|psych\\w*|revalidatie\\w*|hospice|spoedeisende hulp|seh|instellingsnaam)',
    '(met spoed|acuut|spoed|gisteren|vannacht|gisteravond|vanochtend|vanmorgen|direct) opgenomen', '(ligt|lag) (\\w+ )?opgenomen',
    '(is|werd|wordt|was) (\\w+ )?opgenomen(?= \\||\\s*$)', '(ziekenhuis|dag|spoed|crisis)opname', 'klinische opname',
    '(op|naar|van) de (ic|eerste hulp|spoedeisende hulp|seh|ehbo|intensive care|hartbewaking|traumaopvang)', 'intensive care',
    '(met|per|door) de ambulance', 'ambulance', 'onder behandeling',
    '(medische|\\w*therapeutische|psychologische|psychiatrische|poliklinische|klinische) behandeling',
    '(wortelkanaal|ivf|kanker|chemo|vruchtbaarheids|hormoon|laser|fysio|rug|knie|antibiotica)behandeling\\w*',
    '(krijgt|kreeg|ondergaat|ondergaan|start met|begint met|gestart met|gestart) (een |de )?(\\w+ )?behandeling(?! van)',
    'in behandeling (voor|tegen)', 'behandeld (voor|aan|tegen)', '\\w*katheter\\w*', '\\w*ablatie', 'narcose', '(plaatselijke|algehele|ruggenprik) verdoving', 'infuus',
    'beademing', 'beademd', 'draagt een brace', 'nacontrole', 'bloedonderzoek', 'bloedtest\\w*', 'bloed (laten )?prikken', 'bloedafname', 'biopt\\w*', 'biopsie',
    'punctie', '\\w*scopie', 'uitstrijkje', 'mammografie', '(medisch|lichamelijk|inwendig|neurologisch|cardiologisch) onderzoek',
    '(mri|ct|pet|echo|hersen|hart)scan\\w*', 'rontgen\\w*', 'echografie', '(na|door) de prik', 'de prik gehad',
    '(krijgt|krijg|kreeg|heeft|had|wacht op|wachten op|moet|laat|laten maken|gemaakt|voor) (\\w+ )?(een|de) (\\w+ )?(scan|echo|mri|ct)(?! van (het|de|een|zijn|haar) (contract|paspoort|document|formulier|factuur|bon|rijbewijs|id))',
    'therapie (voor|tegen) (haar|zijn|mijn|de|het)', '(emdr|cgt|ect)',
    // English
    'surgery', 'surgical', 'operated on', 'operation on (his|her|my|their)',
    '(having|had|have|has|needs?|needing|after|before|recovering from|undergo\\w*|awaiting|waiting for|scheduled for|booked (in )?for|going in for|for) (an|the|his|her|a|my|their|major|minor|emergency) (\\w+ )?operation',
    'radiotherapy', 'radiation (therapy|treatment)', 'immunotherapy', 'dialysis', '\\w*transplant', 'blood transfusion',
    'in rehab', 'rehab after', 'blood tests?', 'blood work', 'biops\\w*', 'colonoscopy', 'endoscopy', 'mammogram',
    'smear test', '(undergoing|receiving|getting|started|starting|having|course of|under) (medical )?treatment', 'in treatment',
    'treatment (for|of) (his|her|my|their)', 'medical treatment', 'on (a )?drip', '(on )?bed ?rest',
    '(having|had|have|has|needs?|waiting for|awaiting|booked for|scheduled for|got|getting|gets) (an?|the|her|his|my) (\\w+ )?(scan|x ?ray|mri|ultrasound)',
    'x ?ray (showed|shows|results)', '(ct|mri|pet|brain|heart) scan', 'ultrasound', 'intensive care', 'icu', 'a en e', 'emergency room',
    'urgent care', '(to|in|at) the er', 'ambulance', 'resuscitat\\w*', 'ecg', 'ekg', '(general |local )?ana?esthetic',
    'ventilator', 'paramedics', 'cbt', 'wears a brace',
  ],
  weak: [
    '\\w*therapie\\w*', 'therapy', 'therapies', 'mri', 'ct ?scan', 'x ?rays?', 'scan', 'echo', 'revalidatie\\w*', 'rehabilitation',
    'vaccin\\w*', '(griep|corona|booster|tetanus|hepatitis)prik\\w*', 'prik', 'treatment(?! of (?!(his|her|my|their)\\b))', 'rehab', 'flu (jab|shot)',
    'jab', 'booster', 'vaccination', 'physiotherapy', 'thuiszorg', 'wijkverpleg\\w*', 'verdoving', 'zuurstof',
  ],
};
