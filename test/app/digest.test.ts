import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildDigest, buildDigests, DIGEST_OPT_IN, digestDayOf, digestKey, digestStandingOf, isoWeekOf, setHrDigestOptIn, subscribeHrDigest,
} from '../../src/app/digest.js';
import { NotAllowedError } from '../../src/app/errors.js';
import { addDays } from '../../src/core/calendar/isoDate.js';
import { addRecords, P, schedWorld, sick, type World } from '../scheduler/support/world.js';

const MONDAY = '2026-02-16';

describe('digest timing', () => {
  it('is Monday, or the next working day when Monday is a holiday', () => {
    expect(digestDayOf('2026-02-18')).toBe('2026-02-16');
    expect(digestDayOf('2026-02-22')).toBe('2026-02-16');
    expect(digestDayOf('2026-04-08')).toBe('2026-04-07'); // Tweede Paasdag 2026-04-06
    expect(digestDayOf('2026-05-27')).toBe('2026-05-26'); // Tweede Pinksterdag 2026-05-25
  });

  it('is keyed per person and ISO week', () => {
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(digestKey(P.jan, MONDAY)).toBe('digest:p-jan:2026-W08');
  });
});

let w: World;
let anna: string;
let ellen: string;
let fatimaCase: string;
beforeEach(() => {
  w = schedWorld();
  // Anna: long case, plan of approach and probleemanalyse long ago, no voortgangsgesprek or spreekuur since.
  anna = sick(w, P.anna, '2025-09-01');
  addRecords(w, anna, MONDAY,
    { stepId: 'ziekmelding-arbodienst', kind: 'done', date: '2025-09-03' },
    { stepId: 'probleemanalyse', kind: 'done', date: '2025-10-01' },
    { stepId: 'plan-van-aanpak', kind: 'done', date: '2025-10-13' },
    { stepId: 'casemanager-aanwijzen', kind: 'done', date: '2025-10-13' },
    { stepId: 'financiele-voorlichting', kind: 'done', date: '2025-10-20' });
  // Ellen: reported last Thursday (new), probleemanalyse due within 14 days? No: day 42 is far; arbodienst due in 3 days.
  ellen = sick(w, P.ellen, '2026-02-12');
  // Fatima (HR) herself: melding-42e-week within 4 weeks (day 295 = 2026-03-02 → FSD 2025-05-12).
  fatimaCase = sick(w, P.fatima, '2025-05-12');
  for (const c of [anna, ellen]) w.store.roles.add({ personId: P.jan, employerId: 'acme', role: 'casemanager', caseId: c });
  w.store.roles.add({ personId: P.sanne, employerId: 'acme', role: 'casemanager', caseId: fatimaCase });
});
afterEach(() => w.cleanup());

describe('buildDigest', () => {
  it("lists a casemanager's open, new, overdue, upcoming and stalled cases", () => {
    const d = buildDigest(w.at(MONDAY), P.jan, MONDAY);
    expect(d.key).toBe('digest:p-jan:2026-W08');
    expect(d.open.map((c) => c.caseId).sort()).toEqual([anna, ellen].sort());
    expect(d.open.find((c) => c.caseId === anna)?.week).toBe(25);
    expect(d.new.map((c) => c.caseId)).toEqual([ellen]);
    expect(d.dueSoon).toContainEqual({ caseId: ellen, employeeId: P.ellen, stepId: 'ziekmelding-arbodienst', due: '2026-02-18' });
    expect(d.dueSoon.every((s) => s.due >= MONDAY && s.due <= addDays(MONDAY, 14))).toBe(true);
    // Voortgangsgesprek due 42 days after the plan (2025-11-24); spreekuur 91 days after the probleemanalyse (2025-12-31).
    expect(d.stagnation).toEqual([
      { caseId: anna, employeeId: P.anna, stepId: 'voortgangsgesprek', days: 126 },
      { caseId: anna, employeeId: P.anna, stepId: 'spreekuur-bedrijfsarts', days: 138 },
    ].sort((a, b) => b.days - a.days));
    expect(d.overdue.map((s) => s.stepId)).not.toContain('voortgangsgesprek');
    expect(d.upcoming42).toEqual([]);
    const text = JSON.stringify(d.message);
    expect(text).toContain('Weekoverzicht verzuim, ma 16 februari 2026');
    expect(text).toContain('Anna de Vries, week 25');
    expect(text).toContain('Anna de Vries: geen voortgangsgesprek in 126 dagen');
    expect(text).toContain('Ellen Smit: Ziekmelding bij arbodienst of bedrijfsarts, uiterlijk wo 18 februari 2026');
    expect(w.store.audit.list({ actorPersonId: P.jan })).toContainEqual(expect.objectContaining({ action: 'digest.receive', allowed: true }));
  });

  it('shows upcoming 42nd-week notifications, and never lists a casemanager\'s own case', () => {
    const d = buildDigest(w.at(MONDAY), P.sanne, MONDAY);
    expect(d.upcoming42).toEqual([{ caseId: fatimaCase, employeeId: P.fatima, stepId: 'melding-42e-week', due: '2026-03-02' }]);
    expect(JSON.stringify(d.message)).toContain('Binnenkort 42e-weekmelding (1)');
    w.store.roles.add({ personId: P.anna, employerId: 'acme', role: 'casemanager', caseId: null });
    // An employer-wide casemanager covers the cases without their own casemanager, never their own case.
    const jan = w.store.roles.listForCase(ellen)[0];
    w.store.roles.remove(jan);
    expect(buildDigest(w.at(MONDAY), P.anna, MONDAY).open.map((c) => c.caseId)).toEqual([ellen]);
  });

  it('gives HR all cases only after opting in, and refuses people without the role', () => {
    expect(buildDigests(w.at(MONDAY), MONDAY).map((d) => d.personId).sort()).toEqual([P.jan, P.sanne].sort());
    setHrDigestOptIn(w.store, P.fatima, true);
    const hr = buildDigests(w.at(MONDAY), MONDAY).find((d) => d.personId === P.fatima)!;
    expect(hr.open.map((c) => c.caseId).sort()).toEqual([anna, ellen].sort()); // not her own case
    setHrDigestOptIn(w.store, P.fatima, false);
    expect(buildDigests(w.at(MONDAY), MONDAY).map((d) => d.personId)).not.toContain(P.fatima);
    expect(() => buildDigest(w.at(MONDAY), P.piet, MONDAY)).toThrow(NotAllowedError);
  });

  it('writes no audit entry in a dry run, and says so when nothing needs attention', () => {
    const before = w.store.audit.list().length;
    buildDigests(w.at(MONDAY), MONDAY, { audit: false });
    expect(w.store.audit.list().length).toBe(before);
    w.store.people.setLocale(P.sanne, 'en');
    addRecords(w, fatimaCase, MONDAY, ...(['ziekmelding-werkgever', 'ziekmelding-arbodienst', 'probleemanalyse', 'plan-van-aanpak', 'casemanager-aanwijzen',
      'financiele-voorlichting', 'voortgangsgesprek', 'spreekuur-bedrijfsarts'] as const).map((stepId) => ({ stepId, kind: 'done' as const, date: '2026-02-10' })));
    const d = buildDigest({ store: w.store, now: new Date() }, P.sanne, '2026-03-09');
    expect(d.overdue.map((s) => s.stepId)).toEqual(['melding-42e-week']);
    expect(JSON.stringify(d.message)).toContain('Weekly absence digest');
  });
});

