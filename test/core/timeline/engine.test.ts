import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../../../src/core/timeline/engine.js';
import { STEP_IDS } from '../../../src/core/timeline/stepIds.js';
import { duesOf, makeCase, p, stepsOf } from './helpers.js';

describe('public vectors (domain.md §4)', () => {
  it('FSD 2025-01-06, ongoing', () => {
    const c = makeCase([p('2025-01-06')], { employer: { insured: true, ownRiskZiektewet: false }, safetyNet: 'yes' });
    const s = stepsOf(c, '2025-01-06');
    expect(s.probleemanalyse?.due).toBe('2025-02-16');
    expect(s['plan-van-aanpak']?.due).toBe('2025-03-02');
    expect(s['melding-42e-week']?.due).toBe('2025-10-27');
    expect(s.eerstejaarsevaluatie?.windowStart).toBe('2025-11-17');
    expect(s.eerstejaarsevaluatie?.due).toBe('2026-01-04');
    expect(s['spoor-2']?.due).toBe('2026-02-15');
    expect(s['wia-brief-uwv']?.due).toBe('2026-09-14');
    expect(s['re-integratieverslag']?.due).toBe('2026-10-04');
    expect(s['wia-aanvraag']?.due).toBe('2026-10-18');
    expect(s['einde-wachttijd']?.due).toBe('2027-01-03');
  });
  it('FSD 2025-01-06: every other step of the catalog (hand-computed)', () => {
    const c = makeCase([p('2025-01-06')], { employer: { insured: true, ownRiskZiektewet: false }, safetyNet: 'yes' });
    expect(duesOf(c)).toEqual({
      'ziekmelding-werkgever': '2025-01-06', 'ziekmelding-arbodienst': '2025-01-12', 'melding-verzekeraar': '2025-01-07',
      'vangnet-melding-uwv': '2025-01-09', probleemanalyse: '2025-02-16', 'casemanager-aanwijzen': '2025-03-02',
      'plan-van-aanpak': '2025-03-02', 'financiele-voorlichting': '2025-03-02', voortgangsgesprek: '2025-04-13',
      'spreekuur-bedrijfsarts': '2025-05-18', 'melding-42e-week': '2025-10-27', eerstejaarsevaluatie: '2026-01-04',
      'izp-fml': '2025-12-28', 'arbeidsdeskundig-onderzoek': '2025-12-28', 'pre-wia-scan-1': '2025-12-28',
      'spoor-2': '2026-02-15', 'pre-wia-scan-2': '2026-02-08', 'vervroegde-iva': '2026-04-26',
      'actueel-oordeel-bedrijfsarts': '2026-09-06', 'wia-brief-uwv': '2026-09-14', 're-integratieverslag': '2026-10-04',
      eindevaluatie: '2026-10-04', 'wia-aanvraag': '2026-10-18', 'wia-ontvangstbevestiging': '2026-11-01',
      'wia-uitnodiging': '2026-12-06', 'ingebrekestelling-uwv': '2026-12-13', 'voorlichting-na-104-weken': '2026-12-27',
      'einde-wachttijd': '2027-01-03', 'einde-loondoorbetaling': '2027-01-03',
    });
    expect(stepsOf(c, '2025-01-06')['vervroegde-iva']?.windowStart).toBe('2025-01-27');
  });
  it('periods 2025-03-03..2025-04-13 and 2025-05-05..open merge (21 healthy days)', () => {
    const t = computeTimeline(makeCase([p('2025-03-03', '2025-04-13'), p('2025-05-05')]), '2025-06-01');
    const s = Object.fromEntries(t.steps.map((x) => [x.id, x]));
    expect(t.firstSickDay).toBe('2025-03-03');
    expect(s['melding-42e-week'].due).toBe('2026-01-12');
    expect(s['einde-wachttijd'].due).toBe('2027-03-21');
  });
  it('FSD 2026-09-05 (a Saturday): day 295 is Saturday 2027-06-26, notification Monday 2027-06-28', () => {
    const s = stepsOf(makeCase([p('2026-09-05')]), '2026-09-05');
    expect(s['melding-42e-week']?.due).toBe('2027-06-28');
    expect(s['melding-42e-week']?.legalDue).toBe('2027-06-28');
  });
});

