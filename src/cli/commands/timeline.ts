// `verzuimbot timeline`: the Poortwachter steps of a case given on the command line
// (architecture.md "CLI contract"). Bad input → UsageError naming the argument, nothing on stdout.
import { z } from 'zod';
import { amsterdamDate } from '../../core/calendar/amsterdam.js';
import { isIsoDate, type IsoDate } from '../../core/calendar/isoDate.js';
import { findPeriodProblem } from '../../core/cases/periods.js';
import type { SickPeriod, StepRecord, TimelineCase } from '../../core/cases/types.js';
import { STEP_CATALOG } from '../../core/timeline/catalog.js';
import { computeTimeline } from '../../core/timeline/engine.js';
import type { StepId } from '../../core/timeline/stepIds.js';
import type { StepStatus, Timeline } from '../../core/timeline/types.js';
import { printJson, UsageError, type Command } from '../io.js';

const MULTI = ['period', 'voortgangsgesprek-on', 'spreekuur-on'] as const;
const SINGLE = ['probleemanalyse-on', 'plan-van-aanpak-on', 'eerstejaarsevaluatie-on', 'loonsanctie-weeks', 'verlenging-weeks', 'as-of'] as const;
const BOOLEAN = ['insured', 'safety-net', 'own-risk-ziektewet', 'json'] as const;
const BOOLEAN_WORDS: Record<string, boolean> = { yes: true, true: true, no: false, false: false };

type Raw = { multi: Record<string, string[]>; single: Record<string, string>; flags: Record<string, boolean> };

/** Splits argv into known options; anything else is a usage error naming it. */
function tokenize(args: string[]): Raw {
  const raw: Raw = { multi: {}, single: {}, flags: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}" (options start with --)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if ((BOOLEAN as readonly string[]).includes(name)) {
      let word = inline;
      if (word === undefined && args[i + 1] !== undefined && args[i + 1] in BOOLEAN_WORDS) word = args[++i];
      if (word !== undefined && !(word in BOOLEAN_WORDS)) throw new UsageError(`--${name}: expected no value, or yes/no`);
      raw.flags[name] = word === undefined ? true : BOOLEAN_WORDS[word];
      continue;
    }
    const isMulti = (MULTI as readonly string[]).includes(name);
    if (!isMulti && !(SINGLE as readonly string[]).includes(name)) throw new UsageError(`--${name}: unknown option`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`--${name}: needs a value`);
    if (isMulti) (raw.multi[name] ??= []).push(value);
    else if (name in raw.single) throw new UsageError(`--${name}: given more than once`);
    else raw.single[name] = value;
  }
  return raw;
}

const date = (arg: string) => z.string().refine(isIsoDate, { message: `${arg}: not a real date (expected YYYY-MM-DD)` });
const PERIOD_RE = /^(.+?)\.\.(.*)$/;
const period = z.string().transform((s, ctx): SickPeriod => {
  const m = PERIOD_RE.exec(s);
  const start = m?.[1] ?? '';
  const end = m?.[2] ?? '';
  if (!m || !isIsoDate(start) || (end !== '' && !isIsoDate(end))) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `--period: "${s}" is not START..[LAST] with real dates (YYYY-MM-DD)` });
    return z.NEVER;
  }
  return { start, end: end === '' ? null : end };
});
const weeks = (arg: string, max: number) =>
  z.string()
    .regex(/^\d+$/, { message: `${arg}: must be a whole number of weeks, 0 or more` })
    .transform(Number)
    .refine((n) => n <= max, { message: `${arg}: at most ${max} weeks` });

const schema = z.object({
  period: z.array(period, { required_error: '--period: at least one period is required' }).min(1, { message: '--period: at least one period is required' }),
  'voortgangsgesprek-on': z.array(date('--voortgangsgesprek-on')).default([]),
  'spreekuur-on': z.array(date('--spreekuur-on')).default([]),
  'probleemanalyse-on': date('--probleemanalyse-on').optional(),
  'plan-van-aanpak-on': date('--plan-van-aanpak-on').optional(),
  'eerstejaarsevaluatie-on': date('--eerstejaarsevaluatie-on').optional(),
  'loonsanctie-weeks': weeks('--loonsanctie-weeks', 52).default('0'),
  'verlenging-weeks': weeks('--verlenging-weeks', 520).default('0'),
  'as-of': date('--as-of').optional(),
  insured: z.boolean().default(false),
  'safety-net': z.boolean().default(false),
  'own-risk-ziektewet': z.boolean().default(false),
  json: z.boolean().default(false),
});

