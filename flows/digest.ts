// "overzicht aan|uit" / "digest on|off": HR's opt-in to the weekly digest of all their employer's cases. A bare
// "overzicht" says whether the sender gets it and how to switch; casemanagers hear that theirs comes anyway.
import { DIGEST_TIME, digestStandingOf, subscribeHrDigest, type DigestStanding, type HrDigestSubscription } from '../src/app/index.js';
import { commandButton } from '../src/core/format/buttons.js';
import type { Locale } from '../src/core/i18n/locale.js';
import { t } from '../src/core/i18n/translate.js';
import type { DigestTurn } from './grammar/types.js';
import type { FlowContext, FlowResult } from './context.js';
import { errorMessage, textMessage, withButtons } from './messages.js';

/** The command that switches the digest, in the sender's language (parses back to the digest intent). */
const COMMAND: Record<Locale, Record<DigestTurn, string>> = {
  nl: { on: 'overzicht aan', off: 'overzicht uit' },
  en: { on: 'digest on', off: 'digest off' },
};

/** Where the sender stands, with a button to switch for HR. */
function standingReply(locale: Locale, standing: DigestStanding): FlowResult {
  const time = DIGEST_TIME;
  switch (standing) {
    case 'hr-on':
      return { replies: [withButtons([t(locale, 'digest.sub.statusOn', { time })], [commandButton(t(locale, 'digest.sub.turnOff'), COMMAND[locale].off)])], state: null };
    case 'hr-off':
      return { replies: [withButtons([t(locale, 'digest.sub.statusOff')], [commandButton(t(locale, 'digest.sub.turnOn'), COMMAND[locale].on)])], state: null };
    case 'casemanager': return { replies: [textMessage(t(locale, 'digest.sub.casemanager', { time }))], state: null };
    case 'none': return { replies: [textMessage(t(locale, 'digest.sub.none'))], state: null };
  }
}

/** The answer to a switch: done, already so, or (for a casemanager) that their own digest comes anyway. */
function switchedText(locale: Locale, r: HrDigestSubscription): string {
  const time = DIGEST_TIME;
  switch (r.standing) {
    case 'hr-on': return r.changed ? t(locale, 'digest.sub.on', { time }) : t(locale, 'digest.sub.alreadyOn', { time });
    case 'hr-off': return r.changed ? t(locale, 'digest.sub.off') : t(locale, 'digest.sub.alreadyOff');
    case 'casemanager': return t(locale, 'digest.sub.casemanager', { time });
    case 'none': return t(locale, 'digest.sub.hrOnly');
  }
}

/** Turns the sender's HR digest on or off; without `turn`, tells them where they stand. */
export function digestFlow(fc: FlowContext, turn: DigestTurn | undefined): FlowResult {
  try {
    if (!turn) return standingReply(fc.locale, digestStandingOf(fc.app, fc.actor));
    const r = subscribeHrDigest(fc.app, fc.actor, turn === 'on');
    return { replies: [textMessage(switchedText(fc.locale, r))], state: null };
  } catch (err) {
    return { replies: [errorMessage(err, fc.locale)], state: null };
  }
}
