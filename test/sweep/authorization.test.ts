// The authorization sweep (issue 8): every use case × every role × every relation to the case, through the
// public use-case API on a real SQLite file, compared with a table written from domain.md §6 (expected.ts).
// Bar: 0 unexpected allows. Also: no absence/contact data in read answers, and every decision audited.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as app from '../../src/app/index.js';
import { NotAllowedError, NotFoundError } from '../../src/app/index.js';
import { ROLES } from '../../src/core/roles.js';
import type { Store } from '../../src/ports/store.js';
import { openStore } from '../../src/store/index.js';
import { expectedAllowed, SWEEP_RELATIONS, type Standing } from './expected.js';
import { NOT_SWEPT, remindersByCase, SWEPT, tasksOnCase, type SweptUseCase } from './useCases.js';
import { buildScene, SENTINELS, type Scene } from './world.js';

type Outcome = 'allowed' | 'refused' | 'hidden';
interface Finding { useCase: string; role: string; relation: string; detail: string }

let dir: string;
let store: Store;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verzuimbot-sweep-'));
  store = openStore(join(dir, 'sweep.db'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs one use case; NotAllowedError = refused, NotFoundError = hidden (refused without saying it exists). */
function run(u: SweptUseCase, s: Scene): { outcome: Outcome; value?: unknown } {
  try {
    const r = u.call(s);
    if (r.kind === 'list') return { outcome: r.listed ? 'allowed' : 'refused', value: r.value };
    return { outcome: 'allowed', value: r.value };
  } catch (err) {
    if (err instanceof NotAllowedError) return { outcome: 'refused' };
    if (err instanceof NotFoundError) return { outcome: 'hidden' };
    throw err;
  }
}

/** True when the answer contains a planted absence/contact value. */
function carriesAbsence(value: unknown): boolean {
  const json = JSON.stringify(value ?? null);
  return Object.values(SENTINELS).some((v) => json.includes(v));
}

describe('authorization sweep', () => {
  it('covers every export of src/app/index.ts (swept or listed as not applicable)', () => {
    const swept = new Set(SWEPT.flatMap((u) => u.exports));
    const missing = Object.keys(app).filter((k) => !swept.has(k) && !(k in NOT_SWEPT));
    expect(missing).toEqual([]);
  });

  it('allows nothing the domain forbids, for every use case × role × relation', () => {
    let n = 0;
    let tried = 0;
    const counts = { allowed: 0, refused: 0, hidden: 0, taskChecks: 0, reminderChecks: 0 };
    const unexpectedAllows: Finding[] = [];
    const unexpectedRefusals: Finding[] = [];
    const leaks: Finding[] = [];
    const unaudited: Finding[] = [];
    const started = Date.now();

    for (const u of SWEPT) {
      for (const role of ROLES) {
        for (const relation of SWEEP_RELATIONS) {
          const standing: Standing = { role, relation };
          const s = buildScene(store, ++n, relation, role, u.closedCase === true);
          const auditBefore = store.audit.list({ actorPersonId: s.actor.personId }).length;
          const { outcome, value } = run(u, s);
          tried++;
          counts[outcome]++;
          const want = expectedAllowed(u.expected, standing);
          const f = (detail: string): Finding => ({ useCase: u.name, role, relation, detail });
          if (outcome === 'allowed' && !want) unexpectedAllows.push(f('allowed'));
          if (outcome !== 'allowed' && want) unexpectedRefusals.push(f(outcome));
          const mayReadAbsence = u.mayCarryAbsence || expectedAllowed({ kind: 'case.read.absence' }, standing);
          if (outcome === 'allowed' && !mayReadAbsence && carriesAbsence(value)) leaks.push(f('absence data in answer'));
          // Every access decision on a case the actor can see is audited (a hidden case has no decision).
          if (u.audited !== false && outcome !== 'hidden' && !(outcome === 'refused' && value !== undefined)) {
            const entries = store.audit.list({ actorPersonId: s.actor.personId }).slice(auditBefore);
            if (!entries.some((e) => e.allowed === (outcome === 'allowed'))) unaudited.push(f(`no ${outcome} audit entry`));
          }
        }
      }
    }

    // myTasks and reminders: filters, swept for leaks only (every task or reminder the actor gets about the case
    // must be one the actor may act on and read).
    const leakScenes: Array<{ s: Scene; standing: Standing }> = [];
    for (const role of ROLES) {
      for (const relation of SWEEP_RELATIONS) {
        const standing: Standing = { role, relation };
        const s = buildScene(store, ++n, relation, role);
        leakScenes.push({ s, standing });
        for (const t of tasksOnCase(s)) {
          tried++;
          counts.taskChecks++;
          if (!expectedAllowed({ kind: 'step', stepId: t.stepId }, standing) || !expectedAllowed({ kind: 'case.read.process' }, standing)) {
            unexpectedAllows.push({ useCase: `myTasks(${t.stepId})`, role, relation, detail: 'listed' });
          }
          if (!expectedAllowed({ kind: 'case.read.absence' }, standing) && carriesAbsence(t.value)) leaks.push({ useCase: 'myTasks', role, relation, detail: 'absence data in task' });
        }
      }
    }
    const reminders = remindersByCase(leakScenes[0].s.ctx);
    for (const { s, standing } of leakScenes) {
      for (const r of reminders.get(s.caseId) ?? []) {
        if (r.personId !== s.actor.personId) continue;
        tried++;
        counts.reminderChecks++;
        if (!expectedAllowed({ kind: 'step', stepId: r.stepId }, standing) || !expectedAllowed({ kind: 'case.read.process' }, standing)) {
          unexpectedAllows.push({ useCase: `dueReminders(${r.stepId})`, role: standing.role, relation: standing.relation, detail: 'reminded' });
        }
        if (!expectedAllowed({ kind: 'case.read.absence' }, standing) && carriesAbsence(r.value)) leaks.push({ useCase: 'dueReminders', role: standing.role, relation: standing.relation, detail: 'absence data in reminder' });
      }
    }

    const ms = Date.now() - started;
    console.log(
      `authorization sweep: ${new Set(SWEPT.flatMap((u) => u.exports)).size + 2} exports of src/app/index.ts swept (${SWEPT.length} variants; myTasks and `
      + `dueReminders as filters) — ${SWEPT.length} variants × ${ROLES.length} roles × ${SWEEP_RELATIONS.length} relations = `
      + `${SWEPT.length * ROLES.length * SWEEP_RELATIONS.length} combinations + ${counts.taskChecks} myTasks listings `
      + `+ ${counts.reminderChecks} reminders = ${tried} checks in ${ms} ms; `
      + `allowed ${counts.allowed}, refused ${counts.refused}, hidden (not found) ${counts.hidden}; `
      + `unexpected allows ${unexpectedAllows.length}, unexpected refusals ${unexpectedRefusals.length}, `
      + `absence leaks ${leaks.length}, unaudited decisions ${unaudited.length}`,
    );
    for (const x of [...unexpectedAllows, ...unexpectedRefusals, ...leaks, ...unaudited].slice(0, 40)) console.log('  ', JSON.stringify(x));

    expect(unexpectedAllows).toEqual([]);
    expect(leaks).toEqual([]);
    expect(unaudited).toEqual([]);
    expect(unexpectedRefusals).toEqual([]);
    // The sweep must have exercised both sides of the table, or it proves nothing.
    expect(counts.allowed).toBeGreaterThan(300);
    expect(counts.refused).toBeGreaterThan(300);
  });
});
