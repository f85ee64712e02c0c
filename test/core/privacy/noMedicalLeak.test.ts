// Property: text the guard refuses never appears in anything the core produces (audit entries, colleague notices,
// intake guard results, validation errors, policy decisions) — wherever that text is fed in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditEntry, systemAuditEntry } from '../../../src/core/audit.js';
import { authorize } from '../../../src/core/policy/authorize.js';
import { ASSIGNMENT_REASONS, REFUSAL_REASONS, WARN_MANAGER_AS_CASEMANAGER } from '../../../src/core/policy/messages.js';
import { ACTIONS, ROLES } from '../../../src/core/roles.js';
import { colleagueNotice } from '../../../src/core/privacy/colleagueNotice.js';
import { checkText } from '../../../src/core/privacy/guard/index.js';
import { guardIntake, intakeSchema } from '../../../src/core/privacy/intake.js';

// Invented medical fragments, Dutch and English, in the guard's categories.
const FRAGMENTS = [
  'hernia', 'rugpijn', 'knieoperatie', 'migraine', 'burn-out', 'griep', 'zwanger', 'depressie', 'antibiotica',
  'fysiotherapeut', 'gebroken been', 'door de werkdruk', 'hoofdpijn', 'longontsteking', 'psycholoog', 'chemotherapie',
  'back pain', 'pregnant', 'knee surgery', 'antidepressants', 'broken arm', 'flu', 'depression', 'physiotherapist',
];
const FILLER = ['Anna', 'heeft', 'last van', 'sinds maandag', 'and', 'has', 'the', 'since Monday', 'ze', 'wegens', 'met', ',', '.', 'veel'];

const words = fc.array(fc.constantFrom(...FILLER), { maxLength: 4 });
/** A sentence with a medical fragment in it, that the guard refuses. */
const medicalText = fc.tuple(words, fc.constantFrom(...FRAGMENTS), words, fc.constantFrom('', '!', '?', '.'))
  .map(([a, f, b, p]) => ({ text: [...a, f, ...b].join(' ') + p, fragment: f }))
  .filter(({ text }) => checkText(text).medical);
/** Medical fragments alone, as a sloppy caller might pass them into an id or code. */
const bareFragment = fc.constantFrom(...FRAGMENTS).filter((f) => checkText(f).medical).map((f) => ({ text: f, fragment: f }));
const anyMedical = fc.oneof(medicalText, bareFragment);

function leaks(output: unknown, m: { text: string; fragment: string }): boolean {
  const s = (typeof output === 'string' ? output : JSON.stringify(output)).toLowerCase();
  return s.includes(m.text.toLowerCase().trim()) || s.includes(m.fragment.toLowerCase());
}

const now = new Date('2026-03-10T09:00:00Z');
const RUNS = { numRuns: 300 };

describe('no medical text leaks out of the core', () => {
  it('the guard refuses our fragments (else the properties below would prove nothing)', () => {
    const refused = FRAGMENTS.filter((f) => checkText(`Anna heeft ${f}`).medical);
    console.log(`guard refuses ${refused.length}/${FRAGMENTS.length} fragments in a sentence`);
    expect(refused.length).toBeGreaterThanOrEqual(FRAGMENTS.length - 2);
  });

  it('colleague notices leave refused handovers out', () => {
    fc.assert(fc.property(anyMedical, fc.constantFrom('nl', 'en'), fc.boolean(), (m, locale, withOther) => {
      const handovers = [{ who: 'Piet', what: m.text }];
      if (withOther) handovers.push({ who: 'Jan Bakker', what: 'de planning' });
      const n = colleagueNotice({ employeeName: 'Anna de Vries', expectedReturn: '2026-04-01', handovers, locale });
      expect(leaks(n, m)).toBe(false);
      expect(n.toLowerCase()).not.toContain('ziek');
    }), RUNS);
  });

  it('audit entries never hold it, in whatever field it is passed', () => {
    fc.assert(fc.property(anyMedical, fc.constantFrom(...ACTIONS), fc.boolean(), (m, action, allowed) => {
      const dotted = 'refused.' + m.text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      for (const entry of [
        auditEntry({ actorPersonId: m.text, action, caseId: m.text, decision: { allowed, reason: m.text }, now }),
        auditEntry({ actorPersonId: m.fragment, action, caseId: m.fragment, decision: { allowed, reason: dotted }, now }),
        systemAuditEntry(dotted, now, m.fragment),
      ]) {
        expect(leaks(entry, m)).toBe(false);
      }
    }), RUNS);
  });

  it('keeps every reason code the policy produces (the guard does not trip over them)', () => {
    const retention = ['case-closed-2y', 'case-closed-own-risk-5y', 'employment-ended-2y', 'employment-ended-own-risk-5y', 'audit-with-case', 'audit-with-person'];
    const codes = [
      ...REFUSAL_REASONS, ...ASSIGNMENT_REASONS, WARN_MANAGER_AS_CASEMANAGER, 'allowed.self', 'allowed.manager', 'allowed.same-employer',
      ...ROLES.map((r) => `allowed.${r}`), ...retention.map((r) => `retention.${r}`),
    ];
    for (const reason of codes) {
      expect(auditEntry({ actorPersonId: 'p-1', action: 'case.read.absence', caseId: 'c-1', decision: { allowed: true, reason }, now }).reason).toBe(reason);
    }
  });

  it('the intake guard reports fields and categories only', () => {
    fc.assert(fc.property(anyMedical, (m) => {
      const r = guardIntake({ phone: m.text, address: m.text, workHandover: m.text });
      expect(r.medical).toBe(true);
      expect(Object.keys(r.refused).sort()).toEqual(['address', 'phone', 'workHandover']);
      expect(leaks(r, m)).toBe(false);
    }), RUNS);
  });

  it('intake validation errors never echo it', () => {
    fc.assert(fc.property(anyMedical, fc.constantFrom('expectedDuration', 'workAccident', 'trafficAccidentThirdParty', 'safetyNet', 'firstSickDay', 'phone'), (m, field) => {
      const r = intakeSchema.safeParse({
        employee: 'anna', firstSickDay: '2026-03-02', expectedDuration: 'days', workAccident: 'no',
        trafficAccidentThirdParty: 'no', safetyNet: 'no', [field]: m.text,
      });
      expect(r.success).toBe(false);
      if (!r.success) expect(leaks(r.error.issues, m) || leaks(r.error.message, m)).toBe(false);
    }), RUNS);
  });

  it('policy decisions never echo ids or text they were given', () => {
    fc.assert(fc.property(anyMedical, fc.constantFrom(...ACTIONS), (m, action) => {
      const d = authorize(
        { personId: m.text, employerId: 'acme', assignments: [{ personId: m.text, employerId: 'acme', role: 'hr', caseId: null }] },
        action,
        { caseId: m.fragment, employerId: 'acme', employeeId: 'anna', managerOfRecordId: null, reporterIds: [] },
        { stepId: 'probleemanalyse', subjectPersonId: m.text },
      );
      expect(leaks(d, m)).toBe(false);
    }), RUNS);
  });
});
