// One isolated scene per sweep combination: its own employer, employee, case and actor in a real SQLite file.
import { amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import type { Role } from '../../src/core/roles.js';
import type { Actor } from '../../src/core/policy/types.js';
import type { AppContext } from '../../src/app/context.js';
import { actorFor, withNextDue } from '../../src/app/index.js';
import type { IntakeAnswers, Person, StoredCase } from '../../src/ports/records.js';
import type { Store } from '../../src/ports/store.js';
import type { SweepRelation } from './expected.js';

/** The day every combination runs on (09:00 Amsterdam), and the case's first sick day (day 57 then). */
export const TODAY = '2026-03-02';
export const FIRST_SICK_DAY = '2026-01-05';

/** Absence and contact data planted in every case: no read answer except the export may contain them. */
export const SENTINELS = { phone: '0612 345 678', address: 'Kerkstraat 12, Zwolle', workHandover: 'Offerte Globex afronden' };

/** What one combination works on. */
export interface Scene {
  ctx: AppContext;
  actor: Actor;
  employerId: string;
  employeeId: string;
  caseId: string;
  /** A person without roles at the employer, target of role.assign (holds arbeidsdeskundige on the case for revoke). */
  targetId: string;
}

function person(id: string, employerId: string, name: string, managerPersonId: string | null = null): Person {
  return { id, employerId, name, email: null, locale: null, managerPersonId, employmentEnd: null, identities: [] };
}

const INTAKE: IntakeAnswers = {
  phone: SENTINELS.phone, address: SENTINELS.address, expectedDuration: 'weeks', workHandover: SENTINELS.workHandover,
  workAccident: 'no', trafficAccidentThirdParty: 'no', safetyNet: 'yes',
};

function newCase(id: string, employerId: string, employeeId: string, managerOfRecordId: string, reporterIds: string[], closed: boolean): Omit<StoredCase, 'version'> {
  return {
    id, employerId, employeeId, managerOfRecordId, reporterIds,
    periods: closed ? [{ start: '2025-12-01', end: '2026-02-14' }] : [{ start: FIRST_SICK_DAY, end: null }],
    partialRecoverySince: null, intake: { ...INTAKE }, records: [], loonsanctieWeeks: 0, verlengingWeeks: 0,
    noLastingCapacity: false, functionalAdvice: null, closedOn: closed ? '2026-02-14' : null, nextDue: null,
    createdAt: amsterdamInstant(FIRST_SICK_DAY, '09:00').toISOString(),
  };
}

/** Creates the case with its next-due date, as the use cases would store it (so scheduler passes see it). */
function createCase(store: Store, c: Omit<StoredCase, 'version'>): void {
  store.cases.create(withNextDue(store, c, TODAY));
}

/**
 * Builds scene `n`: employer acme-n with manager M (manager role), employee W (manager on record M unless the
 * actor is), case c-n (open; or closed 14 days ago when `closedCase`, so a new report joins it) and the actor A
 * standing to it as `relation` while holding `role`. Written through the store, so setup never depends on the
 * policy under test.
 */
export function buildScene(store: Store, n: number, relation: SweepRelation, role: Role, closedCase = false): Scene {
  const employerId = `acme-${n}`;
  const otherEmployerId = `globex-${n}`;
  const ids = { m: `p-m${n}`, w: `p-w${n}`, a: `p-a${n}`, t: `p-t${n}`, o: `p-o${n}`, c: `c-${n}`, c2: `c-o${n}` };
  return store.transaction(() => {
    store.employers.ensure(employerId, `Acme ${n} BV`);
    store.people.upsert(person(ids.m, employerId, `Piet Jansen ${n}`));
    store.roles.add({ personId: ids.m, employerId, role: 'manager', caseId: null });
    const actorId = relation === 'self' ? ids.w : ids.a;
    const managerId = relation === 'manager' ? ids.a : ids.m;
    if (relation === 'other-employer') {
      store.employers.ensure(otherEmployerId, `Globex ${n} BV`);
      store.people.upsert(person(ids.a, otherEmployerId, `Kees de Boer ${n}`));
    } else if (relation !== 'self') {
      store.people.upsert(person(ids.a, employerId, `Fatima El Amrani ${n}`));
    }
    store.people.upsert(person(ids.w, employerId, `Anna de Vries ${n}`, managerId));
    store.people.upsert(person(ids.t, employerId, `Jan Bakker ${n}`));
    const reporters = relation === 'reporter' ? [ids.m, ids.a] : [managerId];
    createCase(store, newCase(ids.c, employerId, ids.w, managerId, reporters, closedCase));
    store.roles.add({ personId: ids.t, employerId, role: 'arbeidsdeskundige', caseId: ids.c });

    const at = relation === 'other-employer' ? otherEmployerId : employerId;
    if (relation === 'assigned') {
      store.roles.add({ personId: actorId, employerId, role, caseId: ids.c });
    } else if (relation === 'none') {
      store.people.upsert(person(ids.o, employerId, `Ellen Smit ${n}`, ids.m));
      createCase(store, newCase(ids.c2, employerId, ids.o, ids.m, [ids.m], false));
      store.roles.add({ personId: actorId, employerId, role, caseId: ids.c2 });
    } else {
      store.roles.add({ personId: actorId, employerId: at, role, caseId: null });
    }
    const actor = actorFor(store, store.people.get(actorId)!);
    return {
      ctx: { store, now: amsterdamInstant(TODAY, '09:00') },
      actor, employerId, employeeId: ids.w, caseId: ids.c, targetId: ids.t,
    };
  });
}
