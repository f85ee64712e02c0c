// What a typed line means: the parser's output, shared by the router and the help/suggestion texts.
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Role } from '../../src/core/roles.js';

/** Who a command is about: a normalized platform mention, a typed name, or the sender. */
export type PersonRef =
  | { kind: 'mention'; userId: string }
  | { kind: 'name'; text: string }
  | { kind: 'self' };

/** Intents the grammar knows (architecture.md "Interaction ids"). */
export const INTENTS = ['sick-report', 'recovery', 'status', 'tasks', 'checklist', 'role', 'language', 'digest', 'help'] as const;
/** A known intent. */
export type KnownIntent = (typeof INTENTS)[number];

/** A command offered when the line was not understood (a 'run-command' button value). */
export interface Suggestion {
  intent: KnownIntent;
  /** Command text in the user's language; parsing it gives `intent` again. */
  command: string;
}

/** Assign or revoke, for the role command. */
export type RoleAction = 'assign' | 'revoke';

/** On or off, for the digest command. */
export type DigestTurn = 'on' | 'off';

/** The parsed command; `locale` is the language the line was written in, when that is clear. */
export type ParsedCommand = { locale?: Locale } & (
  | { intent: 'sick-report'; subject?: PersonRef }
  /** `extent` only when the line said so ("gedeeltelijk hersteld"); otherwise the flow asks. */
  | { intent: 'recovery'; subject?: PersonRef; extent?: 'full' | 'partial' }
  | { intent: 'status'; subject?: PersonRef }
  | { intent: 'tasks' }
  | { intent: 'checklist'; subject?: PersonRef }
  /** Parts may be missing ("rol toekennen"): the flow explains the usage then. */
  | { intent: 'role'; action?: RoleAction; subject?: PersonRef; role?: Role; caseId?: string }
  /** `target` is missing for a bare "taal": the flow shows the choice. */
  | { intent: 'language'; target?: Locale }
  /** `turn` is missing for a bare "overzicht": the flow says where the sender stands. */
  | { intent: 'digest'; turn?: DigestTurn }
  | { intent: 'help' }
  /** Never carries the typed text: it may be medical and must not be echoed. */
  | { intent: 'unknown'; suggestions: Suggestion[] }
);

/** The intent name of any parsed command. */
export type Intent = ParsedCommand['intent'];
