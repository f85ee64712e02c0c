// Profiles from users.info: display name, language (nl/en) and e-mail (users:read.email), cached briefly.
import type { Locale } from '../../src/core/i18n/locale.js';
import type { PeopleDirectory, Profile } from '../../src/ports/directory.js';
import type { PlatformIdentity } from '../../src/ports/records.js';
import { z } from 'zod';
import type { Logger } from '../../src/log.js';
import { errorCode } from './errors.js';
import type { SlackWebClient } from './webClient.js';

const CACHE_MS = 10 * 60 * 1000;

const userSchema = z.object({
  name: z.string().optional(),
  real_name: z.string().optional(),
  locale: z.string().optional(),
  profile: z
    .object({ display_name: z.string().optional(), real_name: z.string().optional(), email: z.string().optional() })
    .partial()
    .optional(),
});

/** Slack locale (e.g. nl-NL, en-GB) → bot language; other languages stay unset (the employer default applies). */
export function toLocale(slackLocale: string | undefined): Locale | undefined {
  const lang = slackLocale?.toLowerCase().split(/[-_]/)[0];
  return lang === 'nl' || lang === 'en' ? lang : undefined;
}

/** PeopleDirectory over users.info. */
export class SlackDirectory implements PeopleDirectory {
  private readonly cache = new Map<string, { at: number; profile: Profile | undefined }>();

  constructor(private readonly client: SlackWebClient, private readonly log: Logger) {}

  /** Looks a Slack user up; undefined when Slack does not know them or cannot answer now. */
  async lookup(identity: PlatformIdentity): Promise<Profile | undefined> {
    if (identity.platform !== 'slack') return undefined;
    const key = `${identity.tenantId}:${identity.userId}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.profile;
    try {
      const res = await this.client.users.info({ user: identity.userId, include_locale: true });
      const parsed = userSchema.safeParse(res.user);
      const profile = parsed.success ? toProfile(parsed.data) : undefined;
      this.cache.set(key, { at: Date.now(), profile });
      return profile;
    } catch (err) {
      this.log.warn({ code: errorCode(err) }, 'slack: users.info failed');
      return undefined;
    }
  }
}

function toProfile(u: z.infer<typeof userSchema>): Profile | undefined {
  const name = u.profile?.real_name || u.real_name || u.profile?.display_name || u.name;
  if (!name) return undefined;
  const profile: Profile = { name };
  const locale = toLocale(u.locale);
  if (locale) profile.locale = locale;
  const email = z.string().email().safeParse(u.profile?.email);
  if (email.success) profile.email = email.data;
  return profile;
}
