// The step buttons every reminder, status and task line carries (architecture.md "Interaction ids"):
// action ids step-done / step-not-applicable / step-deviate / case-show with value CASEID:STEPID.
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/translate.js';
import { STEP_IDS, type StepId } from '../timeline/stepIds.js';
import type { UiButton } from '../ui.js';

/** Button action ids for steps and cases. */
export const STEP_ACTIONS = {
  done: 'step-done',
  notApplicable: 'step-not-applicable',
  deviate: 'step-deviate',
  show: 'case-show',
} as const;
/** One of the step action ids. */
export type StepActionId = (typeof STEP_ACTIONS)[keyof typeof STEP_ACTIONS];

/** Action id of a command suggestion button; its value is the command text. */
export const RUN_COMMAND = 'run-command';

/** The button value for a step of a case. */
export function stepValue(caseId: string, stepId: StepId): string {
  return `${caseId}:${stepId}`;
}

/** Reads a CASEID:STEPID value back; null when malformed or the step id is unknown. */
export function parseStepValue(value: string): { caseId: string; stepId: StepId } | null {
  const i = value.lastIndexOf(':');
  if (i <= 0) return null;
  const stepId = value.slice(i + 1);
  return (STEP_IDS as readonly string[]).includes(stepId) ? { caseId: value.slice(0, i), stepId: stepId as StepId } : null;
}

/** Done / Not applicable / Deviate with reason / Show case, for one step. */
export function stepButtons(caseId: string, stepId: StepId, locale: Locale): UiButton[] {
  const value = stepValue(caseId, stepId);
  return [
    { actionId: STEP_ACTIONS.done, label: t(locale, 'button.done'), value, style: 'primary' },
    { actionId: STEP_ACTIONS.notApplicable, label: t(locale, 'button.notApplicable'), value },
    { actionId: STEP_ACTIONS.deviate, label: t(locale, 'button.deviate'), value },
    { actionId: STEP_ACTIONS.show, label: t(locale, 'button.showCase'), value },
  ];
}

/** A button that runs a typed command (suggestions for lines that were not understood). */
export function commandButton(label: string, command: string): UiButton {
  return { actionId: RUN_COMMAND, label, value: command };
}
