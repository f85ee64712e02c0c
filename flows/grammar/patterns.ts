// The command grammar as data: one line per phrasing. Syntax: words separated by spaces, `a|b`
// alternatives, `word?` optional, `[ … ]` an optional group, and slots `{p}` (person), `{role}`,
// `{lang}` (language name), `{langcode}` (name or code), `{case}` (case id); `{p?}`/`{role?}` optional slots.
// `lang` is the language the phrasing is written in ('any' when it reads the same in both).
import type { Locale } from '../../src/core/i18n/locale.js';
import type { DigestTurn, KnownIntent, RoleAction } from './types.js';

/** Fixed parts a phrasing sets on its command ("ik ben ziek" → subject self). */
export interface PatternSets {
  subject?: 'self';
  action?: RoleAction;
  extent?: 'full' | 'partial';
  turn?: DigestTurn;
}

/** One phrasing of a command. */
export interface PatternSpec {
  intent: KnownIntent;
  lang: Locale | 'any';
  pattern: string;
  sets?: PatternSets;
}

const SELF = { subject: 'self' } as const;
const ASSIGN = { action: 'assign' } as const;
const REVOKE = { action: 'revoke' } as const;
const PARTIAL = { extent: 'partial' } as const;
const ON = { turn: 'on' } as const;
const OFF = { turn: 'off' } as const;

type Row = [KnownIntent, Locale | 'any', string, PatternSets?];

