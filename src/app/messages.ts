// Kind, short user texts the use cases attach to their errors (Dutch first, English alongside).
import type { Localized } from '../core/i18n/locale.js';

/** Message texts keyed by purpose. */
export const MSG = {
  personNotFound: { nl: 'Die persoon ken ik niet.', en: "I don't know that person." },
  caseNotFound: { nl: 'Ik vind geen verzuimcasus.', en: "I can't find a sick-leave case." },
  noOpenCase: { nl: 'Er loopt geen ziekmelding voor deze persoon.', en: 'This person is not reported sick.' },
  employerNotFound: { nl: 'Die werkgever ken ik niet.', en: "I don't know that employer." },
  roleNotHeld: { nl: 'Die rol heeft deze persoon niet.', en: "This person doesn't hold that role." },
  dateInvalid: { nl: 'Geef een geldige datum (JJJJ-MM-DD).', en: 'Please give a valid date (YYYY-MM-DD).' },
  dateInFuture: { nl: 'Deze datum ligt in de toekomst.', en: 'This date is in the future.' },
  alreadySick: {
    nl: 'Deze persoon is al ziek gemeld. Meld eerst het herstel, dan kan een nieuwe ziekmelding.',
    en: 'This person is already reported sick. Report the recovery first, then a new sick report is possible.',
  },
  overlapsEarlier: {
    nl: 'Deze eerste ziektedag valt in of vóór een eerdere ziekteperiode.',
    en: 'This first sick day falls in or before an earlier sick period.',
  },
  recoveryBeforeStart: {
    nl: 'De hersteldatum is de eerste dag weer aan het werk en moet na de eerste ziektedag liggen.',
    en: 'The recovery date is the first day back at work and must be after the first sick day.',
  },
  recoveryTooFar: {
    nl: 'Een herstel kun je hooguit een week vooruit melden.',
    en: 'A recovery can be reported at most a week ahead.',
  },
  reasonRequired: { nl: 'Geef een korte reden.', en: 'Please give a short reason.' },
  reasonTooLong: { nl: 'Houd de reden korter (max. 500 tekens).', en: 'Please keep the reason shorter (500 characters at most).' },
  deviationNotLater: {
    nl: 'Een afwijking moet een latere datum hebben dan de huidige termijn.',
    en: 'A deviation needs a date later than the current deadline.',
  },
  stepNotInCase: { nl: 'Deze stap hoort niet bij deze casus.', en: 'This step does not apply to this case.' },
  roleNotForCase: {
    nl: 'Deze rol wordt aan de werkgever toegekend, niet aan één casus.',
    en: 'This role is held at the employer, not on one case.',
  },
  intakeInvalid: { nl: 'Dit antwoord klopt niet.', en: 'This answer is not valid.' },
  csvHeader: {
    nl: 'De kopregel moet zijn: employer,personId,name,email,slackUserId,teamsAadObjectId,role,managerPersonId,employmentEnd',
    en: 'The header must be: employer,personId,name,email,slackUserId,teamsAadObjectId,role,managerPersonId,employmentEnd',
  },
  csvUnknownManager: { nl: 'managerPersonId verwijst naar een onbekende persoon.', en: 'managerPersonId names an unknown person.' },
  csvQuote: { nl: 'Aanhalingsteken niet afgesloten.', en: 'Unclosed quote.' },
  officeHours: { nl: 'Kantooruren als 08:00-18:00.', en: 'Office hours as 08:00-18:00.' },
} satisfies Record<string, Localized>;
