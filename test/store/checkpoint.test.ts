// Manual checkpoints (the server): commits leave the write-ahead log alone until checkpoint() folds it in.
import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, SAFETY_CHECKPOINT_PAGES } from '../../src/store/index.js';
import { tmpDb } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
beforeEach(() => { t = tmpDb(); });
afterEach(() => t.cleanup());

const fill = (s: ReturnType<typeof openStore>) => s.transaction(() => {
  for (let i = 0; i < 12000; i++) s.kv.set('test', `k${i}`, { text: 'x'.repeat(400) });
});

describe('checkpoints', () => {
  it('with manual checkpoints a big commit stays in the log until checkpoint() moves it', () => {
    const s = openStore(t.path, { manualCheckpoints: true });
    expect(s.db.pragma('wal_autocheckpoint', { simple: true })).toBe(SAFETY_CHECKPOINT_PAGES);
    fill(s);
    const dbBefore = statSync(t.path).size;
    expect(statSync(`${t.path}-wal`).size).toBeGreaterThan(1000 * 4096); // past SQLite's default mark, not folded in
    expect(dbBefore).toBeLessThan(1000 * 4096);
    expect(s.checkpoint()).toBeGreaterThan(1000);
    expect(statSync(t.path).size).toBeGreaterThan(1000 * 4096); // now in the database file
    s.close();
  });

  it('by default SQLite folds the log in at commit (CLI processes)', () => {
    const s = openStore(t.path);
    expect(s.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    s.close();
  });
});
