// Read models shared by status, checklist and task answers: a case summary and a step with its catalog facts.
import type { IsoDate } from '../core/calendar/isoDate.js';
import type { Localized } from '../core/i18n/locale.js';
import type { Role } from '../core/roles.js';
import { STEP_CATALOG } from '../core/timeline/catalog.js';
import type { StepId } from '../core/timeline/stepIds.js';
import type { StepStatus, Timeline, TimelineStep } from '../core/timeline/types.js';
import type { StoredCase } from '../ports/records.js';
import type { Store } from '../ports/store.js';

/** What every answer about a case starts with (no absence or contact data). */
export interface CaseSummary {
  caseId: string;
  employeeId: string;
  employeeName: string;
  firstSickDay: IsoDate;
  /** Week of illness on the as-of date (counting sick days), null when the case closed before it. */
  weekOfIllness: number | null;
  open: boolean;
  closedOn: IsoDate | null;
  partialRecoverySince: IsoDate | null;
  /** Pass back as expectedVersion when acting on what the user saw. */
  version: number;
}

/** One step as users see it: dates, state, who acts, why it matters. */
export interface StepView {
  id: StepId;
  title: Localized;
  /** Null only for steps without a fixed date (wia-beschikking). */
  due: IsoDate | null;
  legalDue: IsoDate | null;
  windowStart: IsoDate | null;
  status: StepStatus;
  responsible: Role[];
  basis: Localized;
  consequence: Localized;
  practice: boolean;
  doneOn?: IsoDate;
  reason?: string;
}

/** Summary of a case and its timeline. */
export function summarize(store: Store, c: StoredCase, t: Timeline): CaseSummary {
  return {
    caseId: c.id, employeeId: c.employeeId, employeeName: store.people.get(c.employeeId)?.name ?? '?',
    firstSickDay: t.firstSickDay, weekOfIllness: t.weekOfIllness, open: c.periods.some((p) => p.end === null),
    closedOn: c.closedOn, partialRecoverySince: c.partialRecoverySince, version: c.version,
  };
}

/** A timeline step with the catalog's title, basis and consequence. */
export function stepView(s: TimelineStep): StepView {
  const def = STEP_CATALOG[s.id];
  const v: StepView = {
    id: s.id, title: def.title, due: s.due, legalDue: s.legalDue, windowStart: s.windowStart, status: s.status,
    responsible: s.responsible, basis: def.basis, consequence: def.consequence, practice: def.practice,
  };
  if (s.doneOn) v.doneOn = s.doneOn;
  if (s.reason) v.reason = s.reason;
  return v;
}

/** A catalog step the engine gives no date (wia-beschikking), with its state from the records. */
export function undatedStepView(id: StepId, c: StoredCase): StepView {
  const def = STEP_CATALOG[id];
  const rec = [...c.records].reverse().find((r) => r.stepId === id);
  const status: StepStatus = rec?.kind === 'done' ? 'done' : rec?.kind === 'not-applicable' ? 'not-applicable' : 'open';
  const v: StepView = {
    id, title: def.title, due: null, legalDue: null, windowStart: null, status, responsible: def.responsible,
    basis: def.basis, consequence: def.consequence, practice: def.practice,
  };
  if (rec?.kind === 'done') v.doneOn = rec.date;
  if (rec && rec.kind !== 'done') v.reason = rec.reason;
  return v;
}

/** Orders steps by due date (undated last), then by catalog order. */
export function byDue(a: { due: IsoDate | null }, b: { due: IsoDate | null }): number {
  if (a.due === b.due) return 0;
  if (a.due === null) return 1;
  if (b.due === null) return -1;
  return a.due < b.due ? -1 : 1;
}
