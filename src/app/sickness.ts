// reportSickness: the ziekmelding — validate, guard, authorize, then join the previous case or open a new one.
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '../core/calendar/isoDate.js';
import { diffDays } from '../core/calendar/isoDate.js';
import { amsterdamDate } from '../core/calendar/amsterdam.js';
import type { SafetyNetAnswer, SickPeriod } from '../core/cases/types.js';
import { currentCasePeriods } from '../core/cases/periods.js';
import type { Actor, CaseAccess, Decision } from '../core/policy/types.js';
import { authorize } from '../core/policy/authorize.js';
import { colleagueNotice as buildColleagueNotice } from '../core/privacy/colleagueNotice.js';
import type { IntakeInput } from '../core/privacy/intake.js';
import { makeIntakeSchema } from '../core/privacy/intake.js';
import type { Localized } from '../core/i18n/locale.js';
import type { IntakeAnswers, Person, StoredCase, StoredStepRecord } from '../ports/records.js';
import type { AppContext } from './context.js';
import { auditDecision, caseAccessOf } from './access.js';
import { NotAllowedError, ValidationError } from './errors.js';
import { guardFields } from './guardText.js';
import { hasOpenPeriod, latestCaseOf, resolvePerson } from './lookup.js';
import { MSG } from './messages.js';
import { withNextDue } from './timeline.js';

/** What the transaction decided (refusals and bad input are audited after it). */
type Outcome =
  | { kind: 'ok'; saved: StoredCase; previousPeriod?: SickPeriod }
  | { kind: 'refused'; decision: Decision & { allowed: false }; caseId: string | null }
  | { kind: 'invalid'; error: ValidationError; decision: Decision; caseId: string | null };

/** A report more than this many days after the first sick day is late (domain.md §5). */
export const LATE_AFTER_DAYS = 7;

/** Outcome of a sick report. */
export interface SicknessReported {
  case: StoredCase;
  employee: Person;
  /** True when the report joined the previous case (fewer than 28 healthy days since it ended). */
  joined: boolean;
  /** The period that ended before this report, and the healthy days between, when joined. */
  previousPeriod?: SickPeriod;
  healthyDays?: number;
  /** First sick day more than 7 days ago. */
  late: boolean;
  /** Expected to last longer than 6 weeks: bring in the casemanager. */
  needsCasemanager: boolean;
  /** Conditional steps this report switches on. */
  conditions: { insured: boolean; safetyNet: SafetyNetAnswer };
  /** What colleagues may be told (absent, never why), in the employer's language. */
  colleagueNotice?: string;
}

/** The user message for the first problem zod found in a field (zod's own texts are English-only). */
function intakeMessage(field: string, zodMessage: string): Localized {
  if (field === 'firstSickDay' && /future/.test(zodMessage)) return MSG.dateInFuture;
  if (field === 'firstSickDay') return MSG.dateInvalid;
  return MSG.intakeInvalid;
}

/** Validates the raw intake for `today`; the first bad field becomes a ValidationError on that field id. */
function parseIntake(input: unknown, today: IsoDate): IntakeInput {
  const parsed = makeIntakeSchema(today).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'form');
    throw new ValidationError(field, intakeMessage(field, issue?.message ?? ''));
  }
  return parsed.data;
}

/** The stored intake answers (free texts already trimmed by the schema and passed by the guard). */
function answersOf(d: IntakeInput): IntakeAnswers {
  return {
    phone: d.phone, address: d.address, expectedDuration: d.expectedDuration,
    workHandover: d.workHandover, workAccident: d.workAccident,
    trafficAccidentThirdParty: d.trafficAccidentThirdParty, safetyNet: d.safetyNet,
  };
}

/**
 * Records a sick report by `actor` (the employee themselves, their manager, HR or a colleague). `input` is
 * validated here (raw form values are fine): `employee` is 'self', a person id, e-mail or platform user id.
 */
