// The home surface (Slack App Home; Teams shows it as a message): my tasks, then the cases I may see,
// each with a button to open it.
import { casesVisibleTo, myTasks } from '../src/app/index.js';
import { t } from '../src/core/i18n/translate.js';
import type { FlowContext, FlowResult } from './context.js';
import { STEP_ACTIONS } from '../src/core/format/buttons.js';
import { errorMessage } from './messages.js';
import { taskBlocks } from './tasks.js';
import type { UiBlock, UiHome } from '../src/core/ui.js';

/** Tasks listed on the home surface. */
export const HOME_TASKS = 5;

/** The home content for the sender. */
export function homeFlow(fc: FlowContext): FlowResult {
  const { locale } = fc;
  try {
    const blocks: UiBlock[] = [{ type: 'heading', text: t(locale, 'tasks.title') }, ...taskBlocks(fc, myTasks(fc.app, fc.actor), HOME_TASKS)];
    blocks.push({ type: 'divider' }, { type: 'heading', text: t(locale, 'flow.home.cases') });
    const cases = casesVisibleTo(fc.app, fc.actor);
    if (!cases.length) blocks.push({ type: 'text', text: t(locale, 'flow.home.noCases') });
    for (const c of cases) {
      blocks.push(
        { type: 'text', text: t(locale, 'digest.caseLine', { name: c.employeeName, week: c.weekOfIllness ?? '-' }) },
        { type: 'buttons', buttons: [{ actionId: STEP_ACTIONS.show, label: t(locale, 'button.showCase'), value: c.caseId }] },
      );
    }
    const home: UiHome = { kind: 'home', blocks };
    return { replies: [home], state: null };
  } catch (err) {
    return { replies: [errorMessage(err, locale)], state: null };
  }
}
