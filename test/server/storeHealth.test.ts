// The database's write health on a real file locked by a second connection: /readyz 503 with the reason while it
// cannot be written, 200 again within about a second after; probes at most once a second; one log line per change.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/server/env.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { StoreHealth, storeUnavailableCode } from '../../src/server/storeHealth.js';
import { openStore, type SqliteStore } from '../../src/store/index.js';
import { tmpDb } from '../store/helpers.js';
import { capturedLog } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
const closers: Array<() => void | Promise<void>> = [];
beforeEach(() => { t = tmpDb(); });
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
  t.cleanup();
});

/** A second connection holding the write lock until `release()`. */
function lock(path: string): { release(): void } {
  const holder = new Database(path);
  holder.exec('BEGIN IMMEDIATE');
  let held = true;
  const release = () => { if (held) { held = false; holder.exec('ROLLBACK'); holder.close(); } };
  closers.push(release);
  return { release };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('StoreHealth', () => {
  it('probes with a short wait, caches the answer for a second, and logs once per change of state', async () => {
    const store: SqliteStore = openStore(t.path);
    closers.push(() => store.close());
    const { log, lines } = capturedLog();
    let probes = 0;
    let clock = 0;
    const health = new StoreHealth((busyMs, now) => { probes++; return store.inbound.probeWrite(busyMs, now); }, log, { nowMs: () => clock });
    closers.push(() => health.close());

    expect(health.current()).toEqual({ writable: true });
    expect(health.current()).toEqual({ writable: true });
    expect(probes).toBe(1); // cached
    const held = lock(t.path);
    clock = 1000;
    const t0 = performance.now();
    expect(health.current()).toEqual({ writable: false, reason: 'SQLITE_BUSY' });
    expect(performance.now() - t0).toBeLessThan(1000); // waited about 50 ms for the lock, not the store's 5 s
    clock = 1500;
    expect(health.current().writable).toBe(false);
    expect(probes).toBe(2);
    held.release();
    expect(health.lastKnown().writable).toBe(false); // not probed yet
    clock = 2000;
    expect(health.current()).toEqual({ writable: true });
    expect(lines.filter((l) => l.includes('database not writable'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('database writable again'))).toHaveLength(1);
    expect(lines.join('\n')).not.toContain(t.path); // a reason, never a path
  });

  it('learns from writes: a lock or read-only error marks it unwritable, other errors do not', () => {
    const { log } = capturedLog();
    const health = new StoreHealth(() => ({ ok: true }), log);
    closers.push(() => health.close());
    expect(health.writeFailed(new TypeError('a bug'))).toBe(false);
    expect(health.lastKnown().writable).toBe(true);
    expect(health.writeFailed(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }))).toBe(true);
    expect(health.lastKnown()).toEqual({ writable: false, reason: 'SQLITE_IOERR_WRITE' });
    health.wrote();
    expect(health.lastKnown().writable).toBe(true);
    expect(storeUnavailableCode({ code: 'SQLITE_READONLY_DBMOVED' })).toBe('SQLITE_READONLY_DBMOVED');
    expect(storeUnavailableCode({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBeUndefined();
  });

  it('notices by itself, within about a second, that the database can be written again', async () => {
    const store = openStore(t.path);
    closers.push(() => store.close());
    const { log } = capturedLog();
    const health = new StoreHealth((busyMs, now) => store.inbound.probeWrite(busyMs, now), log);
    closers.push(() => health.close());
    let recovered = 0;
    health.onWritable(() => recovered++);
    const held = lock(t.path);
    expect(health.current().writable).toBe(false);
    held.release();
    const t0 = Date.now();
    while (recovered === 0 && Date.now() - t0 < 3000) await sleep(50);
    expect(recovered).toBe(1);
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(health.lastKnown().writable).toBe(true);
  });
});

describe('/readyz while another connection holds the write lock', () => {
  let srv: RunningServer;
  beforeEach(async () => {
    srv = await startServer({ env: loadEnv({ PORT: '0', DATABASE_PATH: t.path }), log: capturedLog().log });
    closers.push(() => srv.close());
  });

  it('is 503 with the reason while locked and 200 again after, never stalling on the lock', async () => {
    const url = `http://127.0.0.1:${srv.port}/readyz`;
    expect((await fetch(url)).status).toBe(200);
    const held = lock(t.path);
    await sleep(1100); // past the cached answer
    const t0 = performance.now();
    const during = await fetch(url);
    const ms = performance.now() - t0;
    expect(during.status).toBe(503);
    expect(await during.json()).toEqual({ status: 'not-ready', reason: 'database not writable (SQLITE_BUSY)' });
    expect(ms).toBeLessThan(1000);
    held.release();
    await sleep(1100);
    const after = await fetch(url);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: 'ready' });
  });
});
