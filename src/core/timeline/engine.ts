// The Poortwachter deadline engine: a pure function from a case and an as-of date to every catalog step
// with its due date (or window) and status. It interprets the catalog's timing rules on day numbers.
//
// Status decisions (documented here because consumers rely on them):
// - A `done` record makes a step done; recurring steps (voortgangsgesprek, spreekuur) instead roll on to
//   the next occurrence. A `not-applicable` record wins over any date.
// - A step whose condition is off is left out (insurer, safety net) or listed not-applicable (vervroegde
//   IVA without the bedrijfsarts' judgement; ingebrekestelling once the WIA decision is recorded).
// - `not-due`: the case is closed (its last period has an end) before the step's date — the window start
//   for windowed steps, the new date for a deviated step.
// - A deviation's new date becomes `due` (`legalDue` keeps the rule's date); the step is `deviated` while
//   that date is today or later and `overdue` after it.
// - Milestones (einde-wachttijd, einde-loondoorbetaling: nobody acts) are `done` once their day has passed.
// - Otherwise: `overdue` after the due date, `due-soon` from 7 days before it up to the day itself, else `open`.
import type { IsoDate } from '../calendar/isoDate.js';
import { nextWorkingDayNumberOnOrAfter } from '../calendar/holidays.js';
import type { TimelineCase } from '../cases/types.js';
import { dayOfIllnessNumber, sickDayNumberOf, toCaseSpans, type CaseSpans } from '../cases/periods.js';
import { dayOfIso, isoOfDay } from '../cases/dayText.js';
import type { Role } from '../roles.js';
import { STEP_CATALOG } from './catalog.js';
import { createRecordFacts, foldRecords, RecordKind, STEP_INDEX } from './records.js';
import type { StepDefinition, TimingRule, WeeksSetting } from './rules.js';
import { RECURRING_STEPS, STEP_IDS } from './stepIds.js';
import type { StepStatus, Timeline, TimelineStep } from './types.js';

/** Days before the due date from which a step counts as due soon. */
export const DUE_SOON_DAYS = 7;

const N = STEP_IDS.length;
const DONE = RecordKind.Done;
const NOT_APPLICABLE = RecordKind.NotApplicable;
const DEVIATED = RecordKind.Deviated;
const DEFS: StepDefinition[] = STEP_IDS.map((id) => STEP_CATALOG[id]);
const RECURRING: boolean[] = STEP_IDS.map((id) => (RECURRING_STEPS as readonly string[]).includes(id));
const RESPONSIBLE: Role[][] = DEFS.map((d) => Object.freeze([...d.responsible]) as Role[]);
const BASIS_NL: string[] = DEFS.map((d) => d.basis.nl);

// Per-call state. computeTimeline is synchronous and never re-entered, so module scratch is safe and
// keeps the hot path free of allocations.
let spans: CaseSpans = { starts: [], ends: [] };
let verlengingWeeks = 0;
let loonsanctieWeeks = 0;
const due = new Float64Array(N);
const facts = createRecordFacts();

function plusWeeks(w: WeeksSetting | undefined): number {
  return w === undefined ? 0 : 7 * (w === 'verlenging' ? verlengingWeeks : loonsanctieWeeks);
}

/** The recorded done day of a step (latest one for recurring steps), NaN when not recorded. */
function recordedDone(i: number): number {
  if (RECURRING[i]) return facts.latestDone[i];
  return facts.kind[i] === DONE ? facts.doneOn[i] : NaN;
}

type Evaluator = () => number;

function compile(rule: TimingRule, self: number): Evaluator {
  switch (rule.kind) {
    case 'dayOfIllness': {
      const { n } = rule;
      const offset = rule.offset ?? 0;
      const w = rule.plusWeeks;
      return () => dayOfIllnessNumber(spans, n) + offset + plusWeeks(w);
    }
    case 'workingDayOnOrAfter': {
      const { n } = rule;
      return () => nextWorkingDayNumberOnOrAfter(dayOfIllnessNumber(spans, n));
    }
    case 'window': {
      const { to } = rule;
      return () => dayOfIllnessNumber(spans, to);
    }
    case 'fromStep': {
      const j = STEP_INDEX[rule.step];
      const { offset } = rule;
      const w = rule.plusWeeks;
      return () => dueOf(j) + offset + plusWeeks(w);
    }
    case 'fromEinde': {
      const j = STEP_INDEX['einde-wachttijd'];
      const { offset } = rule;
      return () => dueOf(j) + offset;
    }
    case 'fromRecorded': {
      const j = STEP_INDEX[rule.step];
      const { offset } = rule;
      const fallback = compile(rule.fallback, self);
      return () => {
        const d = recordedDone(j);
        return d === d ? d + offset : fallback();
      };
    }
    case 'recurring': {
      const { every } = rule;
      const anchor = compile(rule.anchor, self);
      return () => {
        const last = facts.latestDone[self];
        return (last === last ? last : anchor()) + every;
      };
    }
    case 'noDate':
      return () => NaN;
  }
}

