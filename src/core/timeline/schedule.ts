// A case's reminder schedule: the steps that still ask someone to act, each with the date reminders are
// planned against. It depends on the case's data and its employer's conditions only, never on the day it
// is computed (an actionable step's due date does not move with time; only its status word does), so it can
// be derived once per case write and kept beside the case for the scheduler and the weekly digest.
import type { IsoDate } from '../calendar/isoDate.js';
import { dayOfIso, isoOfDay } from '../cases/dayText.js';
import type { TimelineCase } from '../cases/types.js';
import { STEP_CATALOG } from './catalog.js';
import { computeTimeline } from './engine.js';
import { reminderDueDate } from './reminderDue.js';
import { STEP_IDS, type StepId } from './stepIds.js';

/** One step that still needs action and the date its reminders are planned against. */
export interface ScheduledStep {
  stepId: StepId;
  due: IsoDate;
}

/** Bump when the engine changes how due dates or actionable statuses follow from a case (rebuilds stored schedules). */
const ENGINE_RULES_VERSION = 1;

/** FNV-1a over a string: a stable fingerprint without platform crypto. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Identifies the rules a stored schedule was derived with: the engine version and a fingerprint of every
 * catalog entry's timing, condition, responsible roles and milestone flag. When it differs from what a store
 * holds, the store derives its schedules again (a catalog update reaches every open case).
 */
export const SCHEDULE_DERIVATION = `${ENGINE_RULES_VERSION}:${fingerprint(JSON.stringify(
  STEP_IDS.map((id) => {
    const d = STEP_CATALOG[id];
    return [id, d.timing, d.condition, d.responsible, d.milestone];
  }),
))}`;

/**
 * A schedule packed as numbers: catalog index then due day number (days since 1970-01-01) per step, e.g.
 * [4, 20499, 6, 20513]. The form a scheduler pass reads tens of thousands of (no string or object per step).
 */
export type PackedSchedule = readonly number[];

const STEP_INDEX = new Map<StepId, number>(STEP_IDS.map((id, i) => [id, i]));

/** Packs a schedule (see PackedSchedule). */
export function packSchedule(steps: readonly ScheduledStep[]): number[] {
  const flat: number[] = [];
  for (const s of steps) flat.push(STEP_INDEX.get(s.stepId)!, dayOfIso(s.due));
  return flat;
}

/** Unpacks a schedule, keeping only steps due on or before day number `untilDay`. */
export function unpackSchedule(packed: PackedSchedule, untilDay = Infinity): ScheduledStep[] {
  const out: ScheduledStep[] = [];
  for (let i = 0; i < packed.length; i += 2) if (packed[i + 1] <= untilDay) out.push({ stepId: STEP_IDS[packed[i]], due: isoOfDay(packed[i + 1]) });
  return out;
}

/** The case's actionable steps with their reminder due dates, in catalog order (same on every as-of date). */
export function reminderSchedule(tc: TimelineCase): ScheduledStep[] {
  const out: ScheduledStep[] = [];
  // Any as-of date gives the same answer; the first sick day keeps it obviously independent of "today".
  for (const s of computeTimeline(tc, tc.periods[0].start).steps) {
    const due = reminderDueDate(s);
    if (due !== null) out.push({ stepId: s.id, due });
  }
  return out;
}
