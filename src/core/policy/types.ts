// Shapes the policy works on: who holds which role where, and what a case exposes to authorize().
import type { Localized } from '../i18n/locale.js';
import type { Relation, Role } from '../roles.js';

/** A role held by a person at an employer; `caseId` set for case-assigned roles. */
export interface RoleAssignment {
  personId: string;
  employerId: string;
  role: Role;
  caseId: string | null;
}

/** The person acting, with every role assignment they hold. */
export interface Actor {
  personId: string;
  employerId: string;
  assignments: RoleAssignment[];
}

/** The facts about a case that decide access (never its content). */
export interface CaseAccess {
  caseId: string;
  employerId: string;
  employeeId: string;
  /** Manager on record: from the roles import, else the first reporter. */
  managerOfRecordId: string | null;
  /** Everyone who reported a period of this case. */
  reporterIds: string[];
}

/** Machine-readable reason for a refusal (or for allowing), written to the audit log. */
export type ReasonCode = string;

/** Outcome of authorize(): allowed with the relation that allowed it, or refused with a kind explanation. */
export type Decision =
  | {
      allowed: true; relation: Relation; reason: ReasonCode;
      /** `audit.read` by admin: audit entries only, never case content. */
      entriesOnly?: boolean;
    }
  | { allowed: false; relation: Relation; reason: ReasonCode; message: Localized };