/** Parsed and validated `timeline` arguments. */
export interface TimelineArgs {
  timelineCase: TimelineCase;
  asOf: IsoDate;
  json: boolean;
}

/** Turns argv into a case and an as-of date; throws UsageError naming the first bad argument. */
export function parseTimelineArgs(args: string[], today: () => IsoDate): TimelineArgs {
  const raw = tokenize(args);
  const parsed = schema.safeParse({ ...raw.multi, ...raw.single, ...raw.flags });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const named = issue.message.startsWith('--') ? issue.message : `--${String(issue.path[0])}: ${issue.message}`;
    throw new UsageError(named);
  }
  const o = parsed.data;
  const problem = findPeriodProblem(o.period);
  const show = (p: SickPeriod) => `${p.start}..${p.end ?? ''}`;
  if (problem?.kind === 'end-before-start') throw new UsageError(`--period: ${show(o.period[problem.index])} starts after its last sick day`);
  if (problem?.kind === 'overlap') throw new UsageError(`--period: ${show(o.period[problem.index])} overlaps ${show(o.period[problem.other])}`);
  const records: StepRecord[] = [];
  const done = (stepId: StepId, d: IsoDate | undefined) => { if (d) records.push({ stepId, kind: 'done', date: d }); };
  done('probleemanalyse', o['probleemanalyse-on']);
  done('plan-van-aanpak', o['plan-van-aanpak-on']);
  done('eerstejaarsevaluatie', o['eerstejaarsevaluatie-on']);
  for (const d of o['voortgangsgesprek-on']) done('voortgangsgesprek', d);
  for (const d of o['spreekuur-on']) done('spreekuur-bedrijfsarts', d);
  return {
    timelineCase: {
      periods: o.period,
      records,
      loonsanctieWeeks: o['loonsanctie-weeks'],
      verlengingWeeks: o['verlenging-weeks'],
      safetyNet: o['safety-net'] ? 'yes' : null,
      employer: { insured: o.insured, ownRiskZiektewet: o['own-risk-ziektewet'] },
    },
    asOf: o['as-of'] ?? today(),
    json: o.json,
  };
}

const STATUS_NL: Record<StepStatus, string> = {
  done: 'gedaan', open: 'open', 'due-soon': 'binnenkort', overdue: 'te laat',
  'not-applicable': 'n.v.t.', deviated: 'afgeweken', 'not-due': 'niet nodig',
};

/** The timeline as a table for people (Dutch). */
export function formatTimelineText(t: Timeline, asOf: IsoDate): string {
  const week = t.weekOfIllness === null ? 'niet ziek op deze dag' : `week ${t.weekOfIllness} van 104`;
  const lines = [`Eerste ziektedag ${t.firstSickDay} · ${week} · stand per ${asOf}`, ''];
  const rows = t.steps.map((s) => [
    s.windowStart ? `${s.windowStart} … ${s.due}` : s.due,
    STATUS_NL[s.status],
    STEP_CATALOG[s.id].title.nl,
    s.responsible.join(', ') || '—',
  ]);
  const head = ['datum', 'status', 'stap', 'verantwoordelijk'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const fmt = (r: string[]) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ');
  lines.push(fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt));
  return lines.join('\n') + '\n';
}

/** Runs `timeline`: prints the case's steps as JSON (--json) or a table. */
export const run: Command = async (args, io) => {
  const { timelineCase, asOf, json } = parseTimelineArgs(args, () => amsterdamDate(new Date()));
  const t = computeTimeline(timelineCase, asOf);
  if (json) {
    printJson(io, {
      firstSickDay: t.firstSickDay,
      steps: t.steps.map((s) => ({ id: s.id, due: s.due, windowStart: s.windowStart, status: s.status, responsible: s.responsible, basis: s.basis })),
    });
  } else {
    io.stdout.write(formatTimelineText(t, asOf));
  }
  return 0;
};