describe('counting time (§2)', () => {
  it('crosses a year boundary in calendar days, weekends included', () => {
    const d = duesOf(makeCase([p('2025-12-29')]));
    expect(d['ziekmelding-arbodienst']).toBe('2026-01-04'); // a Sunday: only the 42nd-week rule moves to a working day
    expect(d.probleemanalyse).toBe('2026-02-08');
    expect(d['melding-42e-week']).toBe('2026-10-19');
    expect(d.eerstejaarsevaluatie).toBe('2026-12-27');
    expect(d['einde-wachttijd']).toBe('2027-12-26');
  });
  it('counts a leap day as a day', () => {
    const d = duesOf(makeCase([p('2027-03-01')]));
    expect(d.eerstejaarsevaluatie).toBe('2028-02-27');
    expect(d['spoor-2']).toBe('2028-04-09');
    expect(d['einde-wachttijd']).toBe('2029-02-25');
    expect(duesOf(makeCase([p('2028-01-19')])).probleemanalyse).toBe('2028-02-29');
  });
  it('handles a Sunday first sick day', () => {
    const d = duesOf(makeCase([p('2025-01-05')]));
    expect(d['ziekmelding-werkgever']).toBe('2025-01-05');
    expect(d.probleemanalyse).toBe('2025-02-15');
    expect(d['melding-42e-week']).toBe('2025-10-27'); // day 295 = Sunday 2025-10-26
    expect(d['einde-wachttijd']).toBe('2027-01-02');
  });
  it('reports the week of illness on the as-of date, counting sick days only', () => {
    const single = makeCase([p('2025-01-06')]);
    expect(computeTimeline(single, '2025-01-06').weekOfIllness).toBe(1);
    expect(computeTimeline(single, '2025-01-12').weekOfIllness).toBe(1);
    expect(computeTimeline(single, '2025-01-13').weekOfIllness).toBe(2);
    expect(computeTimeline(single, '2025-01-05').weekOfIllness).toBeNull();
    const merged = makeCase([p('2025-03-03', '2025-04-13'), p('2025-05-05')]);
    expect(computeTimeline(merged, '2025-04-20').weekOfIllness).toBeNull(); // healthy between periods
    expect(computeTimeline(merged, '2025-05-05').weekOfIllness).toBe(7); // sick day 43
    expect(computeTimeline(makeCase([p('2025-03-03', '2025-04-13')]), '2025-05-01').weekOfIllness).toBeNull();
  });
});

describe('periods and merging (§4)', () => {
  it('joins after 27 healthy days: first sick day stays and the gap does not count', () => {
    const t = computeTimeline(makeCase([p('2025-03-01', '2025-03-10'), p('2025-04-07')]), '2025-04-07');
    expect(t.firstSickDay).toBe('2025-03-01');
    // 10 sick days, then day 11 = 2025-04-07, day 42 = 2025-05-08
    expect(t.steps.find((s) => s.id === 'probleemanalyse')?.due).toBe('2025-05-08');
  });
  it('starts a new case after 28 healthy days: only the current case counts', () => {
    const t = computeTimeline(makeCase([p('2025-03-01', '2025-03-10'), p('2025-04-08')]), '2025-04-08');
    expect(t.firstSickDay).toBe('2025-04-08');
    expect(t.steps.find((s) => s.id === 'probleemanalyse')?.due).toBe('2025-05-19');
  });
  it('merges three periods across a new year', () => {
    // 10 sick (Dec 10–19), 10 healthy, 10 sick (Dec 30–Jan 8), 15 healthy, then ongoing from Jan 24.
    const c = makeCase([p('2026-01-24'), p('2025-12-10', '2025-12-19'), p('2025-12-30', '2026-01-08')]);
    const t = computeTimeline(c, '2026-02-01');
    expect(t.firstSickDay).toBe('2025-12-10');
    const d = Object.fromEntries(t.steps.map((s) => [s.id, s.due]));
    expect(d['ziekmelding-arbodienst']).toBe('2025-12-16');
    expect(d.probleemanalyse).toBe('2026-02-14'); // day 42 = 2026-01-24 + 21
    expect(d['melding-42e-week']).toBe('2026-10-26'); // day 295 = 2026-10-25 (Sunday) → Monday
    expect(d['einde-wachttijd']).toBe('2028-01-01');
    expect(t.weekOfIllness).toBe(5); // 2026-02-01 is sick day 29
  });
  it('gives a step whose count falls in an earlier period that earlier date', () => {
    // 90 sick days, 19 healthy, then ongoing.
    const d = duesOf(makeCase([p('2025-01-01', '2025-03-31'), p('2025-04-20')]));
    expect(d['ziekmelding-arbodienst']).toBe('2025-01-07');
    expect(d.probleemanalyse).toBe('2025-02-11');
    expect(d['plan-van-aanpak']).toBe('2025-02-25');
    expect(d['izp-fml']).toBe('2026-01-11'); // day 357 = 2025-01-01 + 356 + 19
  });
  it('does not care in which order periods are given', () => {
    const a = [p('2025-03-03', '2025-04-13'), p('2025-05-05', '2025-06-30'), p('2025-07-10')];
    expect(computeTimeline(makeCase([a[2], a[0], a[1]]), '2025-08-01')).toEqual(computeTimeline(makeCase(a), '2025-08-01'));
  });
  it('refuses a case without any valid period', () => {
    expect(() => computeTimeline(makeCase([]), '2025-01-01')).toThrow(RangeError);
  });
});

