// Pregnancy and birth as a health fact. Leave types (zwangerschapsverlof, maternity leave) are administrative: masked in allow.ts.
import type { CategoryLexicon } from './types.js';

/** Pregnancy, birth, miscarriage, fertility treatment. */
export const pregnancy: CategoryLexicon = {
  category: 'pregnancy',
  strong: [
    '\\w*zwanger\\w*', 'bevallen', 'bevalling\\w*', 'bevalt', 'miskraam\\w*', 'keizersnede', 'kraambed', 'kraamtijd', 'kraamweek',
    'in verwachting(?! van)', 'in verwachting van (een|de|haar|zijn|hun) (eerste |tweede |derde )?(baby|kindje|kind|tweeling|zoon|dochter)', '(is|ben) uitgerekend (in|op|rond|voor|eind|begin|half|medio)', 'uitgerekende datum', 'ivf\\w*', 'icsi',
    'vruchtbaarheid\\w*', 'fertiliteit\\w*', 'prenata\\w*', 'postnata\\w*', 'postpartum', 'baby op komst', 'kindje op komst',
    'verwacht(en)? (een|haar|zijn|hun) (eerste |tweede |derde )?(baby|kindje|tweeling)', 'weeen', 'vruchtwater', 'kraamzorg',
    'pregnan\\w*', 'expecting (a baby|twins|a child|her first|their first|her second|their second)', 'miscarr\\w*',
    '(gave|giving|give|given|gives) birth', '(went|going|goes|gone) into labou?r', 'in labou?r', 'labou?r pains', 'c ?section',
    'caesarean', 'cesarean', 'morning sickness', 'maternity (ward|unit|clinic|care)', 'antenatal', 'fertility (treatment|clinic)',
    '(she|baby) is due', '(just )?had (a|her|their|the) (baby|son|daughter|twins)', 'stillbirth', 'ectopic', 'pre ?eclamp\\w*', 'zwangerschapsvergiftiging', 'hyperemesis',
  ],
  // A partner's leave already says a child was born; the birth then tells nothing about the employee's health.
  notWith: ['(aanvullend )?geboorteverlof', 'kraamverlof', 'partnerverlof', 'paternity leave'],
};
