// Who is talking: the employer from the tenant, the person from the platform account, and their roles.
import { randomUUID } from 'node:crypto';
import type { Actor, RoleAssignment } from '../core/policy/types.js';
import type { Locale } from '../core/i18n/locale.js';
import type { Employer, Person, PlatformIdentity } from '../ports/records.js';
import type { Profile } from '../ports/directory.js';
import type { Store } from '../ports/store.js';
import type { AppContext } from './context.js';

/** A platform account as an adapter reports it (flows' Sender fits this shape). */
export interface SenderIdentity extends PlatformIdentity {
  displayName?: string;
  locale?: Locale;
  email?: string;
}

/** The resolved sender: employer, person and the Actor the policy works on. */
export interface ResolvedSender {
  employer: Employer;
  person: Person;
  actor: Actor;
  /** True when the person was created on this contact. */
  created: boolean;
}

/** A fresh stable person id. */
export function newPersonId(): string {
  return 'p_' + randomUUID();
}

/**
 * The Actor for a person: their stored assignments; someone without any holds the employer-wide 'employee'
 * role implicitly. (Not added beside other roles: an external bedrijfsarts or insurer must not gain the
 * colleague's right to report sickness. An admin who is also an employee gets an explicit 'employee' row.)
 */
export function actorFor(store: Store, person: Person): Actor {
  const assignments: RoleAssignment[] = store.roles.listForPerson(person.id);
  if (assignments.length === 0) {
    assignments.push({ personId: person.id, employerId: person.employerId, role: 'employee', caseId: null });
  }
  return { personId: person.id, employerId: person.employerId, assignments };
}

/**
 * Finds the person behind a platform account at an employer, linking by e-mail to a person the roles
 * import created, or creating them from the profile.
 */
export function ensurePerson(
  store: Store, employer: Employer, identity: PlatformIdentity, profile?: Partial<Profile>,
): { person: Person; created: boolean } {
  const id: PlatformIdentity = { platform: identity.platform, tenantId: identity.tenantId, userId: identity.userId };
  const known = store.people.findByIdentity(id);
  if (known) {
    // Found through an account the roles import linked without its tenant: link the exact account too, so
    // proactive messages (a Teams conversation reference is kept per tenant) can reach the person.
    if (known.identities.some((i) => i.platform === id.platform && i.tenantId === id.tenantId && i.userId === id.userId)) return { person: known, created: false };
    store.people.linkIdentity(known.id, id);
    return { person: store.people.get(known.id) ?? known, created: false };
  }
  const email = profile?.email?.trim().toLowerCase() || null;
  if (email) {
    const byMail = store.people.listByEmployer(employer.id).find((p) => p.email?.toLowerCase() === email);
    if (byMail) {
      store.people.linkIdentity(byMail.id, id);
      if (!byMail.locale && profile?.locale) store.people.setLocale(byMail.id, profile.locale);
      return { person: store.people.get(byMail.id) ?? byMail, created: false };
    }
  }
  const person = store.people.upsert({
    id: newPersonId(), employerId: employer.id, name: profile?.name?.trim() || identity.userId,
    email, locale: profile?.locale ?? null, managerPersonId: null, employmentEnd: null, identities: [id],
  });
  return { person, created: true };
}

/** Resolves a sender on any contact: employer (first contact creates it), person and Actor (the person's own employer). */
export function resolveSender(ctx: AppContext, sender: SenderIdentity, profile?: Profile): ResolvedSender {
  return ctx.store.transaction(() => {
    const employer = ctx.store.employers.ensureForTenant(sender.platform, sender.tenantId);
    const merged: Partial<Profile> = {
      name: profile?.name ?? sender.displayName,
      locale: profile?.locale ?? sender.locale,
      email: profile?.email ?? sender.email,
    };
    const { person, created } = ensurePerson(ctx.store, employer, sender, merged);
    // An account linked by the roles import (any workspace) belongs to the employer the import named.
    const own = person.employerId === employer.id ? employer : ctx.store.employers.get(person.employerId) ?? employer;
    return { employer: own, person, actor: actorFor(ctx.store, person), created };
  });
}
