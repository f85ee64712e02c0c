// Looks up a platform user's profile (Slack users.info, Teams activity/roster) on first contact.
import type { Locale } from '../core/i18n/locale.js';
import type { PlatformIdentity } from './records.js';

/** Profile facts the bot may keep about a person. */
export interface Profile {
  name: string;
  locale?: Locale;
  email?: string;
}

/** Implemented by adapters; returns undefined when the platform does not know the user. */
export interface PeopleDirectory {
  lookup(identity: PlatformIdentity): Promise<Profile | undefined>;
}
