// Word lists the grammar is built from: contractions, filler words, self references, role and
// language aliases. Data only; all words are folded (lower case, no accents).
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Role } from '../../src/core/roles.js';

/** Contractions expanded before matching ("i'm" → "i am"). */
export const CONTRACTIONS: Readonly<Record<string, string>> = {
  "i'm": 'i am', im: 'i am', "i've": 'i have', "what's": 'what is', whats: 'what is',
  "where's": 'where is', "who's": 'who is', "he's": 'he is', "she's": 'she is', "it's": 'it is',
  "that's": 'that is', "what're": 'what are', "i'd": 'i would', "z'n": 'zijn', "'t": 'het', "m'n": 'mijn',
};

/** Greetings and addressing words dropped at the start of a line. */
export const LEADING_FILLERS: ReadonlySet<string> = new Set([
  'hoi', 'hallo', 'hey', 'hi', 'hello', 'dag', 'goedemorgen', 'goedemiddag', 'goedenavond',
  'bot', 'beste', 'yo', 'ok', 'oke', 'okay', 'graag', 'please', 'pls', 'svp',
]);

/** Politeness dropped at the end of a line. */
export const TRAILING_FILLERS: ReadonlySet<string> = new Set([
  'graag', 'aub', 'alsjeblieft', 'alstublieft', 'svp', 'please', 'pls', 'plz', 'thanks', 'thx',
  'bedankt', 'dank', 'dankje', 'dankjewel', 'dankuwel', 'even', 'nu', 'now',
]);

/** Words that stand for the sender when they fill a person slot. */
export const SELF_WORDS: ReadonlySet<string> = new Set(['mij', 'me', 'mezelf', 'mijzelf', 'myself', 'ik', 'zelf']);

/** Function words: they carry no command meaning (ignored when ranking suggestions). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'is', 'ben', 'zijn', 'was', 'de', 'het', 'een', 'en', 'of', 'voor', 'van', 'aan', 'met', 'bij', 'naar', 'op',
  'in', 'als', 'tot', 'dat', 'die', 'dan', 'wat', 'welke', 'wie', 'hoe', 'waar', 'nog', 'weer', 'ook', 'niet',
  'the', 'a', 'an', 'and', 'or', 'for', 'to', 'at', 'on', 'as', 'with', 'from', 'am', 'are', 'what', 'which',
  'who', 'how', 'where', 'not', 'my', 'mijn', 'your', 'jouw', 'je', 'jij', 'you', 'i', 'he', 'she', 'they',
  'er', 'nu', 'now', 'do', 'doen', 'kan', 'kun', 'can', 'moet', 'should', 'need', 'have', 'heeft', 'zich',
  'want', 'omdat', 'door', 'sinds', 'vanaf', 'maar', 'dus', 'al', 'erg', 'heel', 'zo', 'te', 'geen', 'wel',
  'because', 'since', 'but', 'so', 'very', 'really', 'no', 'yes', 'ja', 'nee', 'heb', 'hebt', 'had', 'has',
  'vandaag', 'gisteren', 'morgen', 'today', 'yesterday', 'tomorrow', 'week', 'weken', 'dagen', 'days', 'weeks',
  'hij', 'zij', 'ze', 'wij', 'we', 'hem', 'haar', 'him', 'her', 'them', 'it', 'this', 'that', 'dit',
]);

/** Words that can never be (part of) a name: function words and the main command words. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS, 'zaak', 'casus', 'case', 'rol', 'role', 'ziek', 'sick', 'beter', 'better', 'status', 'taken', 'tasks',
  'overzicht', 'weekoverzicht', 'digest',
]);

/** Name particles: allowed inside a name ("Anna de Vries"), never as its last word. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'el', 'la', 'le', 'du', 'da', 'di', 'op', 'in', "t"]);

/** Role ids and the ways people write them (multi-word aliases allowed). */
export const ROLE_ALIASES: ReadonlyArray<{ role: Role; aliases: readonly string[] }> = [
  { role: 'employee', aliases: ['employee', 'werknemer', 'medewerker'] },
  { role: 'manager', aliases: ['manager', 'leidinggevende', 'teamleider', 'leidinggever'] },
  { role: 'hr', aliases: ['hr', 'p&o', 'po', 'hrm', 'personeelszaken', 'human resources'] },
  {
    role: 'casemanager-td',
    aliases: ['casemanager-td', 'casemanager td', 'casemanagertd', 'case manager td', 'casemanager taakdelegatie',
      'td casemanager', 'taakgedelegeerd casemanager', 'casemanager task delegation', 'delegated casemanager'],
  },
  { role: 'casemanager', aliases: ['casemanager', 'case manager', 'case-manager', 'verzuimcoordinator'] },
  { role: 'bedrijfsarts', aliases: ['bedrijfsarts', 'arbo-arts', 'arboarts', 'company doctor', 'occupational physician'] },
  {
    role: 'arbeidsdeskundige',
    aliases: ['arbeidsdeskundige', 'ad', 'labour expert', 'labor expert', 'occupational expert', 'work expert'],
  },
  { role: 'loonwaardedeskundige', aliases: ['loonwaardedeskundige', 'wage value expert', 'wage-value expert', 'loonwaarde'] },
  { role: 'insurer', aliases: ['insurer', 'verzekeraar', 'verzuimverzekeraar', 'insurance'] },
  { role: 'admin', aliases: ['admin', 'beheerder', 'administrator', 'applicatiebeheerder'] },
];

/** Language names and codes: `target` is the language meant, `lang` the language of the word itself. */
export const LOCALE_WORDS: ReadonlyArray<{ word: string; target: Locale; lang?: Locale; codeOnly?: boolean }> = [
  { word: 'nl', target: 'nl', codeOnly: true }, { word: 'en', target: 'en', codeOnly: true },
  { word: 'nederlands', target: 'nl', lang: 'nl' }, { word: 'hollands', target: 'nl', lang: 'nl' },
  { word: 'dutch', target: 'nl', lang: 'en' }, { word: 'engels', target: 'en', lang: 'nl' },
  { word: 'english', target: 'en', lang: 'en' }, { word: 'eng', target: 'en', codeOnly: true },
  { word: 'ned', target: 'nl', codeOnly: true },
];

/** Case ids as typed after "zaak"/"case": letters, digits, dashes and underscores. */
export const CASE_ID_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
