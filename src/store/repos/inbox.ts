// Inbound de-duplication: an event id counts once; ids older than a week are forgotten (platforms retry for minutes).
import type { Platform } from '../../ports/records.js';
import type { Inbox } from '../../ports/store.js';
import type { Statements } from '../db.js';

/** How long an event id is remembered. */
export const INBOX_RETENTION_MS = 7 * 86_400_000;
/** The cleanup runs at most this often, piggybacking on firstSeen (no timer of its own). */
const CLEANUP_EVERY_MS = 3_600_000;

/** SQLite implementation of Inbox. */
export class SqliteInbox implements Inbox {
  private lastCleanup = Number.NEGATIVE_INFINITY;
  constructor(private readonly st: Statements) {}

  firstSeen(platform: Platform, eventId: string, now: Date): boolean {
    if (now.getTime() - this.lastCleanup >= CLEANUP_EVERY_MS) {
      this.lastCleanup = now.getTime();
      this.purgeSeenBefore(new Date(now.getTime() - INBOX_RETENTION_MS));
    }
    const r = this.st.get('INSERT OR IGNORE INTO inbox (platform, event_id, seen_at) VALUES (?, ?, ?)').run(platform, eventId, now.toISOString());
    return r.changes === 1;
  }

  /** Forgets ids seen before `cutoff`; returns how many. */
  purgeSeenBefore(cutoff: Date): number {
    return this.st.get('DELETE FROM inbox WHERE seen_at < ?').run(cutoff.toISOString()).changes;
  }
}
