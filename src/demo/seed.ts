// The demo employer for the console chat: invented people with roles, and two cases relative to a given day —
// one in week 7 (probleemanalyse recorded) and one in week 41 (the UWV 42nd-week notification comes next).
// Idempotent: people and roles are upserted, a case is only created for an employee who has none.
import { randomUUID } from 'node:crypto';
import { withNextDue, timelineOf } from '../app/index.js';
import { amsterdamInstant } from '../core/calendar/amsterdam.js';
import { addDays, type IsoDate } from '../core/calendar/isoDate.js';
import type { Role } from '../core/roles.js';
import type { StepId } from '../core/timeline/stepIds.js';
import type { IntakeAnswers, StoredCase, StoredStepRecord } from '../ports/records.js';
import type { Store } from '../ports/store.js';

/** The console tenant of the demo employer (console identities use it). */
export const DEMO_TENANT = 'demo';
/** The demo employer's id (what `ensureForTenant('console', 'demo')` gives). */
export const DEMO_EMPLOYER_ID = `console:${DEMO_TENANT}`;

/** One invented person of the demo employer. */
export interface DemoPerson {
  id: string;
  name: string;
  role?: Role;
  managerId?: string;
}

/** The demo people (all invented). */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { id: 'demo-anna', name: 'Anna de Vries', role: 'manager' },
  { id: 'demo-piet', name: 'Piet Jansen', role: 'hr' },
  { id: 'demo-sanne', name: 'Sanne Visser', role: 'casemanager' },
  { id: 'demo-ruud', name: 'Ruud Mulder', role: 'bedrijfsarts' },
  { id: 'demo-jan', name: 'Jan Bakker', managerId: 'demo-anna' },
  { id: 'demo-fatima', name: 'Fatima El Amrani', managerId: 'demo-anna' },
  { id: 'demo-tom', name: 'Tom de Boer', managerId: 'demo-anna' },
];

/** Sick days already behind the two demo cases on the seed day (day 46 = week 7, day 287 = week 41). */
export const DEMO_CASE_DAYS = { 'demo-jan': 46, 'demo-fatima': 287 } as const;

/** What seeding did. */
export interface DemoSeeded {
  employerId: string;
  createdPeople: number;
  createdCases: number;
}

const INTAKE: IntakeAnswers = {
  phone: null, address: null, expectedDuration: 'weeks', workHandover: null,
  workAccident: 'no', trafficAccidentThirdParty: 'no', safetyNet: 'no',
};

function record(stepId: StepId, date: IsoDate, by: string): StoredStepRecord {
  return { stepId, kind: 'done', date, id: 'r_' + randomUUID(), recordedBy: by, recordedAt: amsterdamInstant(date, '10:00').toISOString() };
}

function emptyCase(employerId: string, employeeId: string, fsd: IsoDate, intake: IntakeAnswers): Omit<StoredCase, 'version'> {
  return {
    id: 'c_' + randomUUID(), employerId, employeeId, managerOfRecordId: 'demo-anna', reporterIds: ['demo-anna'],
    periods: [{ start: fsd, end: null }], partialRecoverySince: null, intake, records: [], loonsanctieWeeks: 0,
    verlengingWeeks: 0, noLastingCapacity: false, functionalAdvice: null, closedOn: null, nextDue: null,
    createdAt: amsterdamInstant(fsd, '09:00').toISOString(),
  };
}

/** Week 7: reported on day 1, arbodienst on day 3, probleemanalyse recorded on day 39. */
function week7Case(store: Store, employerId: string, today: IsoDate): Omit<StoredCase, 'version'> {
  const fsd = addDays(today, 1 - DEMO_CASE_DAYS['demo-jan']);
  const c = emptyCase(employerId, 'demo-jan', fsd, INTAKE);
  c.records = [record('ziekmelding-werkgever', fsd, 'demo-anna'), record('ziekmelding-arbodienst', addDays(fsd, 2), 'demo-anna'), record('probleemanalyse', addDays(fsd, 38), 'demo-ruud')];
  return withNextDue(store, c, today);
}

/** Week 41: every step due so far was done on its date, so the 42nd-week notification is what comes next. */
function week41Case(store: Store, employerId: string, today: IsoDate): Omit<StoredCase, 'version'> {
  const fsd = addDays(today, 1 - DEMO_CASE_DAYS['demo-fatima']);
  const c = emptyCase(employerId, 'demo-fatima', fsd, { ...INTAKE, expectedDuration: 'longer' });
  // Recurring steps come due again after each record, so repeat until nothing is overdue.
  for (let i = 0; i < 60; i++) {
    const overdue = timelineOf(store, c, today).steps.filter((s) => s.status === 'overdue');
    if (!overdue.length) break;
    for (const s of overdue) c.records.push(record(s.id, s.due, 'demo-sanne'));
  }
  return withNextDue(store, c, today);
}

/** Creates (or completes) the demo employer as of `today`. */
export function seedDemo(store: Store, today: IsoDate): DemoSeeded {
  return store.transaction(() => {
    const employer = store.employers.ensureForTenant('console', DEMO_TENANT, 'Demo BV');
    let createdPeople = 0;
    for (const p of DEMO_PEOPLE) {
      if (!store.people.get(p.id)) createdPeople++;
      store.people.upsert({
        id: p.id, employerId: employer.id, name: p.name, email: `${p.id.slice(5)}@demo.example`, locale: store.people.get(p.id)?.locale ?? null,
        managerPersonId: p.managerId ?? null, employmentEnd: null, identities: [{ platform: 'console', tenantId: DEMO_TENANT, userId: p.name }],
      });
      const held = store.roles.listForPerson(p.id);
      if (p.role && !held.some((a) => a.role === p.role && a.caseId === null)) {
        store.roles.add({ personId: p.id, employerId: employer.id, role: p.role, caseId: null });
      }
    }
    let createdCases = 0;
    for (const [employeeId, build] of [['demo-jan', week7Case], ['demo-fatima', week41Case]] as const) {
      if (store.cases.listByEmployee(employeeId).length) continue;
      store.cases.create(build(store, employer.id, today));
      createdCases++;
    }
    return { employerId: employer.id, createdPeople, createdCases };
  });
}
