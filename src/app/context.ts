// What every use case receives: the store and the instant it runs at (time is a parameter, never read here).
import type { Actor } from '../core/policy/types.js';
import type { Store } from '../ports/store.js';

/** The store and the current instant, passed to each use case. */
export interface AppContext {
  store: Store;
  now: Date;
  /**
   * Called inside the transaction that stores the effect of the inbound event being handled (a case reported,
   * a step recorded, a role changed), so the adapter records the event's id in that same commit: a crash can
   * then never leave the effect stored without its id, and a redelivery is recognised as the duplicate it is.
   */
  onEffect?: () => void;
}

/** The operator running the CLI: no person, audited with actorPersonId null and reason 'cli.operator'. */
export interface OperatorActor {
  kind: 'operator';
}

/** The one operator value (CLI commands act as it). */
export const OPERATOR: OperatorActor = { kind: 'operator' };

/** Audit reason written for operator actions. */
export const OPERATOR_REASON = 'cli.operator';

/** True when the caller is the CLI operator rather than a person. */
export function isOperator(a: Actor | OperatorActor): a is OperatorActor {
  return (a as OperatorActor).kind === 'operator';
}
