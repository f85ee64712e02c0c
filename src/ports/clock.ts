// Time as a port: the app and scheduler receive instants from here, the core only as parameters.

/** Source of the current instant. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock fixed at (or moved to) a given instant, for tests and `--date`. */
export function fixedClock(at: Date): Clock & { set(d: Date): void } {
  let t = at;
  return { now: () => t, set: (d: Date) => { t = d; } };
}
