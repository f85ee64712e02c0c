// UiButton → Action.Submit with the fixed Teams data shapes (step, command, generic action).
import type { UiButton } from '../../../src/core/ui.js';
import { RUN_COMMAND, STEP_ACTIONS, type ButtonData, type StepAction } from './data.js';
import type { SubmitAction } from './types.js';

const STEP_BY_ACTION_ID = new Map<string, StepAction>(
  Object.entries(STEP_ACTIONS).map(([verb, actionId]) => [actionId, verb as StepAction]),
);

/** The submit data a button carries: `{flow:'step'…}`, `{flow:'command', text}` or `{flow:'action'…}`. */
export function buttonData(button: UiButton): ButtonData {
  const verb = STEP_BY_ACTION_ID.get(button.actionId);
  if (verb) {
    const cut = button.value.indexOf(':');
    const caseId = cut < 0 ? button.value : button.value.slice(0, cut);
    const stepId = cut < 0 ? undefined : button.value.slice(cut + 1);
    // Anything that would not parse back to the same value travels as a generic action.
    if (caseId && stepId !== '' && caseId.length <= 200 && (stepId ?? '').length <= 200) {
      return stepId ? { flow: 'step', action: verb, caseId, stepId } : { flow: 'step', action: verb, caseId };
    }
  }
  if (button.actionId === RUN_COMMAND && button.value.trim() && button.value.length <= 500) return { flow: 'command', text: button.value };
  return { flow: 'action', actionId: button.actionId, value: button.value };
}

/** One Action.Submit for a button; primary/danger map to Teams' positive/destructive styles. */
export function submitButton(button: UiButton): SubmitAction {
  const action: SubmitAction = { type: 'Action.Submit', title: button.label, data: { ...buttonData(button) } };
  if (button.style === 'primary') action.style = 'positive';
  if (button.style === 'danger') action.style = 'destructive';
  return action;
}
