// The use cases keep no reminder rules of their own: nextDue and "needs action" come from the engine's module.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportSickness } from '../../src/app/sickness.js';
import { ACTIONABLE, nextDueOf, timelineOf } from '../../src/app/timeline.js';
import * as app from '../../src/app/index.js';
import { ACTIONABLE_STATUSES, nextDueOf as coreNextDueOf } from '../../src/core/timeline/reminderDue.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import { intake, P, world, type World } from './helpers.js';

let w: World;
beforeEach(() => { w = world(); });
afterEach(() => w.cleanup());

describe('app timeline bridge', () => {
  it('uses the one core implementation of nextDue and of the actionable statuses', () => {
    expect(nextDueOf).toBe(coreNextDueOf);
    expect(app.nextDueOf).toBe(coreNextDueOf);
    expect(ACTIONABLE).toBe(ACTIONABLE_STATUSES);
  });

  it('stores the core nextDue on a reported case', () => {
    const saved = reportSickness(w.at('2025-01-06'), w.actor(P.piet), intake(P.anna, '2025-01-06') as unknown as IntakeInput).case;
    const expected = coreNextDueOf(timelineOf(w.store, saved, '2025-01-06'));
    expect(expected).not.toBeNull();
    expect(saved.nextDue).toBe(expected);
  });
});
