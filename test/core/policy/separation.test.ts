import { describe, expect, it } from 'vitest';
import { checkAssignment } from '../../../src/core/policy/separation.js';
import type { RoleAssignment } from '../../../src/core/policy/types.js';
import type { Role } from '../../../src/core/roles.js';

const E1 = 'emp-acme';
function ra(personId: string, role: Role, caseId: string | null = null, employerId = E1): RoleAssignment {
  return { personId, employerId, role, caseId };
}

describe('checkAssignment', () => {
  it('allows a plain assignment', () => {
    expect(checkAssignment([], ra('fatima', 'casemanager', 'c1'))).toEqual({ ok: true });
    expect(checkAssignment([ra('fatima', 'hr')], ra('fatima', 'arbeidsdeskundige', 'c1'))).toEqual({ ok: true });
  });

  it('refuses casemanager and casemanager-td for one person at one employer, in either order and on any cases', () => {
    const pairs: Array<[RoleAssignment, RoleAssignment]> = [
      [ra('fatima', 'casemanager'), ra('fatima', 'casemanager-td')],
      [ra('fatima', 'casemanager-td'), ra('fatima', 'casemanager')],
      [ra('fatima', 'casemanager', 'c1'), ra('fatima', 'casemanager-td', 'c2')],
      [ra('fatima', 'casemanager-td', 'c1'), ra('fatima', 'casemanager', 'c1')],
    ];
    for (const [current, proposed] of pairs) {
      const r = checkAssignment([current], proposed);
      expect(r).toMatchObject({ ok: false, reason: 'refused.casemanager-and-td' });
      if (!r.ok) {
        expect(r.message.nl).toMatch(/geen dubbele pet/i);
        expect(r.message.en.length).toBeGreaterThan(20);
      }
    }
  });

  it('only looks at the same person at the same employer', () => {
    expect(checkAssignment([ra('bram', 'casemanager-td')], ra('fatima', 'casemanager')).ok).toBe(true);
    expect(checkAssignment([ra('fatima', 'casemanager-td', null, 'emp-other')], ra('fatima', 'casemanager')).ok).toBe(true);
  });

  it('refuses a case’s casemanager as its arbeidsdeskundige or loonwaardedeskundige, and vice versa', () => {
    for (const expert of ['arbeidsdeskundige', 'loonwaardedeskundige'] as const) {
      expect(checkAssignment([ra('fatima', 'casemanager', 'c1')], ra('fatima', expert, 'c1'))).toMatchObject({ ok: false, reason: 'refused.casemanager-and-expert' });
      expect(checkAssignment([ra('fatima', expert, 'c1')], ra('fatima', 'casemanager', 'c1'))).toMatchObject({ ok: false, reason: 'refused.casemanager-and-expert' });
      // employer-wide on either side covers every case
      expect(checkAssignment([ra('fatima', 'casemanager')], ra('fatima', expert, 'c1'))).toMatchObject({ ok: false, reason: 'refused.casemanager-and-expert' });
      expect(checkAssignment([ra('fatima', expert, 'c3')], ra('fatima', 'casemanager'))).toMatchObject({ ok: false, reason: 'refused.casemanager-and-expert' });
      // different cases are fine
      expect(checkAssignment([ra('fatima', 'casemanager', 'c1')], ra('fatima', expert, 'c2')).ok).toBe(true);
      const r = checkAssignment([ra('fatima', 'casemanager', 'c1')], ra('fatima', expert, 'c1'));
      if (!r.ok) expect(r.message.nl).toMatch(/geen dubbele pet/i);
    }
  });

  it('warns once when a manager becomes casemanager', () => {
    const first = checkAssignment([ra('piet', 'manager')], ra('piet', 'casemanager', 'c1'), { isManagerOfEmployeeOnCase: true });
    expect(first).toMatchObject({ ok: true, warningCode: 'warn.manager-as-casemanager' });
    if (first.ok) expect(first.warning?.nl).toMatch(/leidinggevende/);
    const again = checkAssignment([ra('piet', 'manager')], ra('piet', 'casemanager', 'c2'), { isManagerOfEmployeeOnCase: true, warnedBefore: true });
    expect(again).toEqual({ ok: true });
    // employer-wide casemanager for someone who manages people there
    expect(checkAssignment([ra('piet', 'manager')], ra('piet', 'casemanager'))).toMatchObject({ ok: true, warningCode: 'warn.manager-as-casemanager' });
    // not the manager of this employee: no warning
    expect(checkAssignment([ra('piet', 'manager')], ra('piet', 'casemanager', 'c1'), { isManagerOfEmployeeOnCase: false })).toEqual({ ok: true });
  });

  it('refuses employer-wide roles on a single case and repeats', () => {
    expect(checkAssignment([], ra('fatima', 'hr', 'c1'))).toMatchObject({ ok: false, reason: 'refused.role-not-case-assigned' });
    expect(checkAssignment([ra('fatima', 'hr')], ra('fatima', 'hr'))).toMatchObject({ ok: false, reason: 'refused.already-assigned' });
    expect(checkAssignment([ra('fatima', 'casemanager', 'c1')], ra('fatima', 'casemanager', 'c2')).ok).toBe(true);
  });
});
