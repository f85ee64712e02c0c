// Stored records the app works with: employers, people, cases, audit entries, conversation state.
import type { IsoDate } from '../core/calendar/isoDate.js';
import type { SafetyNetAnswer, SickPeriod, StepRecord } from '../core/cases/types.js';
import type { Locale } from '../core/i18n/locale.js';
import type { PackedSchedule, ScheduledStep } from '../core/timeline/schedule.js';

/** Chat platforms (console is the terminal adapter). */
export type Platform = 'slack' | 'teams' | 'console';

/** Per-employer settings (set with `employer set`). */
export interface EmployerSettings {
  insured: boolean;
  ownRiskZiektewet: boolean;
  /** Office hours as HH:MM-HH:MM, Europe/Amsterdam. */
  officeHours: { start: string; end: string };
  language: Locale;
}

/** A tenant: a Slack workspace, a Teams tenant, or one created by the roles import. */
export interface Employer {
  id: string;
  name: string;
  settings: EmployerSettings;
}

/** A platform account linked to a person. */
export interface PlatformIdentity {
  platform: Platform;
  /** Slack team_id / Teams tenantId / 'console'. */
  tenantId: string;
  /** Slack user id / Teams aadObjectId / console name. */
  userId: string;
}

/** A person known at one employer. */
export interface Person {
  id: string;
  employerId: string;
  name: string;
  email: string | null;
  locale: Locale | null;
  managerPersonId: string | null;
  employmentEnd: IsoDate | null;
  identities: PlatformIdentity[];
}

/** The AP-permitted intake answers kept with a case (no free text that the guard refused). */
export interface IntakeAnswers {
  phone: string | null;
  address: string | null;
  expectedDuration: 'days' | 'week' | 'weeks' | 'longer' | 'unknown';
  workHandover: string | null;
  workAccident: 'yes' | 'no' | 'unknown';
  trafficAccidentThirdParty: 'yes' | 'no' | 'unknown';
  safetyNet: SafetyNetAnswer;
}

/** A step record with who made it and when (evidence for UWV). */
export type StoredStepRecord = StepRecord & { id: string; recordedBy: string; recordedAt: string };

/** A sick-leave case as stored; `version` guards optimistic concurrency. */
export interface StoredCase {
  id: string;
  employerId: string;
  employeeId: string;
  managerOfRecordId: string | null;
  reporterIds: string[];
  periods: SickPeriod[];
  /** Latest partial recovery date in the current period (the clock keeps running). */
  partialRecoverySince: IsoDate | null;
  intake: IntakeAnswers;
  records: StoredStepRecord[];
  loonsanctieWeeks: number;
  verlengingWeeks: number;
  noLastingCapacity: boolean;
  /** Functional advice the bedrijfsarts chose to share (never a diagnosis); guarded text. */
  functionalAdvice: string | null;
  /** Date the case closed (full recovery); reopened within 28 days. */
  closedOn: IsoDate | null;
  /** Earliest next reminder or due date, kept so a scheduler pass reads only what is due. */
  nextDue: IsoDate | null;
  createdAt: string;
  version: number;
}

/**
 * What the scheduler and the weekly digest read of a case: who it concerns, its periods and the steps still to
 * act on (derived by the store on every case write), the day the scheduler looks next and the reminder marks.
 */
export interface CaseSchedule {
  caseId: string;
  employerId: string;
  employeeId: string;
  managerOfRecordId: string | null;
  closedOn: IsoDate | null;
  createdAt: string;
  version: number;
  nextDue: IsoDate | null;
  periods: SickPeriod[];
  steps: ScheduledStep[];
  /** Per step, the idempotency key of the latest reminder slot sent. */
  marks: Record<string, string>;
}

/** What a reminder pass reads of a due case's schedule: its steps packed as numbers (see PackedSchedule). */
export type DueCaseSchedule = Omit<CaseSchedule, 'periods' | 'createdAt' | 'steps'> & { packedSteps: PackedSchedule };

/** What the weekly digest reads of an open case: its schedule and the employee's display name. */
export type OpenCaseSchedule = Pick<CaseSchedule, 'caseId' | 'employerId' | 'employeeId' | 'createdAt' | 'periods' | 'steps'> & { employeeName: string };

/** Which open cases one weekly digest covers. */
export type DigestScope =
  /** The cases a casemanager is assigned to. */
  | { casemanager: string }
  /** An employer's cases without a casemanager of their own (an employer-wide casemanager covers them). */
  | { unassignedOf: string }
  /** All of an employer's cases (HR who asked for them). */
  | { employer: string };

/** One access decision (defined beside its builder in the core). */
export type { AuditEntry } from '../core/audit.js';

/** Key of a conversation (platform + tenant + conversation + user). */
export interface ConversationKey {
  platform: Platform;
  tenantId: string;
  conversationId: string;
  userId: string;
}
