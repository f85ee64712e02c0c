// What the reporter hears after a sick report: the first sick day, a late-report warning, the merge with the
// previous case, the casemanager brought in for "longer than 6 weeks" (and told via the outbox), hints for an
// accident, and the only text a channel may see (the colleague notice).
import type { SicknessReported } from '../src/app/index.js';
import { addDays, diffDays } from '../src/core/calendar/isoDate.js';
import { pickLocale } from '../src/core/i18n/negotiate.js';
import { joinList, t } from '../src/core/i18n/translate.js';
import { relationOf } from '../src/core/policy/authorize.js';
import { colleagueNotice } from '../src/core/privacy/colleagueNotice.js';
import type { Person } from '../src/ports/records.js';
import type { FlowContext } from './context.js';
import { formatDate } from '../src/core/format/dates.js';
import { STEP_ACTIONS } from '../src/core/format/buttons.js';
import { textMessage } from './messages.js';
import { message, type Reply, type UiBlock } from '../src/core/ui.js';

/** Queues a short notice to each casemanager of the case (one per person and first sick day). */
function notifyCasemanagers(fc: FlowContext, r: SicknessReported, casemanagers: Person[]): void {
  const fsd = r.case.periods.reduce((m, p) => (p.start < m ? p.start : m), r.case.periods[0].start);
  for (const cm of casemanagers) {
    const identity = cm.identities.find((i) => i.platform === fc.from.platform) ?? cm.identities[0];
    if (!identity) continue;
    const locale = pickLocale(cm.locale, fc.sender.employer.settings.language);
    const text = t(locale, 'flow.sick.casemanagerNotice', { name: r.employee.name, date: formatDate(fsd, locale) });
    fc.store.outbox.enqueue({
      idempotencyKey: `notice:casemanager:${r.case.id}:${fsd}:${cm.id}`,
      kind: 'notice',
      personId: cm.id,
      target: { platform: identity.platform, tenantId: identity.tenantId, userId: identity.userId },
      message: textMessage(text),
      notBefore: fc.app.now.toISOString(),
      createdAt: fc.app.now.toISOString(),
    });
  }
}

/** The confirmation replies for a recorded sick report. */
export function sickConfirmation(fc: FlowContext, r: SicknessReported): Reply[] {
  const { locale, today } = fc;
  const self = r.employee.id === fc.actor.personId;
  const open = r.case.periods.find((p) => p.end === null) ?? r.case.periods[r.case.periods.length - 1];
  const date = formatDate(open.start, locale);
  const blocks: UiBlock[] = [{
    type: 'text',
    text: self ? t(locale, 'sick.confirmedSelf', { date }) : t(locale, 'sick.confirmed', { name: r.employee.name, date }),
  }];
  const add = (text: string) => blocks.push({ type: 'text', text });
  if (r.joined && r.previousPeriod?.end) add(t(locale, 'sick.joinedPrevious', { date: formatDate(addDays(r.previousPeriod.end, 1), locale) }));
  if (r.late) add(t(locale, 'sick.lateReport', { days: diffDays(open.start, today) }));
  if (r.needsCasemanager) {
    const ids = fc.store.roles.holders(r.case.employerId, 'casemanager', r.case.id).filter((id) => id !== r.employee.id);
    const casemanagers = ids.map((id) => fc.store.people.get(id)).filter((p): p is Person => p !== undefined);
    if (casemanagers.length) {
      add(t(locale, 'sick.needsCasemanager', { name: joinList(locale, casemanagers.map((p) => p.name)) }));
      notifyCasemanagers(fc, r, casemanagers);
    } else {
      add(t(locale, 'sick.needsCasemanagerNone'));
    }
  }
  const access = {
    caseId: r.case.id, employerId: r.case.employerId, employeeId: r.case.employeeId,
    managerOfRecordId: r.case.managerOfRecordId, reporterIds: r.case.reporterIds,
  };
  const reporterOnly = relationOf(fc.actor, access) === 'reporter';
  if (reporterOnly) add(t(locale, 'sick.reporterThanks', { name: r.employee.name }));
  if (!self && r.case.intake.workAccident === 'yes') add(t(locale, 'sick.workAccidentHint'));
  if (!self && r.case.intake.trafficAccidentThirdParty === 'yes') add(t(locale, 'sick.regresHint'));
  const notice = colleagueNotice({ employeeName: r.employee.name, expectedReturn: null, handovers: [], locale, today });
  blocks.push({ type: 'context', text: t(locale, 'flow.sick.colleagueNotice', { notice }) });
  if (!reporterOnly) {
    blocks.push({ type: 'buttons', buttons: [{ actionId: STEP_ACTIONS.show, label: t(locale, 'button.showCase'), value: r.case.id }] });
  }
  const summary = (blocks[0] as { text: string }).text;
  return [message(summary, ...blocks)];
}
