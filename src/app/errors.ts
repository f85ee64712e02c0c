// Typed errors of the use cases: each carries a code for the log and a kind Localized message for the user.
import type { Localized } from '../core/i18n/locale.js';
import type { GuardCategory } from '../core/privacy/guardTypes.js';
import { ConcurrencyError } from '../ports/store.js';

export { ConcurrencyError };

/** The policy or a separation rule refused the action; `reason` is the audit reason code. */
export class NotAllowedError extends Error {
  constructor(public readonly reason: string, public readonly userMessage: Localized) {
    super(`not allowed: ${reason}`);
    this.name = 'NotAllowedError';
  }
}

/** A free text looked medical: nothing was stored; `fields` names the refused inputs (never their text). */
export class MedicalDataRefused extends Error {
  readonly userMessage: Localized = {
    nl: 'Dit mag ik niet vastleggen: het lijkt over de gezondheid te gaan. Dat bespreek je met de bedrijfsarts.',
    en: "I can't record this: it seems to be about health. That is something to discuss with the occupational physician.",
  };
  constructor(public readonly fields: string[], public readonly categories: GuardCategory[]) {
    super(`medical data refused in ${fields.join(', ')}`);
    this.name = 'MedicalDataRefused';
  }
}

/** An input is missing or wrong; `field` is the input id (intake field id, 'date', 'reason', 'line:N' …). */
export class ValidationError extends Error {
  constructor(
    public readonly field: string,
    public readonly userMessage: Localized,
    /** CSV line number for roles-import errors. */
    public readonly line?: number,
  ) {
    super(line ? `line ${line}: ${userMessage.en}` : `invalid ${field}: ${userMessage.en}`);
    this.name = 'ValidationError';
  }
}

/** What could not be found. */
export type NotFoundKind = 'person' | 'case' | 'employer' | 'role';

/** A referenced person, case, employer or role assignment does not exist (or is not visible). */
export class NotFoundError extends Error {
  constructor(public readonly kind: NotFoundKind, public readonly userMessage: Localized) {
    super(`${kind} not found`);
    this.name = 'NotFoundError';
  }
}

/** Kind message for a stale write: someone else changed the case meanwhile. */
export const RETRY_MESSAGE: Localized = {
  nl: 'Iemand anders heeft deze casus net bijgewerkt. Bekijk hem opnieuw en probeer het nog eens.',
  en: 'Someone else just updated this case. Please look at it again and retry.',
};

/** The user-facing message of any use-case error, or undefined for unexpected errors. */
export function userMessageOf(err: unknown): Localized | undefined {
  if (err instanceof ConcurrencyError) return RETRY_MESSAGE;
  if (err instanceof NotAllowedError || err instanceof MedicalDataRefused
    || err instanceof ValidationError || err instanceof NotFoundError) return err.userMessage;
  return undefined;
}
