// Care providers other than the bedrijfsarts (nl + en). The bedrijfsarts and the arbodienst are masked in allow.ts.
import type { CategoryLexicon } from './types.js';

const NL_PERSONAL_VERB = '(gaat|ging|moet|moest|gaan|ga|gegaan|loopt|liep|komt|kwam|terecht|terechtgekomen|belandt|belandde|beland|doorverwezen|verwezen|behandeld|gezien|opgenomen|ontslagen|gebracht|afgevoerd|vervoerd|ligt|lag|liggen|verblijft|blijft|onder behandeling|in behandeling|afspraak|afspraken|controle|consult|bezoek|sessies?|naar huis|gesprek|gesprekken|therapie)';
const NL_CARE_PERSON = '(huisarts(en)?|dokter|arts|specialist(en)?|internist|neuroloog|cardioloog|orthopeed|uroloog|gynaecoloog|dermatoloog|oncoloog|reumatoloog|longarts|oogarts|knoarts|kinderarts|tandarts|chirurg|radioloog|psycholoog|psychiater|\\w*therapeut|fysio|fysiotherapie|logopedist|dietist|chiropractor|osteopaat|verloskundige|ggz\\w*|poh|praktijkondersteuner|spoedeisende hulp|seh|eerste hulp|huisartsenpost|ic)';
const NL_CARE_PLACE = '(ziekenhuis|kliniek|polikliniek|poli|revalidatiecentrum|apotheek|hospice)';
// Going to or staying at a place: personal whatever else the clause says (moet naar het ziekenhuis, ligt in de kliniek).
const NL_MOVE_VERB = '(gaat|ging|moet|moest|gaan|ga|gegaan|terecht|terechtgekomen|belandt|belandde|beland|doorverwezen|verwezen|behandeld|opgenomen|ontslagen|gebracht|afgevoerd|vervoerd|ligt|lag|liggen|verblijft|onder behandeling|in behandeling)';

/** Care-provider nouns are weak (a clinic can be a client); going to / being treated by one is strong. */
export const careProvider: CategoryLexicon = {
  category: 'care-provider',
  strong: [
    `${NL_MOVE_VERB} ((\\w+ ){0,2})?(bij|naar|uit|in|op) (de |het |een )?${NL_CARE_PLACE}`,
    `${NL_PERSONAL_VERB} ((\\w+ ){0,2})?(bij|naar|van|door|uit|in|via|op|met) (de |het |een |zijn |haar |mijn |hun |zn |mn )?((eigen|andere|nieuwe|vaste) )?${NL_CARE_PERSON}`,
    '(is|was|ben|zijn|zit|zat) ((nu|nog|al|weer|vandaag|gisteren|sinds gisteren) )?(in|naar|bij|op) (het|de) (ziekenhuis|kliniek|ic|huisarts|dokter|tandarts|fysio|spoedeisende hulp|eerste hulp|psycholoog|psychiater)',
    '(in|uit) het ziekenhuis (opgenomen|ontslagen|gebracht|terecht|beland|gelegen|verbleven)', 'ziekenhuisbed',
    '(seeing|see|saw|seen|visiting|visited|went to|go to|going to|goes to|gone to|been to|referred to|referred by|appointment with|appointment at|under|treated by|signed off by|admitted to|rushed to|taken to|discharged from|talking to|talk to|speaking to|sessions with) (the |a |an |her |his |my |their )?(gp|doctors?|physician|surgeon|specialist|consultant|\\w*ologist|orthopa?edic( surgeon)?|psychiatrist|\\w*therapist|physio|counsell?or|dentist|midwife|obstetrician|chiropractor|osteopath|hospital|clinic|a en e|er|emergency|mental health team)',
    '(in|to|from|into|out of) hospital', 'hospitali[sz]\\w*', 'admitted (to|into|last)', 'rushed to', 'discharged from',
    '(doctors?|gps?) (appointment|note|orders|visit)', 'mental health (team|services|crisis team|nurse)', 'district nurse',
  ],
  weak: [
    // an institution can be a client: 'in gesprek met het ziekenhuis over het contract'
    `${NL_PERSONAL_VERB} ((\\w+ ){0,2})?(bij|naar|van|door|uit|in|via|op|met) (de |het |een |zijn |haar |mijn |hun |zn |mn )?((eigen|andere|nieuwe|vaste) )?${NL_CARE_PLACE}`,
    '\\w*huisarts\\w*', 'dokter(s)?', 'internist', 'neuroloog', 'cardioloog', 'orthopeed', 'uroloog', 'gynaecoloog', 'dermatoloog',
    'oncoloog', 'reumatoloog', '(long|oog|kno|mdl|kinder|tand|sport|revalidatie|jeugd|verpleeg|spoed|basis|anesthesie|ziekenhuis|school)arts(en)?', '\\w*chirurg(en)?', 'radioloog',
    '\\w*psycholo(o)?g(en)?', '\\w*psychiater(s)?', '\\w*therapeut(en)?', 'fysio\\w*', 'logopedist', 'dietist', 'chiropractor', 'osteopaat',
    'verloskundige', 'kraamzorg', '\\w*verpleegkundigen?', 'mondhygienist', 'orthodontist', '(doctors|gp|dental|dentists) surgery', '(nursing|care) homes?',
    // specialties and wards: a ward in a care address still tells what is wrong
    '(cardiologie|oncologie|neurologie|orthopedie|gynaecologie|urologie|dermatologie|psychiatrie|longziekten|geriatrie|verloskunde|kindergeneeskunde|interne geneeskunde|hematologie|reumatologie|nefrologie|revalidatiegeneeskunde|hartbewaking|stroke unit|oncology|cardiology|neurology|orthopa?edics|psychiatry|maternity ward|cancer ward|oncology ward)', 'spoedpost', 'verpleeghuis', 'ggz\\w*', 'poh ?ggz', 'praktijkondersteuner', 'medisch specialist(en)?',
    '(naar|bij|door|via|in|op|uit|van) (de |het |een )?(ziekenhuis|kliniek|\\w+kliniek|polikliniek|poli|apotheek|specialist(en)?|arts|spoedeisende hulp|eerste hulp|seh|huisartsenpost|revalidatiecentrum)',
    'gp', 'doctors?', 'surgeons?', '(cardio|neuro|onco|dermato|rheumato|gynaeco|gyneco|uro|psycho|radio|haemato|hemato|gastroentero|endocrino)logists?',
    'orthopa?edic', 'psychiatrists?', '\\w*therapists?', 'physio\\w*', 'counsell?(or|ors|ing)', 'dentists?', 'orthodontists?',
    'midwife', 'obstetrician', 'chiropractor', 'osteopath', '(to|at|from|in|into) (the |a |an )?(hospital|clinic|pharmacy|pharmacist)', 'specialist (appointment|consultation|referral)',
  ],
};
