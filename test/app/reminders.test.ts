import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { renderOutboxBody } from '../../src/app/outboxBody.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  dueReminders, enqueueReminders, latestReminderSlot, nextReminderSlot, scanCase, type DueReminders,
} from '../../src/app/reminders.js';
import { completeStep } from '../../src/app/steps.js';
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from '../../src/core/calendar/isoDate.js';
import { isWorkingDay, lastWorkingDayNumberOnOrBefore } from '../../src/core/calendar/holidays.js';
import { MAX_BACK_TO_WORKING_DAY, nextDaySlot, nextSendDay, reminderKey, slotKey } from '../../src/app/reminderSlots.js';
import { reminderBody } from '../../src/app/reminderMessage.js';
import { STEP_IDS } from '../../src/core/timeline/stepIds.js';
import { packSchedule } from '../../src/core/timeline/schedule.js';
import { addRecords, P, schedWorld, sick, workingDays, type World } from '../scheduler/support/world.js';

// FSD Monday 2026-01-05: probleemanalyse (day 42) is due Sunday 2026-02-15.
const FSD = '2026-01-05';
const PA_DUE = '2026-02-15';

describe('reminder slots (pure)', () => {
  it('never looks further back for a working day than MAX_BACK_TO_WORKING_DAY (the pass skips steps by it), 2000–2100', () => {
    let worst = 0;
    for (let n = toDayNumber('2000-01-01'); n <= toDayNumber('2100-12-31'); n++) worst = Math.max(worst, n - lastWorkingDayNumberOnOrBefore(n));
    expect(worst).toBeGreaterThanOrEqual(3); // a Monday holiday after a weekend: the bound is not vacuous
    expect(worst).toBeLessThanOrEqual(MAX_BACK_TO_WORKING_DAY);
  });

  it('a pass over a schedule finds the same slots and next day as trying every step in full (skipping far steps is safe)', () => {
    const stepArb = fc.record({ stepId: fc.constantFrom(...STEP_IDS), offset: fc.integer({ min: -400, max: 800 }) });
    fc.assert(fc.property(fc.integer({ min: 0, max: 3000 }), fc.array(stepArb, { maxLength: 12 }), (dayOffset, steps) => {
      const day = toDayNumber('2025-01-01') + dayOffset;
      const date = fromDayNumber(day);
      const schedule = {
        caseId: 'c1', employerId: 'acme', employeeId: 'p-anna', managerOfRecordId: null, closedOn: null, createdAt: '2025-01-01T08:00:00.000Z',
        version: 1, nextDue: null, periods: [], marks: {}, steps: steps.map((x) => ({ stepId: x.stepId, due: fromDayNumber(day + x.offset) })),
      };
      const found = scanCase({ ...schedule, packedSteps: packSchedule(schedule.steps) }, date, day);
      let next = Infinity;
      const slots: Array<{ stepId: string; kind: string; nominal: number }> = [];
      for (const x of schedule.steps) {
        const d = toDayNumber(x.due);
        next = Math.min(next, toDayNumber(nextReminderSlot(x.due, date).sendOn));
        const latest = latestReminderSlot(x.due, date);
        if (latest) slots.push({ stepId: x.stepId, kind: latest.kind, nominal: toDayNumber(latest.date) });
        expect(d).toBe(day + steps[schedule.steps.indexOf(x)].offset);
      }
      expect(found.next).toBe(next);
      expect(found.slots.map((x) => ({ stepId: x.stepId, kind: x.slot.kind, nominal: x.slot.nominal }))).toEqual(slots);
    }), { numRuns: 3000 });
  });

  it('nextSendDay is the send day of nextDaySlot, and slotKey is reminderKey (the pass uses the object-free forms)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -30, max: 200 }), (offset, delta) => {
      const d = toDayNumber('2024-01-01') + offset;
      expect(nextSendDay(d, d + delta)).toBe(nextDaySlot(d, d + delta).send);
      // Asked twice: the second answer comes from the working-day memo.
      expect(nextSendDay(d, d + delta)).toBe(nextDaySlot(d, d + delta).send);
    }), { numRuns: 2000 });
    expect(slotKey('c-1', 'probleemanalyse', 'overdue', '2026-02-16')).toBe(reminderKey('c-1', 'probleemanalyse', { kind: 'overdue', date: '2026-02-16' }));
    expect(slotKey('c-1', 'probleemanalyse', 'overdue', '2026-02-16')).toBe('reminder:c-1:probleemanalyse:overdue:2026-02-16');
  });

  it('reminds 7 days before, on the due date and weekly when overdue, on working days', () => {
    // Wednesday deadline: nothing moves.
    expect(latestReminderSlot('2026-02-18', '2026-02-10')).toBeNull();
    expect(latestReminderSlot('2026-02-18', '2026-02-11')).toEqual({ kind: 'before', date: '2026-02-11', sendOn: '2026-02-11' });
    expect(latestReminderSlot('2026-02-18', '2026-02-17')).toMatchObject({ kind: 'before' });
    expect(latestReminderSlot('2026-02-18', '2026-02-18')).toEqual({ kind: 'due', date: '2026-02-18', sendOn: '2026-02-18' });
    expect(latestReminderSlot('2026-02-18', '2026-02-19')).toEqual({ kind: 'overdue', date: '2026-02-19', sendOn: '2026-02-19' });
    expect(latestReminderSlot('2026-02-18', '2026-02-25')).toEqual({ kind: 'overdue', date: '2026-02-19', sendOn: '2026-02-19' });
    expect(latestReminderSlot('2026-02-18', '2026-02-26')).toEqual({ kind: 'overdue', date: '2026-02-26', sendOn: '2026-02-26' });
  });

  it('reminds a Sunday deadline on Friday (and 7 days before on the Friday before that)', () => {
    expect(nextReminderSlot(PA_DUE, '2026-02-01')).toEqual({ kind: 'before', date: '2026-02-08', sendOn: '2026-02-06' });
    expect(nextReminderSlot(PA_DUE, '2026-02-06')).toEqual({ kind: 'due', date: '2026-02-15', sendOn: '2026-02-13' });
    expect(nextReminderSlot(PA_DUE, '2026-02-13')).toEqual({ kind: 'overdue', date: '2026-02-16', sendOn: '2026-02-16' });
    expect(latestReminderSlot(PA_DUE, '2026-02-14')).toMatchObject({ kind: 'due', sendOn: '2026-02-13' });
  });

  it('moves a reminder on a holiday back, and an overdue one on a holiday forward', () => {
    // Due Monday 2026-05-04: 7 days before is Koningsdag (Monday 27 April) → Friday 24 April.
    expect(nextReminderSlot('2026-05-04', '2026-04-20')).toEqual({ kind: 'before', date: '2026-04-27', sendOn: '2026-04-24' });
    // Due on Bevrijdingsdag (Tuesday 5 May) → reminded Monday 4 May.
    expect(nextReminderSlot('2026-05-05', '2026-05-01')).toEqual({ kind: 'due', date: '2026-05-05', sendOn: '2026-05-04' });
    // Overdue from Bevrijdingsdag (due Monday 4 May) → the next working day, Wednesday 6 May.
    expect(nextReminderSlot('2026-05-04', '2026-05-04')).toEqual({ kind: 'overdue', date: '2026-05-05', sendOn: '2026-05-06' });
  });

  it('latest and next slot agree with the full list of slots for any due date and day', () => {
    const slots = (due: IsoDate) => {
      const d = toDayNumber(due);
      const out: Array<{ kind: string; date: IsoDate; sendOn: IsoDate }> = [];
      const back = (n: number) => { let x = n; while (!isWorkingDay(fromDayNumber(x))) x--; return fromDayNumber(x); };
      const fwd = (n: number) => { let x = n; while (!isWorkingDay(fromDayNumber(x))) x++; return fromDayNumber(x); };
      out.push({ kind: 'before', date: fromDayNumber(d - 7), sendOn: back(d - 7) });
      out.push({ kind: 'due', date: due, sendOn: back(d) });
      for (let k = 0; k < 30; k++) out.push({ kind: 'overdue', date: fromDayNumber(d + 1 + 7 * k), sendOn: fwd(d + 1 + 7 * k) });
      return out;
    };
    fc.assert(fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -20, max: 150 }), (offset, delta) => {
      const due = addDays('2024-01-01', offset);
      const day = addDays(due, delta);
      const all = slots(due);
      const past = all.filter((s) => s.sendOn <= day);
      expect(latestReminderSlot(due, day)).toEqual(past.length ? past[past.length - 1] : null);
      expect(nextReminderSlot(due, day)).toEqual(all.find((s) => s.sendOn > day));
      for (const s of all) expect(isWorkingDay(s.sendOn)).toBe(true);
    }), { numRuns: 400 });
  });
});

