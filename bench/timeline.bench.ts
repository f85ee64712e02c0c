// Benchmark: full Poortwachter timelines for 100,000 varied cases, 5 runs; prints cases/s per run and
// the median. Bar (issue 2): 100,000 cases in under 1 second on a 2-core machine.
import { addDays } from '../src/core/calendar/isoDate.js';
import type { SickPeriod, StepRecord, TimelineCase } from '../src/core/cases/types.js';
import { computeTimeline } from '../src/core/timeline/engine.js';

const CASES = 100_000;
const RUNS = 5;
const AS_OF = '2026-06-15';

// Deterministic pseudo-random numbers (mulberry32) so every run measures the same work.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeCases(): TimelineCase[] {
  const rand = rng(42);
  const int = (n: number) => Math.floor(rand() * n);
  const cases: TimelineCase[] = [];
  for (let i = 0; i < CASES; i++) {
    const periods: SickPeriod[] = [];
    let start = addDays('2023-01-01', int(1200));
    const count = 1 + int(4);
    for (let p = 0; p < count; p++) {
      const last = p === count - 1 && rand() < 0.6;
      const end = last ? null : addDays(start, int(120));
      periods.push({ start, end });
      if (end) start = addDays(end, 1 + int(40));
    }
    if (rand() < 0.3) periods.reverse();
    const fsd = periods.reduce((m, p) => (p.start < m ? p.start : m), periods[0].start);
    const records: StepRecord[] = [];
    if (rand() < 0.5) records.push({ stepId: 'probleemanalyse', kind: 'done', date: addDays(fsd, 30 + int(20)) });
    if (rand() < 0.4) records.push({ stepId: 'plan-van-aanpak', kind: 'done', date: addDays(fsd, 50 + int(20)) });
    for (let v = int(4); v > 0; v--) records.push({ stepId: 'voortgangsgesprek', kind: 'done', date: addDays(fsd, 60 + int(300)) });
    if (rand() < 0.2) records.push({ stepId: 'spreekuur-bedrijfsarts', kind: 'done', date: addDays(fsd, 100 + int(100)) });
    if (rand() < 0.2) records.push({ stepId: 'eerstejaarsevaluatie', kind: 'done', date: addDays(fsd, 320 + int(40)) });
    if (rand() < 0.1) records.push({ stepId: 'spoor-2', kind: 'not-applicable', reason: 'terugkeer binnen 3 maanden' });
    if (rand() < 0.1) records.push({ stepId: 'probleemanalyse', kind: 'deviated', newDate: addDays(fsd, 60), reason: 'bedrijfsarts later beschikbaar' });
    cases.push({
      periods,
      records,
      loonsanctieWeeks: rand() < 0.1 ? int(53) : 0,
      verlengingWeeks: rand() < 0.1 ? int(53) : 0,
      safetyNet: rand() < 0.2 ? 'yes' : rand() < 0.5 ? 'no' : null,
      employer: { insured: rand() < 0.5, ownRiskZiektewet: rand() < 0.2 },
      noLastingCapacity: rand() < 0.05,
    });
  }
  return cases;
}

const cases = makeCases();
let sink = 0;
// One warm-up pass so the JIT has seen the hot path (as it has in a running server).
for (const c of cases) sink += computeTimeline(c, AS_OF).steps.length;

const rates: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < cases.length; i++) sink += computeTimeline(cases[i], AS_OF).steps.length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rate = CASES / (ms / 1000);
  rates.push(rate);
  console.log(`run ${run}: ${CASES} cases in ${ms.toFixed(1)} ms = ${Math.round(rate).toLocaleString('en-US')} cases/s`);
}
const median = [...rates].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
console.log(`median: ${Math.round(median).toLocaleString('en-US')} cases/s (${((CASES / median) * 1000).toFixed(1)} ms per ${CASES} cases)`);
if (sink === 0) console.log('no steps computed');
