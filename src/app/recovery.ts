// reportRecovery: the herstelmelding. `date` is the first day back at work; the last sick day is the day before.
import type { IsoDate } from '../core/calendar/isoDate.js';
import { addDays, diffDays, isIsoDate } from '../core/calendar/isoDate.js';
import { amsterdamDate } from '../core/calendar/amsterdam.js';
import type { Actor } from '../core/policy/types.js';
import type { Person, StoredCase } from '../ports/records.js';
import type { AppContext } from './context.js';
import { caseAccessOf, requireAllowed } from './access.js';
import { NotFoundError, ValidationError } from './errors.js';
import { checkVersion, latestCaseOf, resolvePerson } from './lookup.js';
import { MSG } from './messages.js';
import { withNextDue } from './timeline.js';

/** How far ahead a recovery may be announced ("back on Monday"). */
export const RECOVERY_MAX_DAYS_AHEAD = 7;

/** A recovery report: full return to one's own work, or partial (the clock keeps running). */
export interface RecoveryInput {
  employeeRef: string;
  /** First day back at work (fully or partly). */
  date: IsoDate;
  kind: 'full' | 'partial';
  /** The case version the user saw, when known (optimistic concurrency). */
  expectedVersion?: number;
}

/** Outcome of a recovery report. */
export interface RecoveryReported {
  case: StoredCase;
  employee: Person;
  kind: 'full' | 'partial';
  /** Last sick day of the closed period (full recovery only). */
  lastSickDay: IsoDate | null;
}

/**
 * Records a recovery. Full: the open period ends on `date − 1` and the case closes on that day (a new report
 * within 28 healthy days reopens it). Partial: the period stays open and `partialRecoverySince` is set.
 */
export function reportRecovery(ctx: AppContext, actor: Actor, input: RecoveryInput): RecoveryReported {
  const today = amsterdamDate(ctx.now);
  const employee = resolvePerson(ctx.store, actor, input.employeeRef);
  const c = latestCaseOf(ctx.store, employee.id);
  const open = c?.periods.find((p) => p.end === null);
  if (!c || !open) throw new NotFoundError('case', MSG.noOpenCase);
  requireAllowed(ctx, actor, 'case.recover', caseAccessOf(c));

  if (!isIsoDate(input.date)) throw new ValidationError('date', MSG.dateInvalid);
  if (input.date <= open.start) throw new ValidationError('date', MSG.recoveryBeforeStart);
  if (diffDays(today, input.date) > RECOVERY_MAX_DAYS_AHEAD) throw new ValidationError('date', MSG.recoveryTooFar);
  checkVersion(c, input.expectedVersion);

  const lastSickDay = input.kind === 'full' ? addDays(input.date, -1) : null;
  const next: StoredCase = input.kind === 'full'
    ? {
      ...c, periods: c.periods.map((p) => (p === open ? { start: p.start, end: lastSickDay } : p)),
      closedOn: lastSickDay, partialRecoverySince: null,
    }
    : { ...c, partialRecoverySince: input.date };
  const saved = ctx.store.transaction(() => {
    const written = ctx.store.cases.update(withNextDue(ctx.store, next, today));
    ctx.onEffect?.();
    return written;
  });
  return { case: saved, employee, kind: input.kind, lastSickDay };
}
