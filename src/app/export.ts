// exportPerson: everything held about one person, for their right of access (AVG art. 15).
import type { Actor, RoleAssignment } from '../core/policy/types.js';
import type { AuditEntry, Person, StoredCase } from '../ports/records.js';
import type { AppContext, OperatorActor } from './context.js';
import { isOperator } from './context.js';
import { auditDecision, auditOperator } from './access.js';
import { authorize } from '../core/policy/authorize.js';
import { NotAllowedError, NotFoundError } from './errors.js';
import { resolvePerson, stripMention } from './lookup.js';
import { MSG } from './messages.js';
import type { PlanAdvice } from './plan.js';
import { planAdviceOf } from './plan.js';

/** The export document (stable JSON shape for `export --employee`). */
export interface PersonExport {
  exportedAt: string;
  person: Person;
  roles: RoleAssignment[];
  /** Cases where the person is the employee, with periods, intake answers and step records. */
  cases: Array<StoredCase & { planAdvice: PlanAdvice[] }>;
  /** Audit entries of actions the person took. */
  audit: AuditEntry[];
}

/** Options of an export by a person (not the operator). */
export interface ExportOptions {
  /** HR exports only when the person asked for it; the flow confirms that and passes true. */
  requestedBySubject?: boolean;
}

/** Everything held about a person; the person themselves, HR on their request, or the CLI operator. */
export function exportPerson(ctx: AppContext, actor: Actor | OperatorActor, personRef: string, opts: ExportOptions = {}): PersonExport {
  let person: Person;
  if (isOperator(actor)) {
    const ref = stripMention(personRef);
    const found = ctx.store.people.get(ref) ?? ctx.store.people.resolve(ref);
    if (!found) throw new NotFoundError('person', MSG.personNotFound);
    person = found;
    auditOperator(ctx, 'person.export');
  } else {
    person = resolvePerson(ctx.store, actor, personRef);
    const d = authorize(actor, 'person.export', null, {
      subjectPersonId: person.id, employerId: person.employerId, subjectRequested: opts.requestedBySubject === true,
    });
    auditDecision(ctx, actor, 'person.export', null, d);
    if (!d.allowed) throw new NotAllowedError(d.reason, d.message);
  }
  return {
    exportedAt: ctx.now.toISOString(),
    person,
    roles: ctx.store.roles.listForPerson(person.id),
    cases: ctx.store.cases.listByEmployee(person.id).map((c) => ({ ...c, planAdvice: planAdviceOf(ctx, c.id) })),
    audit: ctx.store.audit.list({ actorPersonId: person.id }),
  };
}
