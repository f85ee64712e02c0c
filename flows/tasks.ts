// "taken" / "wat moet ik doen?": the sender's open steps across the cases they act on, soonest first, each
// with its buttons (done / not applicable / deviate / show case).
import { myTasks, type Task } from '../src/app/index.js';
import { plural, t } from '../src/core/i18n/translate.js';
import type { FlowContext, FlowResult } from './context.js';
import { errorMessage } from './messages.js';
import { stepBlocks, stepLineOf } from './stepBlocks.js';
import { message, type UiBlock } from '../src/core/ui.js';

/** Most tasks listed in one answer. */
export const TASKS_SHOWN = 8;

/** Blocks for a task list (shared with the home surface). */
export function taskBlocks(fc: FlowContext, tasks: Task[], shown = TASKS_SHOWN): UiBlock[] {
  const { locale } = fc;
  if (!tasks.length) return [{ type: 'text', text: t(locale, 'tasks.none') }];
  const blocks: UiBlock[] = [{ type: 'text', text: plural(locale, 'tasks.some', tasks.length) }];
  for (const task of tasks.slice(0, shown)) {
    blocks.push({ type: 'divider' });
    const line = stepLineOf(task.step, fc.today, locale);
    if (!line) continue;
    const lead = t(locale, 'tasks.line', { step: line.title, name: task.employeeName });
    blocks.push({ type: 'text', text: `${lead} — ${line.when}` }, ...stepBlocks(task.step, task.caseId, fc.today, locale).slice(1));
  }
  if (tasks.length > shown) blocks.push({ type: 'context', text: plural(locale, 'flow.tasks.more', tasks.length - shown) });
  return blocks;
}

/** "taken". */
export function tasksFlow(fc: FlowContext): FlowResult {
  try {
    const tasks = myTasks(fc.app, fc.actor);
    const title = t(fc.locale, 'tasks.title');
    return { replies: [message(title, { type: 'heading', text: title }, ...taskBlocks(fc, tasks))], state: null };
  } catch (err) {
    return { replies: [errorMessage(err, fc.locale)], state: null };
  }
}
