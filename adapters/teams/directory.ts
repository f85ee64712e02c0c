// PeopleDirectory for Teams: name and locale as the person's own activities reported them.
import type { PeopleDirectory, Profile } from '../../src/ports/directory.js';
import type { PlatformIdentity } from '../../src/ports/records.js';
import type { ReferenceBook } from './references.js';

/** Looks people up in the stored references (Teams sends name and locale with every activity). */
export function createTeamsDirectory(book: ReferenceBook): PeopleDirectory {
  return {
    async lookup(identity: PlatformIdentity): Promise<Profile | undefined> {
      if (identity.platform !== 'teams') return undefined;
      const entry = book.get(identity.tenantId, identity.userId);
      if (!entry?.name) return undefined;
      const profile: Profile = { name: entry.name };
      if (entry.locale) profile.locale = entry.locale;
      return profile;
    },
  };
}