const EVAL: Evaluator[] = DEFS.map((d, i) => compile(d.timing, i));
const WINDOW_FROM: number[] = DEFS.map((d) => (d.timing.kind === 'window' ? d.timing.from : 0));

/** Rule-based due day of step `i` (memoized per call; NaN for steps without a date). */
function dueOf(i: number): number {
  let d = due[i];
  if (d !== d) {
    d = EVAL[i]();
    due[i] = d;
  }
  return d;
}

function dateStatus(dueDay: number, asOf: number): StepStatus {
  if (dueDay < asOf) return 'overdue';
  return dueDay - asOf <= DUE_SOON_DAYS ? 'due-soon' : 'open';
}

/** True when a conditional step is left out of the timeline entirely. */
function omitted(def: StepDefinition, c: TimelineCase): boolean {
  const k = def.condition.kind;
  if (k === 'insured') return !c.employer.insured;
  if (k === 'safetyNet') return c.safetyNet !== 'yes';
  return def.timing.kind === 'noDate';
}

/** True when a listed step's condition makes it not applicable (no record needed). */
function conditionOff(def: StepDefinition, c: TimelineCase): boolean {
  const cond = def.condition;
  if (cond.kind === 'bedrijfsartsJudgement') return c.noLastingCapacity !== true;
  if (cond.kind === 'untilDone') return facts.kind[STEP_INDEX[cond.step]] === DONE;
  return false;
}

/** Every catalog step of the case with its due date and status as of `asOf` (pure; time is a parameter). */
export function computeTimeline(c: TimelineCase, asOf: IsoDate): Timeline {
  spans = toCaseSpans(c.periods);
  if (spans.starts.length === 0) throw new RangeError('computeTimeline: the case has no valid sick period');
  verlengingWeeks = c.verlengingWeeks;
  loonsanctieWeeks = c.loonsanctieWeeks;
  due.fill(NaN);
  foldRecords(c.records, facts);
  const today = dayOfIso(asOf);
  const lastEnd = spans.ends[spans.ends.length - 1];
  const steps: TimelineStep[] = [];
  for (let i = 0; i < N; i++) {
    const def = DEFS[i];
    if (omitted(def, c)) continue;
    const legal = dueOf(i);
    const windowStart = WINDOW_FROM[i] > 0 ? dayOfIllnessNumber(spans, WINDOW_FROM[i]) : NaN;
    const kind = facts.kind[i];
    let effective = legal;
    let status: StepStatus;
    let doneOn = NaN;
    if (kind === DONE && !RECURRING[i]) {
      status = 'done';
      doneOn = facts.doneOn[i];
    } else if (kind === NOT_APPLICABLE || conditionOff(def, c)) {
      status = 'not-applicable';
    } else {
      const deviated = kind === DEVIATED;
      if (deviated) effective = facts.newDate[i];
      const reference = !deviated && windowStart === windowStart ? windowStart : effective;
      if (reference > lastEnd) status = 'not-due';
      else if (deviated) status = effective < today ? 'overdue' : 'deviated';
      else if (def.milestone && legal < today) {
        status = 'done';
        doneOn = legal;
      } else status = dateStatus(legal, today);
    }
    const step: TimelineStep = {
      id: def.id,
      due: isoOfDay(effective),
      legalDue: isoOfDay(legal),
      windowStart: windowStart === windowStart ? isoOfDay(windowStart) : null,
      status,
      responsible: RESPONSIBLE[i],
      basis: BASIS_NL[i],
    };
    if (doneOn === doneOn) step.doneOn = isoOfDay(doneOn);
    if (status === 'not-applicable' || status === 'deviated' || kind === DEVIATED) {
      const reason = facts.reason[i];
      if (reason !== undefined) step.reason = reason;
    }
    const last = facts.latestDone[i];
    if (RECURRING[i] && last === last) step.lastDoneOn = isoOfDay(last);
    steps.push(step);
  }
  const sickDay = sickDayNumberOf(spans, today);
  return {
    firstSickDay: isoOfDay(spans.starts[0]),
    weekOfIllness: sickDay === null ? null : Math.ceil(sickDay / 7),
    steps,
  };
}