const ROWS: Row[] = [
  // sick report — Dutch
  ['sick-report', 'nl', 'ziekmelding|ziekmelden|ziekgemeld [voor|van {p}]'],
  ['sick-report', 'nl', 'ziekmelding|ziekmelden {p}'],
  ['sick-report', 'nl', 'ziek melden [{p}]'],
  ['sick-report', 'nl', 'ziek [{p}]'],
  ['sick-report', 'nl', 'ik ben vandaag? ziek vandaag?', SELF],
  ['sick-report', 'nl', 'ik meld mij|me vandaag? ziek', SELF],
  ['sick-report', 'nl', 'ik wil mij|me ziek melden', SELF],
  ['sick-report', 'nl', 'ik wil mij|me ziekmelden', SELF],
  ['sick-report', 'nl', 'ik wil een ziekmelding doen|maken', SELF],
  ['sick-report', 'nl', '{p} is vandaag? ziek vandaag?'],
  ['sick-report', 'nl', '{p} is ziekgemeld'],
  ['sick-report', 'nl', '{p} heeft zich ziek gemeld'],
  ['sick-report', 'nl', '{p} heeft zich ziekgemeld'],
  ['sick-report', 'nl', 'meld {p} ziek'],
  ['sick-report', 'nl', '{p} ziek melden|gemeld'],
  ['sick-report', 'nl', '{p} ziekmelden'],
  ['sick-report', 'nl', 'ziekmelding doen|maken [voor {p}]'],
  // sick report — English
  ['sick-report', 'en', 'sick [{p}]'],
  ['sick-report', 'en', 'sick report|leave [for|of {p}]'],
  ['sick-report', 'en', 'report sick'],
  ['sick-report', 'en', 'report {p} sick|ill'],
  ['sick-report', 'en', 'report sickness|absence [for|of {p}]'],
  ['sick-report', 'en', 'i am off? sick|ill today?', SELF],
  ['sick-report', 'en', 'i feel sick|ill', SELF],
  ['sick-report', 'en', 'i am calling in sick', SELF],
  ['sick-report', 'en', 'call|calling in sick', SELF],
  ['sick-report', 'en', '{p} is off? sick|ill today?'],
  ['sick-report', 'en', '{p} called in sick'],
  // recovery — Dutch
  ['recovery', 'nl', 'beter|hersteld|herstel|betermelden [{p}]'],
  ['recovery', 'nl', 'herstelmelding|betermelding [voor|van {p}]'],
  ['recovery', 'nl', 'beter melden [{p}]'],
  ['recovery', 'nl', 'gedeeltelijk|deels hersteld|beter [{p}]', PARTIAL],
  ['recovery', 'nl', 'meld {p} beter|hersteld'],
  ['recovery', 'nl', '{p} beter melden|gemeld'],
  ['recovery', 'nl', '{p} is weer? beter|hersteld|terug'],
  ['recovery', 'nl', '{p} is gedeeltelijk|deels hersteld|beter', PARTIAL],
  ['recovery', 'nl', '{p} is weer aan het werk'],
  ['recovery', 'nl', '{p} werkt weer'],
  ['recovery', 'nl', 'ik ben weer? beter|hersteld|terug', SELF],
  ['recovery', 'nl', 'ik ben gedeeltelijk|deels hersteld|beter', { ...SELF, ...PARTIAL }],
  ['recovery', 'nl', 'ik ben er weer', SELF],
  ['recovery', 'nl', 'ik ben weer aan het werk', SELF],
  ['recovery', 'nl', 'ik werk weer', SELF],
  ['recovery', 'nl', 'ik meld mij|me beter', SELF],
  // recovery — English
  ['recovery', 'en', 'recovered|recovery|better [{p}]'],
  ['recovery', 'en', 'recovery [for|of {p}]'],
  ['recovery', 'en', 'partially recovered [{p}]', PARTIAL],
  ['recovery', 'en', 'report recovery [for|of {p}]'],
  ['recovery', 'en', 'report {p} recovered|better|fit'],
  ['recovery', 'en', '{p} is better|recovered|back'],
  ['recovery', 'en', '{p} is partially recovered', PARTIAL],
  ['recovery', 'en', '{p} recovered'],
  ['recovery', 'en', '{p} is back at|to work'],
  ['recovery', 'en', 'i am better|recovered|back', SELF],
  ['recovery', 'en', 'i am partially recovered', { ...SELF, ...PARTIAL }],
  ['recovery', 'en', 'i am back at|to work', SELF],
  ['recovery', 'en', 'i am fit again', SELF],
  // status
  ['status', 'any', 'status [{p}]'],
  ['status', 'nl', 'status van|voor|bij {p}'],
  ['status', 'nl', 'mijn status', SELF],
  ['status', 'nl', 'stand van zaken [van|voor|bij {p}]'],
  ['status', 'nl', 'wat is de status van|voor|bij {p}'],
  ['status', 'nl', 'hoe staat het ervoor? met {p}'],
  ['status', 'nl', 'welke|wat stap|stappen is|zijn|staat|staan er? nu? aan de beurt [voor|bij|van {p}]'],
  ['status', 'nl', 'wat is nu? aan de beurt [voor|bij|van {p}]'],
  ['status', 'nl', 'wat is|zijn de volgende stap|stappen [voor|bij|van {p}]'],
  ['status', 'nl', 'volgende stap|stappen [voor|bij|van {p}]'],
  ['status', 'nl', 'wat moet er nu? gebeuren voor|bij|met {p}'],
  ['status', 'nl', 'waar staan we met {p}'],
  ['status', 'en', 'status of|for {p}'],
  ['status', 'en', 'my status', SELF],
  ['status', 'en', 'what is the status of|for {p}'],
  ['status', 'en', 'what is|comes next [for {p}]'],
  ['status', 'en', 'which|what step|steps is|are due|next [for {p}]'],
  ['status', 'en', 'next step|steps [for {p}]'],
  ['status', 'en', 'where are we with {p}'],
  // tasks
  ['tasks', 'nl', 'taken|taak|takenlijst'],
  ['tasks', 'nl', 'mijn taken|taak|takenlijst|todo'],
  ['tasks', 'nl', 'openstaande taken'],
  ['tasks', 'nl', 'wat moet ik nu|vandaag? nog? doen'],
  ['tasks', 'nl', 'wat staat er voor mij? open'],
  ['tasks', 'any', 'todo|to-do'],
  ['tasks', 'any', 'to do'],
  ['tasks', 'en', 'tasks|task'],
  ['tasks', 'en', 'my tasks|todo|to-do'],
  ['tasks', 'en', 'open tasks'],
  ['tasks', 'en', 'what do|should i need|have? to? do [now|today]'],
  ['tasks', 'en', 'what is on my list|plate'],
  ['tasks', 'en', 'what is due'],
  // checklist
  ['checklist', 'any', 'checklist [{p}]'],
  ['checklist', 'any', 'check list [{p}]'],
  ['checklist', 'nl', 'checklist|controlelijst|dossier van|voor|bij {p}'],
  ['checklist', 'nl', 'controlelijst|dossier [{p}]'],
  ['checklist', 'nl', 'mijn checklist|dossier', SELF],
  ['checklist', 'en', 'checklist of|for {p}'],
  ['checklist', 'en', 'my checklist', SELF],
  // role
  ['role', 'nl', 'rol|rollen'],
  ['role', 'nl', 'rol|rollen toekennen|toewijzen|geven {p?} als|tot? {role?} [voor|bij? zaak|casus|dossier {case}]', ASSIGN],
  ['role', 'nl', 'rol|rollen intrekken|afnemen|verwijderen|ontnemen {p?} als? {role?} [voor|bij? zaak|casus|dossier {case}]', REVOKE],
  ['role', 'nl', 'rol toekennen|toewijzen|geven {role} aan {p} [voor|bij? zaak|casus|dossier {case}]', ASSIGN],
  ['role', 'nl', 'geef {p} de? rol {role} [voor|bij? zaak|casus|dossier {case}]', ASSIGN],
  ['role', 'en', 'role|roles'],
  ['role', 'en', 'role|roles assign|grant|give|add {p?} as? {role?} [for|on? case {case}]', ASSIGN],
  ['role', 'en', 'role|roles revoke|remove|withdraw {p?} as? {role?} [for|on? case {case}]', REVOKE],
  ['role', 'en', 'assign {p} as|the? role? {role} [for|on? case {case}]', ASSIGN],
  ['role', 'en', 'assign|grant role? {role} to {p} [for|on? case {case}]', ASSIGN],
  ['role', 'en', 'revoke|remove role? {role} from {p} [for|on? case {case}]', REVOKE],
  // language
  ['language', 'nl', 'taal [wijzigen|instellen|veranderen|wisselen] [naar] [{langcode}]'],
  ['language', 'nl', 'in het {lang} [graag|alsjeblieft]'],
  ['language', 'nl', 'spreek|praat {lang}'],
  ['language', 'nl', 'schakel|wissel|ga over? naar het? {lang}'],
  ['language', 'en', 'language|lang [set|change|switch] [to] [{langcode}]'],
  ['language', 'en', 'set|change|switch language [to] {langcode}'],
  ['language', 'en', 'switch to {lang}'],
  ['language', 'en', 'in {lang}'],
  ['language', 'en', 'speak {lang}'],
  ['language', 'any', '{lang}'],
  // weekly digest (HR opts in to all cases); on/off words are short, so typos never flip one into the other
  ['digest', 'nl', 'overzicht|weekoverzicht|digest aan', ON],
  ['digest', 'nl', 'overzicht|weekoverzicht|digest uit', OFF],
  ['digest', 'nl', 'zet het|mijn? overzicht|weekoverzicht aan', ON],
  ['digest', 'nl', 'zet het|mijn? overzicht|weekoverzicht uit', OFF],
  ['digest', 'nl', 'overzicht|weekoverzicht'],
  ['digest', 'en', 'weekly? digest on', ON],
  ['digest', 'en', 'weekly? digest off', OFF],
  ['digest', 'en', 'turn|switch weekly? digest on', ON],
  ['digest', 'en', 'turn|switch weekly? digest off', OFF],
  ['digest', 'en', 'turn|switch on weekly? digest', ON],
  ['digest', 'en', 'turn|switch off weekly? digest', OFF],
  ['digest', 'en', 'weekly digest'],
  ['digest', 'any', 'digest'],
  // help
  ['help', 'any', 'help|menu'],
  ['help', 'any', 'help me|mij'],
  ['help', 'nl', 'hulp|uitleg|commandos|commando|opdrachten'],
  ['help', 'nl', 'wat kan|kun je|jij [allemaal] [doen]'],
  ['help', 'nl', 'hoe werkt dit|het|dat'],
  ['help', 'en', 'commands|usage'],
  ['help', 'en', 'what can you do'],
  ['help', 'en', 'how does this|it work'],
];

/** Every phrasing, in priority order (earlier wins a tie). */
export const PATTERNS: readonly PatternSpec[] = ROWS.map(([intent, lang, pattern, sets]) => ({ intent, lang, pattern, sets }));
