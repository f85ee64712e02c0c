// The vocabulary of domain.md §6: roles, relations to a case, data classes and actions.
// Kept as `as const` arrays so zod schemas, tests and sweeps can enumerate them.

/** Every role a person can hold at an employer (some also per case). */
export const ROLES = [
  'employee', 'manager', 'hr', 'casemanager', 'casemanager-td', 'bedrijfsarts',
  'arbeidsdeskundige', 'loonwaardedeskundige', 'insurer', 'admin',
] as const;
/** A role id from domain.md §6. */
export type Role = (typeof ROLES)[number];

/** Roles that are also assigned to one case (not only to the employer). */
export const CASE_ASSIGNED_ROLES = ['casemanager', 'casemanager-td', 'arbeidsdeskundige', 'loonwaardedeskundige'] as const satisfies readonly Role[];

/** Roles on the employer side: they may never store or receive medical text. */
export const EMPLOYER_SIDE_ROLES = ['manager', 'hr', 'casemanager', 'insurer', 'admin'] as const satisfies readonly Role[];

/** How an actor stands to a case (domain.md §6). */
export const RELATIONS = ['self', 'manager', 'reporter', 'assigned', 'employer', 'none'] as const;
/** A relation of an actor to a case. */
export type Relation = (typeof RELATIONS)[number];

/** Data classes the bot holds; medical data has no class because it is never held. */
export const DATA_CLASSES = ['contact', 'absence', 'process', 'functional-advice'] as const;
/** A data class. */
export type DataClass = (typeof DATA_CLASSES)[number];

/** Every action `authorize` decides on; anything else is refused. */
export const ACTIONS = [
  'case.report', 'case.recover', 'case.read.absence', 'case.read.process',
  'case.read.functional-advice', 'case.write.functional-advice',
  'step.complete', 'step.not-applicable', 'step.deviate', 'plan.agree', 'plan.advise',
  'role.assign', 'digest.receive', 'audit.read', 'person.export',
  'employer.configure', 'retention.purge',
] as const;
/** An action id. */
export type Action = (typeof ACTIONS)[number];
