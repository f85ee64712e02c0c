// The audit entry builder (src/core/audit.ts): ids and codes only, from authorize()'s decisions.
import { describe, expect, it } from 'vitest';
import { auditEntry, INVALID_ID, INVALID_REASON, systemAuditEntry } from '../../../src/core/audit.js';
import { authorize } from '../../../src/core/policy/authorize.js';
import type { Action } from '../../../src/core/roles.js';

const now = new Date('2026-03-10T08:30:00.000Z');
const CASE = { caseId: 'case-7f3a', employerId: 'acme', employeeId: 'anna', managerOfRecordId: 'piet', reporterIds: [] };

describe('auditEntry', () => {
  it('records who, what, which case, when, the outcome and the reason code', () => {
    const actor = { personId: 'insurer-1', employerId: 'acme', assignments: [] };
    const d = authorize(actor, 'case.read.absence', CASE);
    expect(auditEntry({ actorPersonId: actor.personId, action: 'case.read.absence', caseId: CASE.caseId, decision: d, now })).toEqual({
      at: '2026-03-10T08:30:00.000Z', actorPersonId: 'insurer-1', action: 'case.read.absence', caseId: 'case-7f3a',
      allowed: false, reason: 'refused.role', stepId: null,
    });
    const ok = auditEntry({ actorPersonId: 'piet', action: 'step.complete', caseId: CASE.caseId, decision: { allowed: true, reason: 'allowed.manager' }, now, stepId: 'probleemanalyse' });
    expect(ok).toMatchObject({ allowed: true, reason: 'allowed.manager', stepId: 'probleemanalyse' });
  });

  it('keeps no refusal message or other text of a decision', () => {
    const d = authorize({ personId: 'jan', employerId: 'acme', assignments: [] }, 'plan.agree', CASE);
    const e = auditEntry({ actorPersonId: 'jan', action: 'plan.agree', caseId: CASE.caseId, decision: d, now });
    expect(Object.keys(e).sort()).toEqual(['action', 'actorPersonId', 'allowed', 'at', 'caseId', 'reason', 'stepId']);
    expect(d.allowed).toBe(false);
    if (!d.allowed) {
      expect(JSON.stringify(e)).not.toContain(d.message.nl.slice(0, 20));
      expect(JSON.stringify(e)).not.toContain(d.message.en.slice(0, 20));
    }
  });

  it('replaces anything that is not an id or a code by a marker', () => {
    const e = auditEntry({
      actorPersonId: 'Piet zegt: ze is al weken thuis', action: 'system', caseId: 'x'.repeat(200),
      decision: { allowed: false, reason: 'Refused because she is at home' }, now, stepId: 'no-such-step' as never,
    });
    expect(e).toMatchObject({ actorPersonId: INVALID_ID, caseId: INVALID_ID, reason: INVALID_REASON, stepId: null });
    expect(auditEntry({ actorPersonId: null, action: 'nonsense' as Action, caseId: null, decision: { allowed: true, reason: 'x' }, now }))
      .toMatchObject({ action: 'system', actorPersonId: null, caseId: null, reason: INVALID_REASON });
  });

  it('accepts the id forms the platforms and the store use', () => {
    for (const id of ['U024BE7LH', '29:1abc-def', 'anna.de.vries@example.nl', '3f1c2b9e-6a8d-4c1e-9f00-1234567890ab', 'p_42']) {
      expect(auditEntry({ actorPersonId: id, action: 'case.report', caseId: id, decision: { allowed: true, reason: 'allowed.self' }, now }).actorPersonId).toBe(id);
    }
  });

  it('builds system entries', () => {
    expect(systemAuditEntry('retention.case-closed-2y', now, 'case-1')).toEqual({
      at: now.toISOString(), actorPersonId: null, action: 'system', caseId: 'case-1', allowed: true, reason: 'retention.case-closed-2y', stepId: null,
    });
  });
});