let w: World;
beforeEach(() => { w = schedWorld(); });
afterEach(() => w.cleanup());

/** One pass on `date` at 09:00: computes and writes, like the scheduler does. */
function pass(date: IsoDate): DueReminders {
  const due = dueReminders(w.at(date), date);
  enqueueReminders(w.at(date), due);
  return due;
}
/** Ids of the cases whose schedule is due on or before `day`. */
const dueIds = (day: string) => {
  const ids: string[] = [];
  w.store.cases.eachDueSchedule(day, (s) => ids.push(s.caseId));
  return ids;
};
const itemsFor = (due: DueReminders, personId: string) => due.people.find((p) => p.personId === personId)?.items ?? [];

describe('dueReminders on a stored case', () => {
  it('sends the probleemanalyse reminders on Fri 6 Feb, Fri 13 Feb (Sunday deadline), then weekly from Mon 16 Feb', () => {
    const caseId = sick(w, P.anna, FSD);
    w.store.roles.add({ personId: P.jan, employerId: 'acme', role: 'casemanager', caseId });
    const seen: string[] = [];
    for (const day of workingDays(FSD, '2026-03-06')) {
      const due = pass(day);
      for (const i of itemsFor(due, P.piet)) if (i.stepId === 'probleemanalyse') seen.push(`${day}:${i.kind}`);
      // A pass reads only what is due: afterwards nothing is due any more that day.
      expect(dueIds(day)).toEqual([]);
    }
    expect(seen).toEqual(['2026-02-06:before', '2026-02-13:due', '2026-02-16:overdue', '2026-02-23:overdue', '2026-03-02:overdue']);
  });

  it('gives every recipient a message of their own, also when several get only the same one reminder', () => {
    const caseId = sick(w, P.anna, FSD);
    w.store.roles.add({ personId: P.jan, employerId: 'acme', role: 'casemanager', caseId });
    let single = 0;
    for (const day of workingDays(FSD, '2026-03-06')) {
      const due = dueReminders(w.at(day), day);
      single += due.people.filter((p) => p.items.length === 1).length;
      const r = enqueueReminders(w.at(day), due);
      expect(r.duplicates, day).toBe(0);
      expect(r.enqueued, day).toBe(due.people.filter((p) => p.target).length);
    }
    expect(single).toBeGreaterThan(1); // the case this guards: one reminder, several people
  });

  it('sends each reminder to the responsible people and the case casemanager, with buttons and no medical data', () => {
    const caseId = sick(w, P.anna, FSD);
    w.store.roles.add({ personId: P.jan, employerId: 'acme', role: 'casemanager', caseId });
    const due = dueReminders(w.at('2026-02-13'), '2026-02-13');
    const who = due.people.filter((p) => p.items.some((i) => i.stepId === 'probleemanalyse')).map((p) => p.personId).sort();
    // probleemanalyse: bedrijfsarts + manager (of record) + the case's casemanager; not the employee, not HR.
    expect(who).toEqual([P.bert, P.jan, P.piet].sort());
    const piet = due.people.find((p) => p.personId === P.piet)!;
    expect(piet.target).toEqual({ platform: 'slack', tenantId: 'T1', userId: `U-${P.piet}` });
    const text = JSON.stringify(piet.message);
    expect(text).toContain('Probleemanalyse');
    expect(text).toContain('Anna de Vries');
    expect(text).toContain('Regeling procesgang art. 2 lid 2');
    expect(text).toContain('loonsanctie');
    expect(text).toContain('zo 15 februari 2026');
    const buttons = piet.message.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : []));
    expect(buttons.filter((b) => b.value === `${caseId}:probleemanalyse`).map((b) => b.actionId))
      .toEqual(['step-done', 'step-not-applicable', 'step-deviate', 'case-show']);
  });

  it('counts only the case roles of domain.md §6 when assigned to one case', () => {
    const caseId = sick(w, P.anna, FSD);
    w.store.roles.add({ personId: P.ellen, employerId: 'acme', role: 'bedrijfsarts', caseId });
    w.store.roles.add({ personId: P.sanne, employerId: 'acme', role: 'casemanager', caseId });
    const who = dueReminders(w.at('2026-02-13'), '2026-02-13').people
      .filter((p) => p.items.some((i) => i.stepId === 'probleemanalyse')).map((p) => p.personId).sort();
    expect(who).toEqual([P.bert, P.piet, P.sanne].sort());
  });

  it('falls back to the employer-wide casemanager and speaks the person\'s language', () => {
    sick(w, P.anna, FSD);
    w.store.roles.add({ personId: P.jan, employerId: 'acme', role: 'casemanager', caseId: null });
    w.store.people.setLocale(P.jan, 'en');
    const jan = dueReminders(w.at('2026-02-13'), '2026-02-13').people.find((p) => p.personId === P.jan)!;
    expect(jan.locale).toBe('en');
    expect(JSON.stringify(jan.message)).toContain('Problem analysis by the occupational physician');
  });

  it('after downtime sends what was missed once, combined into one message per person', () => {
    sick(w, P.anna, FSD);
    sick(w, P.ellen, '2026-01-06'); // Piet reports Ellen (no manager on record) and becomes her manager of record
    for (const day of workingDays(FSD, '2026-02-05')) pass(day);
    const before = w.store.outbox.list().length;
    // Down from Friday 6 Feb to Tuesday 17 Feb; back on Wednesday 18 Feb.
    const due = pass('2026-02-18');
    const added = w.store.outbox.list().slice(before);
    const perPerson = new Map<string, number>();
    for (const row of added) perPerson.set(row.personId, (perPerson.get(row.personId) ?? 0) + 1);
    expect([...perPerson.values()].every((n) => n === 1)).toBe(true);
    const piet = itemsFor(due, P.piet);
    const pa = piet.filter((i) => i.stepId === 'probleemanalyse');
    // One reminder per case for probleemanalyse (the overdue one), not the missed before/due ones.
    expect(pa.map((i) => i.kind)).toEqual(['overdue', 'overdue']);
    expect(new Set(pa.map((i) => i.caseId)).size).toBe(2);
    const row = added.find((r) => r.personId === P.piet)!;
    expect(row.idempotencyKey).toMatch(/^reminders:p-piet:2026-02-18:[0-9a-f]{16}$/);
    // The outbox keeps ids and dates only; the message with names is written when it is sent.
    expect(JSON.stringify(row.message)).not.toContain('Anna');
    expect(renderOutboxBody(w.store, row.message).blocks[0]).toMatchObject({ type: 'heading', text: `Herinneringen (${piet.length})` });
    // The next working day brings nothing new for these steps.
    expect(itemsFor(pass('2026-02-19'), P.piet).filter((i) => i.stepId === 'probleemanalyse')).toEqual([]);
  });

  it('lists each person\'s reminders by urgency and keys a combined message by a digest of its sorted reminder keys', () => {
    // Probleemanalyse (day 42) of these cases: overdue, due on the day of the pass, and coming up within a week.
    for (const [employee, fsd] of [[P.anna, FSD], [P.ellen, '2026-01-07'], [P.fatima, '2026-01-12'], [P.jan, '2025-12-01']] as const) sick(w, employee, fsd);
    for (const day of workingDays('2025-12-01', '2026-01-30')) pass(day);
    const due = pass('2026-02-18'); // after downtime: overdue, due and coming-up reminders at once
    const kindOrder = { overdue: 0, due: 1, before: 2 } as const;
    const multi = due.people.filter((p) => p.items.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    expect(multi.some((p) => new Set(p.items.map((i) => i.kind)).size > 1 && new Set(p.items.map((i) => i.due)).size > 1)).toBe(true);
    for (const p of due.people) {
      const byUrgency = [...p.items].sort((a, b) =>
        kindOrder[a.kind] - kindOrder[b.kind] || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || (a.key < b.key ? -1 : 1));
      expect(p.items).toEqual(byUrgency);
      const digest = createHash('sha256').update(p.items.map((i) => i.key).sort().join('\n')).digest('hex').slice(0, 16);
      expect(p.key).toBe(`reminders:${p.personId}:2026-02-18:${digest}`);
      expect(p.body).toEqual({
        kind: 'deferred', template: 'reminders', data: { date: '2026-02-18', locale: 'nl', items: p.items.map((i) => [i.caseId, i.stepId, i.due, i.employeeId]) },
      });
      expect(reminderBody(p.items, '2026-02-18', 'nl')).toEqual(p.body);
    }
    expect(due.people.map((p) => p.personId)).toEqual(due.people.map((p) => p.personId).sort());
  });

  it('enqueues idempotently: a second pass, a replayed pass and a rewound nextDue add nothing', () => {
    const caseId = sick(w, P.anna, FSD);
    const first = pass('2026-02-13');
    const rows = w.store.outbox.list().length;
    expect(rows).toBeGreaterThan(0);
    expect(dueReminders(w.at('2026-02-13'), '2026-02-13').people).toEqual([]);
    // Replaying the very same pass (as after a crash before its marks were kept): keys protect the outbox.
    const again = enqueueReminders(w.at('2026-02-13'), first);
    expect(again.enqueued).toBe(0);
    expect(again.duplicates).toBe(first.people.length);
    // A user action recomputes nextDue to an earlier date; the next pass still sends nothing twice.
    completeStep(w.at('2026-02-13'), w.actor(P.piet), caseId, 'ziekmelding-arbodienst', { date: '2026-01-08' });
    expect(w.store.cases.get(caseId)!.nextDue! <= '2026-02-13').toBe(true);
    expect(pass('2026-02-13').people).toEqual([]);
    expect(w.store.outbox.list().length).toBe(rows);
    expect(w.store.cases.schedule(caseId)?.marks.probleemanalyse).toBe(`reminder:${caseId}:probleemanalyse:due:2026-02-15`);
  });

  it('stops reminding a done step and a closed case', () => {
    const caseId = sick(w, P.anna, FSD);
    addRecords(w, caseId, '2026-02-10', { stepId: 'probleemanalyse', kind: 'done', date: '2026-02-09' });
    expect(itemsFor(dueReminders(w.at('2026-02-13'), '2026-02-13'), P.piet).map((i) => i.stepId)).not.toContain('probleemanalyse');
    const c = w.store.cases.get(caseId)!;
    w.store.cases.update({ ...c, periods: [{ start: FSD, end: '2026-02-11' }], closedOn: '2026-02-11', nextDue: '2026-02-12' });
    const due = dueReminders(w.at('2026-02-13'), '2026-02-13');
    expect(due.people).toEqual([]);
    expect(due.cases).toEqual([expect.objectContaining({ caseId, nextDue: null })]);
  });

  it('leaves the cases of employers outside the filter for a later pass', () => {
    const caseId = sick(w, P.anna, FSD);
    const due = dueReminders(w.at('2026-02-13'), '2026-02-13', { includeEmployer: () => false });
    expect(due).toMatchObject({ people: [], cases: [], skipped: 1 });
    expect(dueIds('2026-02-13')).toEqual([caseId]);
  });
});