describe('loonsanctie and voluntary extension', () => {
  const base = [p('2025-01-06')];
  it('a loonsanctie moves only einde-loondoorbetaling', () => {
    const plain = duesOf(makeCase(base));
    const sanctioned = duesOf(makeCase(base, { loonsanctieWeeks: 10 }));
    expect(sanctioned['einde-loondoorbetaling']).toBe('2027-03-14');
    expect({ ...sanctioned, 'einde-loondoorbetaling': plain['einde-loondoorbetaling'] }).toEqual(plain);
  });
  it('an extension moves einde-wachttijd and every step counted from it, nothing else', () => {
    const plain = duesOf(makeCase(base));
    const ext = duesOf(makeCase(base, { verlengingWeeks: 4 }));
    expect(ext['einde-wachttijd']).toBe('2027-01-31');
    expect(ext['wia-aanvraag']).toBe('2026-11-15');
    expect(ext['re-integratieverslag']).toBe('2026-11-01');
    expect(ext.eindevaluatie).toBe('2026-11-01');
    expect(ext['wia-brief-uwv']).toBe('2026-10-12');
    expect(ext['actueel-oordeel-bedrijfsarts']).toBe('2026-10-04');
    expect(ext['voorlichting-na-104-weken']).toBe('2027-01-24');
    expect(ext['einde-loondoorbetaling']).toBe('2027-01-31');
    const moved = ['einde-wachttijd', 'einde-loondoorbetaling', 'actueel-oordeel-bedrijfsarts', 'wia-brief-uwv', 're-integratieverslag',
      'eindevaluatie', 'wia-aanvraag', 'wia-ontvangstbevestiging', 'wia-uitnodiging', 'ingebrekestelling-uwv', 'voorlichting-na-104-weken'];
    for (const id of STEP_IDS) {
      if (!(id in plain)) continue;
      const shift = (Date.parse(ext[id]!) - Date.parse(plain[id]!)) / 86_400_000;
      expect(shift, id).toBe(moved.includes(id) ? 28 : 0);
    }
  });
  it('extension and loonsanctie add up for einde-loondoorbetaling', () => {
    expect(duesOf(makeCase(base, { verlengingWeeks: 52, loonsanctieWeeks: 52 }))['einde-loondoorbetaling']).toBe('2028-12-31');
  });
});

describe('conditional steps', () => {
  const base = [p('2025-01-06')];
  const ids = (c: ReturnType<typeof makeCase>) => computeTimeline(c, '2025-01-06').steps.map((s) => s.id);
  it('lists melding-verzekeraar only for an insured employer', () => {
    expect(ids(makeCase(base))).not.toContain('melding-verzekeraar');
    expect(ids(makeCase(base, { employer: { insured: true, ownRiskZiektewet: false } }))).toContain('melding-verzekeraar');
  });
  it('lists vangnet-melding-uwv only for safetyNet yes', () => {
    expect(ids(makeCase(base, { safetyNet: 'no' }))).not.toContain('vangnet-melding-uwv');
    expect(ids(makeCase(base, { safetyNet: 'undisclosed' }))).not.toContain('vangnet-melding-uwv');
    expect(ids(makeCase(base, { safetyNet: 'yes' }))).toContain('vangnet-melding-uwv');
  });
  it('never lists wia-beschikking, and lists every other step once in catalog order', () => {
    const all = ids(makeCase(base, { safetyNet: 'yes', employer: { insured: true, ownRiskZiektewet: true } }));
    expect(all).toEqual(STEP_IDS.filter((id) => id !== 'wia-beschikking'));
    const recorded = makeCase(base, { records: [{ stepId: 'wia-beschikking', kind: 'done', date: '2027-02-01' }] });
    expect(ids(recorded)).not.toContain('wia-beschikking');
  });
  it('own-risk Ziektewet changes no date', () => {
    expect(duesOf(makeCase(base, { employer: { insured: false, ownRiskZiektewet: true } }))).toEqual(duesOf(makeCase(base)));
  });
});
