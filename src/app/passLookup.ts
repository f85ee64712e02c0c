// PassLookup: what one scheduler pass reads of employers, people and employer-wide role holders, each once.
import type { Locale } from '../core/i18n/locale.js';
import type { Role } from '../core/roles.js';
import type { Employer, Person } from '../ports/records.js';
import type { Store } from '../ports/store.js';

/** Per-pass memo of employers, people and employer-wide role holders (a pass reads each once). */
export class PassLookup {
  private readonly employers = new Map<string, Employer | undefined>();
  private readonly people = new Map<string, Person | undefined>();
  private readonly wide = new Map<Role, Map<string, string[]>>();
  private readonly names = new Map<string, string | undefined>();
  constructor(readonly store: Store) {}
  /** The employer (cached). */
  employer(id: string): Employer | undefined {
    if (!this.employers.has(id)) this.employers.set(id, this.store.employers.get(id));
    return this.employers.get(id);
  }
  /** The person (cached). */
  person(id: string): Person | undefined {
    const p = this.people.get(id);
    if (p !== undefined || this.people.has(id)) return p;
    const read = this.store.people.get(id);
    this.people.set(id, read);
    return read;
  }
  /** Reads the people not cached yet in one go (a big pass: thousands of recipients). */
  prefetch(ids: Iterable<string>): void {
    const missing = [...ids].filter((id) => !this.people.has(id));
    if (!missing.length) return;
    for (const p of this.store.people.getMany(missing)) this.people.set(p.id, p);
    for (const id of missing) if (!this.people.has(id)) this.people.set(id, undefined);
  }
  /** Reads the display names not known yet in one go (the lines a digest shows). */
  prefetchNames(ids: Iterable<string>): void {
    const missing = [...new Set(ids)].filter((id) => !this.names.has(id) && !this.people.has(id));
    if (!missing.length) return;
    const found = this.store.people.namesOf(missing);
    for (const id of missing) this.names.set(id, found.get(id));
  }
  /** Employer-wide holders of a role (cached). */
  employerWide(employerId: string, role: Role): string[] {
    // By role, then employer: a pass asks thousands of times, so no key string is made per question.
    let byEmployer = this.wide.get(role);
    if (!byEmployer) this.wide.set(role, (byEmployer = new Map()));
    let ids = byEmployer.get(employerId);
    if (!ids) byEmployer.set(employerId, (ids = this.store.roles.holders(employerId, role)));
    return ids;
  }
  /** The person's language: their own choice, else the employer's. */
  localeOf(personId: string): Locale {
    const p = this.person(personId);
    return p?.locale ?? (p && this.employer(p.employerId)?.settings.language) ?? 'nl';
  }
  /** An employee's display name for messages (ids never reach a person). */
  nameOf(personId: string): string {
    if (this.names.has(personId)) return this.names.get(personId) ?? '?';
    return this.person(personId)?.name ?? '?';
  }
}