describe('subscribeHrDigest', () => {
  const digestEntries = (personId: string) => w.store.audit.list({ actorPersonId: personId }).filter((e) => e.action === 'digest.receive');

  it('lets HR switch the all-cases digest on and off, audited each time', () => {
    const ctx = w.at(MONDAY);
    expect(digestStandingOf(ctx, w.actor(P.fatima))).toBe('hr-off');
    expect(subscribeHrDigest(ctx, w.actor(P.fatima), true)).toEqual({ standing: 'hr-on', changed: true });
    expect(w.store.kv.get(DIGEST_OPT_IN, P.fatima)).toBe(true);
    expect(digestStandingOf(ctx, w.actor(P.fatima))).toBe('hr-on');
    expect(subscribeHrDigest(ctx, w.actor(P.fatima), true)).toEqual({ standing: 'hr-on', changed: false });
    expect(buildDigests(ctx, MONDAY, { audit: false }).map((d) => d.personId)).toContain(P.fatima);
    expect(subscribeHrDigest(ctx, w.actor(P.fatima), false)).toEqual({ standing: 'hr-off', changed: true });
    expect(w.store.kv.get(DIGEST_OPT_IN, P.fatima)).toBeUndefined();
    expect(digestEntries(P.fatima).map((e) => [e.allowed, e.reason, e.caseId])).toEqual([
      [true, 'digest.hr-opt-in', null], [true, 'digest.hr-opt-in', null], [true, 'digest.hr-opt-out', null],
    ]);
  });

  it('tells a casemanager their own digest comes anyway, and writes no flag', () => {
    const ctx = w.at(MONDAY);
    expect(digestStandingOf(ctx, w.actor(P.jan))).toBe('casemanager');
    expect(subscribeHrDigest(ctx, w.actor(P.jan), true)).toEqual({ standing: 'casemanager', changed: false });
    expect(w.store.kv.get(DIGEST_OPT_IN, P.jan)).toBeUndefined();
    expect(digestEntries(P.jan)).toEqual([expect.objectContaining({ allowed: true, reason: 'allowed.casemanager' })]);
  });

  it('refuses everyone else kindly, audits the refusal and writes nothing', () => {
    const ctx = w.at(MONDAY);
    for (const id of [P.piet, P.ellen, P.anna, P.bert, P.kees]) {
      expect(digestStandingOf(ctx, w.actor(id)), id).toBe('none');
      const err = (() => { try { subscribeHrDigest(ctx, w.actor(id), true); } catch (e) { return e; } })();
      expect(err, id).toBeInstanceOf(NotAllowedError);
      expect((err as NotAllowedError).userMessage.nl).toContain('Alleen HR');
      expect((err as NotAllowedError).userMessage.en).toContain('Only HR');
      expect(w.store.kv.get(DIGEST_OPT_IN, id), id).toBeUndefined();
      expect(digestEntries(id), id).toEqual([expect.objectContaining({ allowed: false, reason: 'refused.role', caseId: null })]);
    }
    expect(() => subscribeHrDigest(ctx, w.actor(P.piet), false)).toThrow(NotAllowedError);
  });
});
