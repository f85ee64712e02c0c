// Medication (nl + en).
import type { CategoryLexicon } from './types.js';

/** Medicine names and "on medication" phrases. */
export const medication: CategoryLexicon = {
  category: 'medication',
  strong: [
    'antibiotica\\w*', 'antibiotic\\w*', 'antidepressiva', 'antidepressant\\w*', 'pijnstill\\w*', 'painkillers?', 'pain killers?',
    'pain (relief|medication|meds)', 'paracetamol', 'ibuprofen', 'diclofenac', 'naproxen', 'aspirin\\w*', 'acetaminophen', 'tylenol',
    'advil', 'codeine', 'tramadol', 'morfine\\w*', 'morphine', 'oxycodon\\w*', 'fentanyl', 'oxazepam', 'diazepam', 'temazepam',
    'lorazepam', 'valium', 'xanax', 'benzo(diazepine)?s?', 'benzodiazepinen', 'ssris?', 'sertralin\\w*', 'citalopram', 'fluoxetin\\w*',
    'prozac', 'paroxetin\\w*', 'venlafaxin\\w*', 'lithium', 'ritalin', 'methylfenidaat', 'concerta', 'metformin\\w*', 'prednison\\w*',
    'cortison\\w*', 'corticosteroid\\w*', 'steroids?', 'insuline', 'insulin', 'bloedverdunner\\w*', 'blood thinners?', 'anticoagul\\w*',
    'antistolling\\w*', 'statines?', 'statins?', 'betablokker\\w*', 'beta blockers?', 'bloeddrukverlager\\w*', 'maagzuurremmer\\w*',
    'antihistamin\\w*', 'inhalator', 'inhaler', 'puffers?', 'slaappil\\w*', 'slaapmiddel\\w*', 'sleeping (pills|tablets)',
    'kalmeringsmiddel\\w*', 'tranquill?i[sz]ers?', 'sedatives?', '(op|aan de|aan) (de )?medicatie', 'on medication', 'meds',
    'voorgeschreven gekregen', 'kreeg (\\w+ )?voorgeschreven', '(was|were|been|got|get|gets|is|are) prescribed', 'on prescription',
    'repeat prescription', 'methadon\\w*', 'naltrexon\\w*', 'antabus', '\\w+kuur',
    // drug-name families: lisinopril, metoprolol, losartan, omeprazol, diazepam, fluoxetine, amoxicilline, atorvastatine
    '\\w{3,}(pril|olol|sartan|prazole?|azepam|oxetine|mycine?|cillin|cilline|statine?|dronaat|tidine)', 'epipen', 'methotrexa\\w*', 'melatonine', 'pufjes',
    '(oog|oor)druppels', 'neusspray', 'hoestdrank', 'hoestsiroop', 'levothyrox\\w*', 'euthyrox', 'ozempic', 'acenocoumarol', 'sintrom', 'warfarin\\w*', 'medicatie (wordt|is|werd) (\\w+ )?(aangepast|verhoogd|verlaagd|gewijzigd)',
    '(andere|nieuwe|zware|sterke) medicijnen', '(new|strong|different) medication', 'medicijnen (slikken|gebruiken|nemen)',
  ],
  weak: [
    'medicijn\\w*', 'medicatie', 'medicament\\w*', 'medication', 'medicines?', 'kuur', 'pillen', 'pills?', 'tabletten', 'injecties?',
    'injections?', 'prescriptions?', 'de pil',
  ],
};
