// Typed step commands, for surfaces without buttons: "klaar probleemanalyse Jan", "nvt spoor-2 voor Jan",
// "afwijken plan-van-aanpak Jan" (and "done …", "n/a …", "deviate …"). The step is named by its id or an
// unambiguous start of it; the person resolves like any other name.
import { checklist } from '../src/app/index.js';
import { t } from '../src/core/i18n/translate.js';
import { STEP_IDS, type StepId } from '../src/core/timeline/stepIds.js';
import type { FlowContext, FlowResult } from './context.js';
import { STEP_ACTIONS } from '../src/core/format/buttons.js';
import type { PersonRef } from './grammar/types.js';
import { errorMessage, textMessage } from './messages.js';
import { resolveSubject } from './people.js';
import { stepButtonFlow } from './stepAction.js';

/** What a typed verb asks for. */
export type StepVerb = 'done' | 'not-applicable' | 'deviate';

/** Verbs, Dutch and English, lower case without dots. */
export const STEP_VERBS: Readonly<Record<string, StepVerb>> = {
  klaar: 'done', gedaan: 'done', afgerond: 'done', afvinken: 'done', done: 'done', complete: 'done', completed: 'done',
  nvt: 'not-applicable', 'niet-van-toepassing': 'not-applicable', 'n/a': 'not-applicable', 'not-applicable': 'not-applicable',
  afwijken: 'deviate', afwijking: 'deviate', uitstellen: 'deviate', deviate: 'deviate', postpone: 'deviate',
};

const ACTION_OF: Record<StepVerb, string> = { done: STEP_ACTIONS.done, 'not-applicable': STEP_ACTIONS.notApplicable, deviate: STEP_ACTIONS.deviate };
/** Small words between the step and the name. */
const LINK_WORDS = new Set(['voor', 'van', 'bij', 'for', 'of']);
const MENTION_RE = /^<@([^>|]+)(?:\|[^>]*)?>$/;

/** The verb a line starts with, if any. */
export function stepVerbOf(text: string): StepVerb | undefined {
  const first = text.trim().split(/\s+/)[0]?.toLowerCase().replace(/\./g, '') ?? '';
  return STEP_VERBS[first];
}

/** A step named by its id or by an unambiguous start of it (at least 4 letters). */
export function stepIdOf(word: string): StepId | undefined {
  const w = word.toLowerCase();
  const exact = STEP_IDS.find((id) => id === w);
  if (exact) return exact;
  if (w.length < 4) return undefined;
  const starts = STEP_IDS.filter((id) => id.startsWith(w));
  return starts.length === 1 ? starts[0] : undefined;
}

/** Handles a typed step command; null when the line is not one. */
export async function stepCommandFlow(fc: FlowContext, text: string): Promise<FlowResult | null> {
  const verb = stepVerbOf(text);
  if (!verb) return null;
  const words = text.trim().split(/\s+/).slice(1);
  if (words.length < 2) return { replies: [textMessage(t(fc.locale, 'flow.step.usage'))], state: null };
  const stepId = stepIdOf(words[0]);
  if (!stepId) return { replies: [textMessage(t(fc.locale, 'flow.step.unknownStep'))], state: null };
  const rest = LINK_WORDS.has(words[1].toLowerCase()) ? words.slice(2) : words.slice(1);
  const name = rest.join(' ');
  if (!name) return { replies: [textMessage(t(fc.locale, 'flow.step.usage'))], state: null };
  const mention = MENTION_RE.exec(name);
  const ref: PersonRef = mention ? { kind: 'mention', userId: mention[1] } : { kind: 'name', text: name };
  const first = text.trim().split(/\s+/)[0];
  const who = await resolveSubject(fc, { ref, purpose: 'status', commandFor: (m) => `${first} ${stepId} ${m}` });
  if (who.kind === 'replies') return who.result;
  try {
    const caseId = checklist(fc.app, fc.actor, { employeeRef: who.person.personId }).case.caseId;
    return stepButtonFlow(fc, ACTION_OF[verb], `${caseId}:${stepId}`);
  } catch (err) {
    return { replies: [errorMessage(err, fc.locale)], state: null };
  }
}
