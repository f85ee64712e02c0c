// The only text a channel may see about an absence (domain.md §5 "Colleagues"): that the person is away, the
// expected return if known, and who takes over which work. Never "ziek", never a reason. A handover the
// medical-text guard refuses (or that mentions sickness at all) is left out. Names come from the people
// directory and are used as given.
import { isIsoDate, type IsoDate } from '../calendar/isoDate.js';
import type { Locale } from '../i18n/locale.js';
import { checkText } from './guard/index.js';

/** Longest handover text shown in a notice. */
export const HANDOVER_MAX = 200;

const MONTHS: Record<Locale, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

// Words that would say the person is sick; a handover containing one is left out.
const SICK_WORDS = /(ziek|sick|\bill\b|illness|\bunwell\b)/i;

/** A date written for people: "12 maart" (nl) or "12 March" (en); the year is added when it differs from `today`'s. */
export function formatDayMonth(d: IsoDate, locale: Locale, today?: IsoDate): string {
  const day = Number(d.slice(8, 10));
  const month = MONTHS[locale][Number(d.slice(5, 7)) - 1];
  const year = today && today.slice(0, 4) !== d.slice(0, 4) ? ` ${d.slice(0, 4)}` : '';
  return `${day} ${month}${year}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A handover that may be shown: non-empty, not medical, not about sickness; shortened to HANDOVER_MAX. */
function shownHandover(h: { who: string; what: string }): { who: string; what: string } | null {
  const who = oneLine(h.who);
  const what = oneLine(h.what).replace(/[\s.;,:!?]+$/, '');
  if (who === '' || what === '') return null;
  if (SICK_WORDS.test(what) || checkText(h.what).medical || checkText(what).medical) return null;
  return { who, what: what.length > HANDOVER_MAX ? what.slice(0, HANDOVER_MAX - 1).trimEnd() + '…' : what };
}

/** The colleague notice for a channel, e.g. "Anna is afwezig, verwacht terug rond 12 maart; Piet neemt de offertes over." */
export function colleagueNotice(args: {
  employeeName: string;
  expectedReturn: IsoDate | null;
  handovers: Array<{ who: string; what: string }>;
  locale: Locale;
  /** When given, the year is written if the expected return falls in another year. */
  today?: IsoDate;
}): string {
  const { locale } = args;
  const name = oneLine(args.employeeName) || (locale === 'nl' ? 'Een collega' : 'A colleague');
  const parts: string[] = [locale === 'nl' ? `${name} is afwezig` : `${name} is away`];
  if (args.expectedReturn && isIsoDate(args.expectedReturn)) {
    const when = formatDayMonth(args.expectedReturn, locale, args.today);
    parts[0] += locale === 'nl' ? `, verwacht terug rond ${when}` : `, expected back around ${when}`;
  }
  for (const h of args.handovers) {
    const shown = shownHandover(h);
    if (!shown) continue;
    parts.push(locale === 'nl' ? `${shown.who} neemt ${shown.what} over` : `${shown.who} takes over ${shown.what}`);
  }
  return parts.join('; ') + '.';
}
