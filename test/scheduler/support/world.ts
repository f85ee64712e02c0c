// Test world for the scheduler side: the app test world (real SQLite file) plus Slack accounts for everyone,
// sick reports at their first sick day, direct record edits, and a recording Messenger.
import { addDays, isoWeekday, type IsoDate } from '../../../src/core/calendar/isoDate.js';
import { isWorkingDay } from '../../../src/core/calendar/holidays.js';
import type { StepRecord } from '../../../src/core/cases/types.js';
import type { IntakeInput } from '../../../src/core/privacy/intake.js';
import { reportSickness } from '../../../src/app/sickness.js';
import { withNextDue } from '../../../src/app/timeline.js';
import type { DeliveryResult, DeliveryTarget, Messenger } from '../../../src/ports/outbox.js';
import type { UiMessage } from '../../../src/core/ui.js';
import { intake, P, world, type World } from '../../app/helpers.js';

export { P, type World };

/** The app world with a Slack account (team T1, user U-<id>) for every person. */
export function schedWorld(): World {
  const w = world();
  for (const id of Object.values(P)) w.store.people.linkIdentity(id, { platform: 'slack', tenantId: 'T1', userId: `U-${id}` });
  return w;
}

/** Reports `employee` sick on `fsd` (reported that day by `reporter`); returns the case id. */
export function sick(w: World, employee: string, fsd: IsoDate, reporter: string = P.piet): string {
  return reportSickness(w.at(fsd), w.actor(reporter), intake(employee, fsd) as unknown as IntakeInput).case.id;
}

/** Appends records to a case directly (as the use cases would) and recomputes its next due date. */
export function addRecords(w: World, caseId: string, today: IsoDate, ...records: StepRecord[]): void {
  const c = w.store.cases.get(caseId)!;
  const stamped = records.map((r, i) => ({ ...r, id: `r-${Date.now()}-${i}`, recordedBy: P.piet, recordedAt: new Date().toISOString() }));
  w.store.cases.update(withNextDue(w.store, { ...c, records: [...c.records, ...stamped] }, today));
}

/** Working days from `from` to `to`, inclusive. */
export function workingDays(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) out.push(d);
  return out;
}

/** True for Saturday and Sunday. */
export const weekend = (d: IsoDate) => isoWeekday(d) >= 6;

/** One delivery a fake messenger saw. */
export interface Delivery { target: DeliveryTarget; message: UiMessage }

/** A Messenger that records deliveries and answers with `answer` (default: ok). */
export function recordingMessenger(answer: (n: number) => DeliveryResult | Promise<DeliveryResult> = () => ({ ok: true })): Messenger & { deliveries: Delivery[]; calls: number } {
  const m = {
    platform: 'slack' as const,
    deliveries: [] as Delivery[],
    calls: 0,
    async send(target: DeliveryTarget, message: UiMessage): Promise<DeliveryResult> {
      const result = await answer(m.calls++);
      if (result.ok) m.deliveries.push({ target, message });
      return result;
    },
  };
  return m;
}
