// The application use cases every surface (flows, CLI, scheduler) calls; each takes an AppContext first.
export type { AppContext, OperatorActor } from './context.js';
export { OPERATOR, isOperator } from './context.js';
export {
  ConcurrencyError, MedicalDataRefused, NotAllowedError, NotFoundError, RETRY_MESSAGE, ValidationError, userMessageOf,
} from './errors.js';
export type { ResolvedSender, SenderIdentity } from './identity.js';
export { actorFor, ensurePerson, resolveSender } from './identity.js';
export type { CaseRef } from './lookup.js';
export type { SicknessReported } from './sickness.js';
export { LATE_AFTER_DAYS, reportSickness } from './sickness.js';
export type { RecoveryInput, RecoveryReported } from './recovery.js';
export { reportRecovery } from './recovery.js';
export type { CaseSummary, StepView } from './views.js';
export type { ChecklistResult, StepStatusResult } from './status.js';
export { checklist, stepStatus } from './status.js';
export type { Task } from './tasks.js';
export { TASK_HORIZON_DAYS, myTasks } from './tasks.js';
export type { StepRecorded, VersionOption } from './steps.js';
export { completeStep, deviate, markNotApplicable, MAX_REASON_LENGTH } from './steps.js';
export type { PlanAdvice } from './plan.js';
export { advisePlan, agreePlan, planAdviceOf } from './plan.js';
export type { RoleAssigned, RoleChange } from './roles.js';
export { assignRole, revokeRole } from './roles.js';
export type { FindPurpose, PersonMatch } from './people.js';
export { casesVisibleTo, findPeople } from './people.js';
export type { ExportOptions, PersonExport } from './export.js';
export { exportPerson } from './export.js';
export type { ImportWarning, RolesImported } from './importRoles.js';
export { importRoles, ROLES_CSV_COLUMNS } from './importRoles.js';
export type { EmployerSet } from './employer.js';
export { setEmployer } from './employer.js';
export { nextDueOf, timelineOf, toTimelineCase, withNextDue } from './timeline.js';
export type {
  CaseAdvance, DueReminders, DueRemindersOptions, PersonReminders, ReminderItem, ReminderKind, ReminderSlot, RemindersEnqueued,
} from './reminders.js';
export {
  dueReminders, enqueueReminders, latestReminderSlot, nextReminderSlot, reminderKey, reminderMessage,
} from './reminders.js';
export type { Digest, DigestCase, DigestOptions, DigestStagnation, DigestStanding, DigestStep, HrDigestSubscription } from './digest.js';
export {
  buildDigest, buildDigests, digestDayOf, digestKey, digestStandingOf, DIGEST_OPT_IN, DIGEST_TIME, isoWeekOf, setHrDigestOptIn, subscribeHrDigest,
} from './digest.js';
export type { PurgedItem, PurgeOptions, PurgeReport } from './purge.js';
export { purge, PURGE_REASON } from './purge.js';
