// Cause statements: why someone is ill ("door de werkdruk", "because of the conflict with her manager").
import type { CategoryLexicon } from './types.js';

const PERSONAL_CAUSE_NL = '(werkdruk|werkstress|stress|pesten|pesterij\\w*|gepest|intimidatie|overbelasting|overwerk|burnout|spanningen|spanning|zorgen|problemen thuis|thuissituatie|situatie thuis|prive\\w*|persoonlijke omstandigheden|scheiding|echtscheiding|relatieproblemen|relatiebreuk|overlijden|sterfgeval|rouw|mantelzorg|schulden|huiselijk geweld|gedoe|het werk|zijn werk|haar werk|mijn werk|het ongeluk|de aanrijding|de val|de overval|een overval|de mishandeling)';
const EVENT_NL = '(pesten|pesterij\\w*|stress|werkdruk|intimidatie|conflict\\w*|ruzie\\w*|ongeluk|ongeval|aanrijding|val|val(?! van (de|het|een) (?!trap|ladder|fiets|steiger|dak|paard|stoel|brommer|scooter|motor)\\w+)|valpartij|scheiding|overlijden|operatie|bevalling|burnout|overval|mishandeling|beroving|aanslag|miskraam|\\w+ongeluk|\\w+ongeval)';
const PERSONAL_CAUSE_EN = '(workload|work ?load|work pressure|pressure at work|pressure of work|work stress|stress|bullying|harassment|overwork\\w*|burnout|divorce|separation|bereavement|death of (his|her|their|a) \\w+|problems at home|issues at home|situation at home|home situation|family (problems|issues|circumstances)|personal (problems|issues|circumstances)|relationship problems|debts?|domestic violence|caring for \\w+|grief|his job|her job|the job|work)';
const EVENT_EN = '(accident|crash|collision|fall(?! (in|of) )|divorce|death|surgery|operation|robbery|assault|attack|mugging|miscarriage|birth|burnout)';
const NEUTRAL_CAUSE = '(reorgani[sz]ati\\w*|restructuring|fusie|merger|conflict\\w*|ruzie\\w*|onenigheid|drukte|werksituatie|omstandigheden|circumstances|situatie|situation|veranderingen|changes|ongeluk|ongeval|aanrijding|accident|crash|val|fall|werk|job|baan|manager|leidinggevende|collegas?|colleagues?|afdeling|\\w*problemen|problems|issues|spanningen|tensions?|druk|pressure|deadlines?|prive|familie|family|home|zorg|dispute|argument|team|klant|project|mantelzorg\\w*)';

/** Cause statements; neutral nouns ("vanwege de reorganisatie") need the absence in the same clause or must be the whole text. */
export const cause: CategoryLexicon = {
  category: 'cause',
  strong: [
    `(door|vanwege|wegens|als gevolg van|ten gevolge van|omwille van|komt door|veroorzaakt door) ((de|het|een|zijn|haar|hun|mijn|zn|mn|al die|alle) )?(\\w+ )?${PERSONAL_CAUSE_NL}`,
    '(conflict\\w*|ruzie\\w*|onenigheid|gedoe|problemen|spanningen|botsing|clash|issues|dispute|problems|argument\\w*|falling out) (met|with) ((\\w+ ){0,2})?{workPeople}',
    'ziek (geworden )?(door|vanwege|wegens)', '(maakt|maakte|maken|maakten) (hem|haar|me|mij|ze|hen) ziek', '(made|making|makes|make) (him|her|me|them|everyone) (sick|ill|unwell)', 'werk ?gerelateerd\\w*', 'gerelateerd aan (het|zijn|haar) werk', 'work ?related',
    'related to (his|her|their|the) (work|job)', '(heeft|heeft het) (met|te maken met) (het|zijn|haar) werk', 'ligt aan het werk',
    `(due to|because of|as a result of|caused by|owing to|thanks to) ((the|a|an|his|her|their|my|all the) )?(\\w+ )?${PERSONAL_CAUSE_EN}`,
    'caused by (work|his job|her job|the job|stress)',
    '(being|been|was|were|is|got|gets|wordt|werd|worden) (\\w+ )?(bullied|harassed|intimidated|gepest|geintimideerd)', 'gepest (door|op)',
  ],
  // Events after since/after: a person's accident, but also a car's or a share price's (business context turns them off).
  weak: [
    // 'ik word ziek van die printer' is business grumbling; 'ziek van de stress' is not (stress has no business context)
    'ziek (geworden )?van',
    `(sinds|na|sedert) ((de|het|een|zijn|haar|hun|mijn|zn|mn) )?(\\w+ )?${EVENT_NL}`,
    `(since|after|following) (the|a|an|his|her|their|my) (\\w+ )?${EVENT_EN}`,
  ],
  needsAbsence: [
    '(mantelzorg\\w*|werkdruk|de zorg voor \\w+ \\w+|het werk|thuissituatie|situatie thuis|workload|caring for \\w+) (\\w+ ){0,4}(te zwaar|te veel|zwaar geworden|too much|overwhelming)',
    `(door|vanwege|wegens|als gevolg van|sinds|na|due to|because of|as a result of|since|after|following|owing to) ((de|het|een|zijn|haar|hun|the|a|an|his|her|their|all the) )?(\\w+ ){0,2}${NEUTRAL_CAUSE}`,
  ],
};
