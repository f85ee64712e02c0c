// The `data` carried by Action.Submit buttons and forms (architecture.md "Interaction ids").
// Both the renderer (cards/) and the parser (parse.ts) use these shapes, so they cannot drift.
import { z } from 'zod';

/** Step button verbs and the UiButton actionIds they stand for. */
export const STEP_ACTIONS = {
  done: 'step-done',
  'not-applicable': 'step-not-applicable',
  deviate: 'step-deviate',
  show: 'case-show',
} as const;

/** A step verb carried in `{flow:'step'}` data. */
export type StepAction = keyof typeof STEP_ACTIONS;

/** UiButton actionId of command suggestions (value = the command text). */
export const RUN_COMMAND = 'run-command';

const id = z.string().min(1).max(200);

/** `{flow:'step', action, caseId, stepId?}`: a step or case button. */
export const stepData = z.object({
  flow: z.literal('step'),
  action: z.enum(['done', 'not-applicable', 'deviate', 'show']),
  caseId: id,
  stepId: id.optional(),
});

/** `{flow:'command', text}`: a suggested command, run as if typed. */
export const commandData = z.object({ flow: z.literal('command'), text: z.string().min(1).max(500) });

/** `{flow:'action', actionId, value}`: any other button of the abstract UI. */
export const genericActionData = z.object({
  flow: z.literal('action'),
  actionId: id,
  value: z.string().max(1000),
});

/** Data of one rendered button. */
export type ButtonData = z.infer<typeof stepData> | z.infer<typeof commandData> | z.infer<typeof genericActionData>;
