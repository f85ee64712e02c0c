// The abstract UI every flow returns and every adapter renders (Block Kit, Adaptive Cards, terminal).
// Texts are plain: renderers escape them in full, so user input can never inject markup.

/** A button; `actionId` and `value` are contracts (architecture.md "Interaction ids"). */
export interface UiButton {
  /** e.g. 'step-done', 'step-not-applicable', 'step-deviate', 'case-show', or a command suggestion 'run-command'. */
  actionId: string;
  label: string;
  /** e.g. 'CASEID:STEPID', or the command text for 'run-command'. */
  value: string;
  style?: 'primary' | 'danger';
}

/** One block of a message. */
export type UiBlock =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  /** Secondary information (legal basis, hints). */
  | { type: 'context'; text: string }
  /** A labelled list, e.g. a checklist line per step. */
  | { type: 'fields'; items: Array<{ label: string; value: string }> }
  | { type: 'buttons'; buttons: UiButton[] }
  | { type: 'divider' };

/** A chat message. */
export interface UiMessage {
  kind: 'message';
  blocks: UiBlock[];
  /** One-line summary for notifications and plain-text fallbacks. */
  summary: string;
}

/** A form field; `id` equals the intake field id for the sick report. */
export interface UiField {
  id: string;
  type: 'person' | 'date' | 'text' | 'multiline' | 'choice';
  label: string;
  help?: string;
  required: boolean;
  options?: Array<{ value: string; label: string }>;
  /** Initial value (kept answers after a refusal; today's date; 'self' person). */
  initial?: string;
  maxLength?: number;
}

/** Form ids (Slack callback_id / Teams data.flow). */
export type FormId = 'sick-report' | 'step-deviate' | 'step-not-applicable' | 'recovery';

/** A form to fill in (Slack modal, Adaptive Card, console prompts). */
export interface UiForm {
  kind: 'form';
  formId: FormId;
  title: string;
  submitLabel: string;
  fields: UiField[];
  /** Field id → kind error, shown beside the field; other answers stay in `initial`. */
  errors?: Record<string, string>;
  /** Opaque context carried through the submit (Slack private_metadata, Teams data). */
  context?: string;
}

/** Home surface content (Slack App Home; Teams shows it as a message). */
export interface UiHome {
  kind: 'home';
  blocks: UiBlock[];
}

/** Anything a flow can answer with. */
export type Reply = UiMessage | UiForm | UiHome;

/** Helper: a message from blocks with a summary. */
export function message(summary: string, ...blocks: UiBlock[]): UiMessage {
  return { kind: 'message', summary, blocks: blocks.length ? blocks : [{ type: 'text', text: summary }] };
}
