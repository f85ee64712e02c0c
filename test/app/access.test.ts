// The use cases' audit writes: one helper, always through auditEntry(), same content as before, never user text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditDecision, auditOperator, requireAllowed, writeAudit } from '../../src/app/access.js';
import { NotAllowedError } from '../../src/app/errors.js';
import { INVALID_ID, INVALID_REASON } from '../../src/core/audit.js';
import { P, world, type World } from './helpers.js';

let w: World;
beforeEach(() => { w = world(); });
afterEach(() => w.cleanup());

const CASE = { caseId: 'c_1', employerId: 'acme', employeeId: P.anna, managerOfRecordId: P.piet, reporterIds: [P.piet] };

describe('audit writes of the use cases', () => {
  it('keeps the entry of a decision as it was: who, what, which case, when, outcome, reason, step', () => {
    const ctx = w.at('2025-02-20');
    auditDecision(ctx, w.actor(P.piet), 'step.complete', 'c_1', { allowed: true, reason: 'allowed.manager' }, 'probleemanalyse');
    auditDecision(ctx, w.actor(P.ellen), 'case.read.absence', 'c_1', { allowed: false, reason: 'refused.role' });
    auditOperator(ctx, 'employer.configure');
    expect(w.store.audit.list({})).toEqual([
      { at: ctx.now.toISOString(), actorPersonId: P.piet, action: 'step.complete', caseId: 'c_1', allowed: true, reason: 'allowed.manager', stepId: 'probleemanalyse' },
      { at: ctx.now.toISOString(), actorPersonId: P.ellen, action: 'case.read.absence', caseId: 'c_1', allowed: false, reason: 'refused.role', stepId: null },
      { at: ctx.now.toISOString(), actorPersonId: null, action: 'employer.configure', caseId: null, allowed: true, reason: 'cli.operator', stepId: null },
    ]);
  });

  it('audits a refusal by requireAllowed with the policy reason before throwing', () => {
    expect(() => requireAllowed(w.at('2025-02-20'), w.actor(P.ellen), 'case.read.absence', CASE)).toThrow(NotAllowedError);
    expect(w.store.audit.list({ actorPersonId: P.ellen })).toEqual([
      expect.objectContaining({ action: 'case.read.absence', caseId: 'c_1', allowed: false, reason: 'refused.role' }),
    ]);
  });

  it('never stores user text, even when a caller wires it in by mistake', () => {
    const ctx = w.at('2025-02-20');
    auditDecision(ctx, w.actor(P.piet), 'case.report', 'Anna heeft griep', { allowed: true, reason: 'Anna heeft griep' });
    writeAudit(ctx, { actorPersonId: 'zit thuis met hernia', action: 'case.report', caseId: null, decision: { allowed: false, reason: 'refused.hernia' } });
    const [a, b] = w.store.audit.list({});
    expect(a).toMatchObject({ actorPersonId: P.piet, caseId: INVALID_ID, reason: INVALID_REASON });
    expect(b).toMatchObject({ actorPersonId: INVALID_ID, reason: INVALID_REASON, allowed: false });
    w.store.close();
    expect(w.dbBytes()).not.toContain('griep');
    expect(w.dbBytes()).not.toContain('hernia');
  });

  it('builds every audit entry in src/app with the core builder; the use cases write through one helper', () => {
    const dir = join(import.meta.dirname, '../../src/app');
    const appends = readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((f) => {
      const src = readFileSync(join(dir, f), 'utf8');
      return [...src.matchAll(/audit\.append\(([^\n]*)/g)].map((m) => ({ file: f, call: m[1] }));
    });
    expect(appends.length).toBeGreaterThan(0);
    for (const a of appends) expect(a.call, a.file).toMatch(/^(auditEntry|systemAuditEntry)\(/);
    // The use cases themselves (not the scheduler jobs) append in exactly one place: writeAudit.
    const mine = appends.filter((a) => !/remind|digest|purge|schedul/i.test(a.file));
    expect(mine).toEqual([{ file: 'access.ts', call: expect.stringMatching(/^auditEntry\(/) }]);
  });
});
