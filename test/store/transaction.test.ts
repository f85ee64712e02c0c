import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../../src/store/index.js';
import { newCase, seeded, tmpDb } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
let s: SqliteStore;
beforeEach(() => { t = tmpDb(); s = seeded(t.path); });
afterEach(() => { s.close(); t.cleanup(); });

describe('transaction', () => {
  it('commits everything or nothing', () => {
    expect(() => s.transaction(() => {
      s.cases.create(newCase('c1', 'acme', 'p-anna'));
      s.kv.set('ns', 'k', 1);
      throw new Error('halfway');
    })).toThrow('halfway');
    expect(s.cases.get('c1')).toBeUndefined();
    expect(s.kv.get('ns', 'k')).toBeUndefined();
    expect(s.transaction(() => { s.cases.create(newCase('c1', 'acme', 'p-anna')); return 7; })).toBe(7);
    expect(s.cases.get('c1')).toBeDefined();
  });

  it('nested calls join the outer transaction (a caught inner failure undoes only the inner part)', () => {
    s.transaction(() => {
      s.kv.set('ns', 'outer', 1);
      s.transaction(() => s.kv.set('ns', 'inner', 2));
      try {
        s.transaction(() => { s.kv.set('ns', 'failed', 3); throw new Error('inner'); });
      } catch { /* the caller decided to go on */ }
    });
    expect(s.kv.list('ns').map((e) => e.key)).toEqual(['inner', 'outer']);
    expect(() => s.transaction(() => {
      s.kv.set('ns', 'x', 1);
      s.transaction(() => s.kv.set('ns', 'y', 1));
      throw new Error('outer');
    })).toThrow('outer');
    expect(s.kv.get('ns', 'y')).toBeUndefined();
  });

  it('refuses an async function (its awaited part would run outside the transaction)', () => {
    expect(() => s.transaction(async () => { s.kv.set('ns', 'a', 1); })).toThrow(/synchronous/);
    expect(s.kv.get('ns', 'a')).toBeUndefined();
  });

  it('ready is true while open and false after close', () => {
    expect(s.ready()).toBe(true);
    s.close();
    expect(s.ready()).toBe(false);
    s.close(); // idempotent
  });
});
