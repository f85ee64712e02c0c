// Folds a case's step records into per-step facts the engine reads in O(1): the current record kind,
// done and deviation dates, and for recurring steps the latest completion.
import type { StepRecord } from '../cases/types.js';
import { dayOfIso } from '../cases/dayText.js';
import { STEP_IDS, type StepId } from './stepIds.js';

/** Current record state of a step, as stored in RecordFacts.kind. */
export const RecordKind = { None: 0, Done: 1, NotApplicable: 2, Deviated: 3 } as const;

/** Index of each step id in STEP_IDS. */
export const STEP_INDEX: Readonly<Record<StepId, number>> = Object.fromEntries(STEP_IDS.map((id, i) => [id, i])) as Record<StepId, number>;

/** Per-step record facts, indexed like STEP_IDS; reused between calls (the engine is synchronous). */
export interface RecordFacts {
  /** The latest record's kind (records apply in the order they were made). */
  kind: Int8Array;
  /** Day number of the latest record when it is `done`. */
  doneOn: Float64Array;
  /** Latest (by date) done day of the step over all its done records; NaN when never done. */
  latestDone: Float64Array;
  /** Day number of the deviation's new date when the latest record is `deviated`. */
  newDate: Float64Array;
  /** Reason of the latest not-applicable or deviated record. */
  reason: Array<string | undefined>;
  /** Steps written by the last fold (only these need resetting). */
  touched: number[];
}

/** Fresh, empty facts for all steps. */
export function createRecordFacts(): RecordFacts {
  const n = STEP_IDS.length;
  return {
    kind: new Int8Array(n),
    doneOn: new Float64Array(n).fill(NaN),
    latestDone: new Float64Array(n).fill(NaN),
    newDate: new Float64Array(n).fill(NaN),
    reason: new Array<string | undefined>(n).fill(undefined),
    touched: [],
  };
}

/** Resets `f` and folds `records` into it. Unknown step ids are ignored. */
export function foldRecords(records: readonly StepRecord[], f: RecordFacts): void {
  const { touched } = f;
  for (let t = 0; t < touched.length; t++) {
    const i = touched[t];
    f.kind[i] = RecordKind.None;
    f.doneOn[i] = NaN;
    f.latestDone[i] = NaN;
    f.newDate[i] = NaN;
    f.reason[i] = undefined;
  }
  if (touched.length > 0) touched.length = 0;
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    const i = STEP_INDEX[rec.stepId];
    if (i === undefined) continue;
    touched.push(i);
    if (rec.kind === 'done') {
      const d = dayOfIso(rec.date);
      f.kind[i] = RecordKind.Done;
      f.doneOn[i] = d;
      f.reason[i] = undefined;
      if (!(f.latestDone[i] >= d)) f.latestDone[i] = d;
    } else if (rec.kind === 'not-applicable') {
      f.kind[i] = RecordKind.NotApplicable;
      f.reason[i] = rec.reason;
    } else {
      f.kind[i] = RecordKind.Deviated;
      f.newDate[i] = dayOfIso(rec.newDate);
      f.reason[i] = rec.reason;
    }
  }
}
