// "rol toekennen @persoon ROL [voor zaak ZAAK]" / "rol intrekken …": HR and admins hand out roles; the
// separation rules' refusals (domain.md §6) and the one-time manager-as-casemanager warning are explained.
import { assignRole, revokeRole, NotAllowedError, NotFoundError } from '../src/app/index.js';
import { joinList, roleName, t } from '../src/core/i18n/translate.js';
import { ROLES, type Role } from '../src/core/roles.js';
import type { FlowContext, FlowResult } from './context.js';
import type { ParsedCommand } from './grammar/types.js';
import { errorMessage, textMessage } from './messages.js';
import { resolveSubject } from './people.js';

type RoleCommand = Extract<ParsedCommand, { intent: 'role' }>;

/** The usage line, with every role name in the user's language. */
function usage(fc: FlowContext): FlowResult {
  const roles = joinList(fc.locale, ROLES.map((r) => `${r} (${roleName(fc.locale, r)})`));
  return { replies: [textMessage(t(fc.locale, 'roles.usage', { roles }))], state: null };
}

/** The command text that repeats this request for one person (for choice buttons). */
function commandFor(fc: FlowContext, cmd: RoleCommand & { action: 'assign' | 'revoke'; role: Role }, mention: string): string {
  const verb = fc.locale === 'en' ? `role ${cmd.action}` : `rol ${cmd.action === 'assign' ? 'toekennen' : 'intrekken'}`;
  const onCase = cmd.caseId ? (fc.locale === 'en' ? ` for case ${cmd.caseId}` : ` voor zaak ${cmd.caseId}`) : '';
  return `${verb} ${mention} ${cmd.role}${onCase}`;
}

/** The name of the case's employee, when a case id was given. */
function caseEmployee(fc: FlowContext, caseId: string | undefined): string | undefined {
  if (!caseId) return undefined;
  const c = fc.store.cases.get(caseId);
  return c && c.employerId === fc.actor.employerId ? fc.store.people.get(c.employeeId)?.name : undefined;
}

/** Assigns or revokes a role. */
export async function rolesFlow(fc: FlowContext, cmd: RoleCommand): Promise<FlowResult> {
  if (!cmd.action || !cmd.role || !cmd.subject) return usage(fc);
  const full = { ...cmd, action: cmd.action, role: cmd.role };
  const who = await resolveSubject(fc, {
    ref: cmd.subject, purpose: 'any', createFromDirectory: true, commandFor: (m) => commandFor(fc, full, m),
  });
  if (who.kind === 'replies') return who.result;
  const { locale } = fc;
  const change = { personRef: who.person.personId, role: cmd.role, caseId: cmd.caseId ?? null };
  const role = roleName(locale, cmd.role);
  const employee = caseEmployee(fc, cmd.caseId);
  try {
    if (cmd.action === 'revoke') {
      revokeRole(fc.app, fc.actor, change);
      const text = employee
        ? t(locale, 'roles.revokedOnCase', { name: who.person.name, role, employee })
        : t(locale, 'roles.revoked', { name: who.person.name, role });
      return { replies: [textMessage(text)], state: null };
    }
    const r = assignRole(fc.app, fc.actor, change);
    const lines = [
      r.alreadyHeld ? t(locale, 'roles.alreadyHeld', { name: who.person.name, role })
        : employee ? t(locale, 'roles.assignedOnCase', { name: who.person.name, role, employee })
          : t(locale, 'roles.assigned', { name: who.person.name, role }),
    ];
    if (r.warning) lines.push(t(locale, 'roles.warning', { warning: r.warning[locale] }));
    return { replies: [textMessage(...lines)], state: null };
  } catch (err) {
    if (err instanceof NotAllowedError) {
      return { replies: [textMessage(t(locale, 'roles.refused', { reason: err.userMessage[locale] }))], state: null };
    }
    if (err instanceof NotFoundError && err.kind === 'role') {
      return { replies: [textMessage(t(locale, 'roles.notHeld', { name: who.person.name, role }))], state: null };
    }
    return { replies: [errorMessage(err, locale)], state: null };
  }
}
