// Small builders for the replies every flow gives: a line of text, and the kind answer to a use-case error.
import type { Locale } from '../src/core/i18n/locale.js';
import { t } from '../src/core/i18n/translate.js';
import {
  ConcurrencyError, MedicalDataRefused, NotAllowedError, NotFoundError, ValidationError,
} from '../src/app/index.js';
import { log } from '../src/log.js';
import { message, type UiBlock, type UiButton, type UiMessage } from '../src/core/ui.js';

/** A message of one or more lines of text (the first is the summary). */
export function textMessage(...lines: string[]): UiMessage {
  return message(lines[0] ?? '', ...lines.map((text): UiBlock => ({ type: 'text', text })));
}

/** A message with text lines followed by a row of buttons. */
export function withButtons(lines: string[], buttons: UiButton[]): UiMessage {
  const blocks: UiBlock[] = lines.map((text) => ({ type: 'text', text }));
  if (buttons.length) blocks.push({ type: 'buttons', buttons });
  return message(lines[0] ?? '', ...blocks);
}

/** True for the errors the use cases throw on purpose (each has a kind message). */
export function isExpectedError(err: unknown): boolean {
  return err instanceof NotAllowedError || err instanceof MedicalDataRefused || err instanceof ValidationError
    || err instanceof NotFoundError || err instanceof ConcurrencyError;
}

/**
 * The kind answer to an error of a use case. Unexpected errors are logged by name only (never a text a user
 * typed) and get the generic apology.
 */
export function errorMessage(err: unknown, locale: Locale): UiMessage {
  if (err instanceof MedicalDataRefused) return textMessage(t(locale, 'refusal.medical'));
  if (err instanceof ConcurrencyError) return textMessage(t(locale, 'refusal.concurrency'));
  if (err instanceof NotFoundError && err.kind === 'person') return textMessage(t(locale, 'refusal.notFound'));
  if (err instanceof NotAllowedError || err instanceof ValidationError || err instanceof NotFoundError) {
    return textMessage(err.userMessage[locale]);
  }
  log.error({ error: err instanceof Error ? err.name : 'unknown' }, 'flow failed');
  return textMessage(t(locale, 'refusal.error'));
}
