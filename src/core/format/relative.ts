// Relative phrases for deadlines and past events ("over 3 dagen", "3 dagen te laat", "in 3 days").
import { diffDays, type IsoDate } from '../calendar/isoDate.js';
import type { Locale } from '../i18n/locale.js';
import { plural, t } from '../i18n/translate.js';

/** How a deadline stands as of `today`: "vandaag", "morgen", "over 3 dagen", "1 dag te laat". */
export function relativeDue(due: IsoDate, today: IsoDate, locale: Locale): string {
  const days = diffDays(today, due);
  if (days === 0) return t(locale, 'date.today');
  if (days === 1) return t(locale, 'date.tomorrow');
  if (days > 1) return plural(locale, 'date.inDays', days);
  return plural(locale, 'date.daysOverdue', -days);
}

/** How long ago something happened as of `today`: "vandaag", "gisteren", "3 dagen geleden" (future: "over 3 dagen"). */
export function relativePast(date: IsoDate, today: IsoDate, locale: Locale): string {
  const days = diffDays(date, today);
  if (days === 0) return t(locale, 'date.today');
  if (days === 1) return t(locale, 'date.yesterday');
  if (days > 1) return plural(locale, 'date.daysAgo', days);
  return relativeDue(date, today, locale);
}