export function reportSickness(ctx: AppContext, actor: Actor, input: IntakeInput | Record<string, unknown>): SicknessReported {
  const today = amsterdamDate(ctx.now);
  const data = parseIntake(input, today);
  guardFields({ phone: data.phone, address: data.address, workHandover: data.workHandover });
  const employee = resolvePerson(ctx.store, actor, data.employee);
  const fsd = data.firstSickDay;

  // Read, decide and write in one transaction; the refusal and validation outcomes leave it as values so
  // their audit entries are written after it (a throw inside would roll the audit entry back).
  const outcome = ctx.store.transaction((): Outcome => {
    const previous = latestCaseOf(ctx.store, employee.id);
    const newPeriod: SickPeriod = { start: fsd, end: null };
    const joins = previous !== undefined && !hasOpenPeriod(previous)
      && previous.periods.every((p) => p.end !== null && p.end < fsd)
      && currentCasePeriods([...previous.periods, newPeriod]).length > 1;
    const caseId = joins ? previous.id : 'c_' + randomUUID();
    const access: CaseAccess = joins
      ? caseAccessOf(previous)
      : { caseId, employerId: employee.employerId, employeeId: employee.id, managerOfRecordId: employee.managerPersonId, reporterIds: [] };
    const decision = authorize(actor, 'case.report', access);
    const existingId = joins ? previous.id : (previous && hasOpenPeriod(previous) ? previous.id : null);
    if (!decision.allowed) return { kind: 'refused', decision, caseId: existingId };
    if (previous && hasOpenPeriod(previous)) return { kind: 'invalid', error: new ValidationError('firstSickDay', MSG.alreadySick), decision, caseId: existingId };
    if (previous && previous.periods.some((p) => p.end !== null && p.end >= fsd)) {
      return { kind: 'invalid', error: new ValidationError('firstSickDay', MSG.overlapsEarlier), decision, caseId: existingId };
    }
    auditDecision(ctx, actor, 'case.report', caseId, decision);
    const managerOfRecordId = employee.managerPersonId ?? (actor.personId !== employee.id ? actor.personId : null);
    const intake = answersOf(data);
    // The report itself is the ziekmelding bij de werkgever: record it, so it is never reminded as overdue.
    const reported: StoredStepRecord = {
      stepId: 'ziekmelding-werkgever', kind: 'done', date: today,
      id: 'r_' + randomUUID(), recordedBy: actor.personId, recordedAt: ctx.now.toISOString(),
    };
    if (joins) {
      const reporterIds = previous.reporterIds.includes(actor.personId) ? previous.reporterIds : [...previous.reporterIds, actor.personId];
      const next: StoredCase = {
        ...previous, periods: [...previous.periods, newPeriod], closedOn: null, partialRecoverySince: null, intake,
        records: [...previous.records, reported],
        managerOfRecordId: previous.managerOfRecordId ?? managerOfRecordId, reporterIds,
      };
      const lastPeriod = previous.periods.reduce((m, p) => (p.end! > m.end! ? p : m));
      const saved = ctx.store.cases.update(withNextDue(ctx.store, next, today));
      ctx.onEffect?.();
      return { kind: 'ok', saved, previousPeriod: lastPeriod };
    }
    const fresh: Omit<StoredCase, 'version'> = {
      id: caseId, employerId: employee.employerId, employeeId: employee.id, managerOfRecordId,
      reporterIds: [actor.personId], periods: [newPeriod], partialRecoverySince: null, intake, records: [reported],
      loonsanctieWeeks: 0, verlengingWeeks: 0, noLastingCapacity: false, functionalAdvice: null,
      closedOn: null, nextDue: null, createdAt: ctx.now.toISOString(),
    };
    const saved = ctx.store.cases.create(withNextDue(ctx.store, fresh, today));
    ctx.onEffect?.();
    return { kind: 'ok', saved };
  });
  if (outcome.kind === 'refused') {
    auditDecision(ctx, actor, 'case.report', outcome.caseId, outcome.decision);
    throw new NotAllowedError(outcome.decision.reason, outcome.decision.message);
  }
  if (outcome.kind === 'invalid') {
    auditDecision(ctx, actor, 'case.report', outcome.caseId, outcome.decision);
    throw outcome.error;
  }

  const employer = ctx.store.employers.get(employee.employerId);
  const { saved, previousPeriod } = outcome;
  return {
    case: saved, employee, joined: previousPeriod !== undefined,
    previousPeriod, healthyDays: previousPeriod ? diffDays(previousPeriod.end!, fsd) - 1 : undefined,
    late: diffDays(fsd, today) > LATE_AFTER_DAYS,
    needsCasemanager: data.expectedDuration === 'longer',
    conditions: { insured: employer?.settings.insured ?? false, safetyNet: data.safetyNet },
    colleagueNotice: buildColleagueNotice({
      employeeName: employee.name, expectedReturn: null, handovers: [], locale: employer?.settings.language ?? 'nl',
    }),
  };
}
