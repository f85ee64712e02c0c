// Pacing, so the outbox never hammers a platform: a minimum gap per target conversation (Slack about one
// message per second per channel, Teams at most seven per second per conversation), a minimum gap per
// platform, and a pause of the whole platform while a Retry-After runs. Real (monotonic) time: this is
// about the platform's clock, not the scheduler's.
import type { DeliveryTarget } from '../ports/outbox.js';
import type { Platform } from '../ports/records.js';

/** Minimum gaps in milliseconds. */
export interface PacingRules {
  perTarget: Partial<Record<Platform, number>>;
  perPlatform: Partial<Record<Platform, number>>;
}

/** Defaults: Slack 1/s per channel and 10/s overall; Teams 7/s per conversation and 40/s overall. */
export const DEFAULT_PACING: PacingRules = {
  perTarget: { slack: 1000, teams: 143, console: 0 },
  perPlatform: { slack: 100, teams: 25, console: 0 },
};

/** The conversation a target stands for (one DM per person per platform account). */
export function targetKey(t: DeliveryTarget): string {
  return `${t.platform}:${t.tenantId}:${t.userId}`;
}

/** Remembers when each target and platform was last sent to, and platform pauses. */
export class Pacer {
  private readonly lastTarget = new Map<string, number>();
  private readonly lastPlatform = new Map<Platform, number>();
  private readonly pausedUntil = new Map<Platform, number>();
  constructor(private readonly rules: PacingRules = DEFAULT_PACING, private readonly clock: () => number = () => performance.now()) {}

  /** Milliseconds to wait before sending to `t` (0: now). */
  waitMs(t: DeliveryTarget): number {
    const now = this.clock();
    const since = (m: Map<string, number> | Map<Platform, number>, k: string, gap: number) => {
      const last = (m as Map<string, number>).get(k);
      return last === undefined ? 0 : last + gap - now;
    };
    return Math.max(
      0,
      (this.pausedUntil.get(t.platform) ?? 0) - now,
      since(this.lastTarget, targetKey(t), this.rules.perTarget[t.platform] ?? 0),
      since(this.lastPlatform, t.platform, this.rules.perPlatform[t.platform] ?? 0),
    );
  }

  /** Records a send to `t` now. */
  noteSend(t: DeliveryTarget): void {
    const now = this.clock();
    this.lastTarget.set(targetKey(t), now);
    this.lastPlatform.set(t.platform, now);
  }

  /** Holds every send to `platform` for `ms` (a 429 with Retry-After). */
  pause(platform: Platform, ms: number): void {
    const until = this.clock() + ms;
    this.pausedUntil.set(platform, Math.max(this.pausedUntil.get(platform) ?? 0, until));
  }
}
