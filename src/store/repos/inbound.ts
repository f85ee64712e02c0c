// The durable inbound queue: deliveries and their inbox ids are written in one short transaction before their
// acknowledgements (the deliveries of one turn of the event loop together), and each is deleted once handled. Writers that must not stall the event loop (the acknowledgement path,
// the readiness probe) wait for another process's write lock only briefly (`busyMs`), then fail.
import type { Platform } from '../../ports/records.js';
import type { InboundItem, InboundQueue, Inbox, NewInbound, WriteProbe } from '../../ports/store.js';
import type { Connection, Statements } from '../db.js';

interface Row {
  id: number;
  platform: Platform;
  event_id: string;
  kind: string;
  lane: string;
  payload: string;
  received_at: string;
}

const toItem = (r: Row): InboundItem => ({
  id: r.id, platform: r.platform, eventId: r.event_id, kind: r.kind, lane: r.lane, payload: r.payload,
  receivedAt: new Date(r.received_at),
});

/** SQLite implementation of InboundQueue. */
export class SqliteInboundQueue implements InboundQueue {
  /** The connection's own busy timeout, restored after each short wait. */
  private readonly defaultBusyMs: number;
  private enqueueTx?: (items: readonly NewInbound[], now: Date) => Array<InboundItem | null>;
  private probeTx?: (now: Date) => void;

  constructor(private readonly db: Connection, private readonly st: Statements, private readonly inbox: Inbox) {
    this.defaultBusyMs = Number(db.pragma('busy_timeout', { simple: true }));
  }

  /** The enqueue transaction (prepared on first use, so a store opened on an older schema can still be built). */
  private enqueueTransaction(): (items: readonly NewInbound[], now: Date) => Array<InboundItem | null> {
    const insert = this.st.get<[string, string, string, string, string, string], { id: number }>(
      'INSERT INTO inbound (platform, event_id, kind, lane, payload, received_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
    );
    return this.db.transaction((items: readonly NewInbound[], now: Date) => {
      const at = now.toISOString();
      return items.map((item): InboundItem | null => {
        if (!this.inbox.firstSeen(item.platform, item.eventId, now)) return null;
        const { id } = insert.get(item.platform, item.eventId, item.kind, item.lane, item.payload, at)!;
        return { ...item, id, receivedAt: now };
      });
    }).immediate;
  }

  private probeTransaction(): (now: Date) => void {
    const probe = this.st.get('INSERT INTO inbound_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at');
    return this.db.transaction((now: Date) => { probe.run(now.toISOString()); }).immediate;
  }

  enqueue(items: readonly NewInbound[], now: Date, busyMs: number): Array<InboundItem | null> {
    if (items.length === 0) return [];
    this.enqueueTx ??= this.enqueueTransaction();
    const tx = this.enqueueTx;
    return this.briefly(busyMs, () => tx(items, now));
  }

  pending(platform: Platform): InboundItem[] {
    return this.st.get<[string], Row>('SELECT id, platform, event_id, kind, lane, payload, received_at FROM inbound WHERE platform = ? ORDER BY id').all(platform).map(toItem);
  }

  done(id: number): void {
    this.st.get('DELETE FROM inbound WHERE id = ?').run(id);
  }

  probeWrite(busyMs: number, now: Date): WriteProbe {
    try {
      this.probeTx ??= this.probeTransaction();
      const tx = this.probeTx;
      this.briefly(busyMs, () => tx(now));
      return { ok: true };
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('SQLITE_')) return { ok: false, code };
      if (!this.db.open) return { ok: false, code: 'closed' };
      throw err;
    }
  }

  /** Runs `fn` with the busy timeout lowered to `busyMs`, then restores the connection's own. */
  private briefly<T>(busyMs: number, fn: () => T): T {
    if (!Number.isInteger(busyMs) || busyMs < 0) throw new RangeError(`busyMs must be a whole number of ms, got ${busyMs}`);
    if (busyMs === this.defaultBusyMs) return fn();
    this.st.get(`PRAGMA busy_timeout = ${busyMs}`).get();
    try {
      return fn();
    } finally {
      this.st.get(`PRAGMA busy_timeout = ${this.defaultBusyMs}`).get();
    }
  }
}
