// Small JSON values by namespace and key (Teams conversation references, scheduler marks).
import type { KeyValueStore } from '../../ports/store.js';
import type { Statements } from '../db.js';

/** SQLite implementation of KeyValueStore. */
export class SqliteKeyValueStore implements KeyValueStore {
  constructor(private readonly st: Statements) {}

  get<T>(namespace: string, key: string): T | undefined {
    const r = this.st.get<[string, string], { value: string }>('SELECT value FROM kv WHERE namespace = ? AND key = ?').get(namespace, key);
    return r ? (JSON.parse(r.value) as T) : undefined;
  }

  set<T>(namespace: string, key: string, value: T): void {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError(`kv ${namespace}/${key}: value is not JSON`);
    this.st
      .get('INSERT INTO kv (namespace, key, value) VALUES (?, ?, ?) ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value')
      .run(namespace, key, json);
  }

  delete(namespace: string, key: string): void {
    this.st.get('DELETE FROM kv WHERE namespace = ? AND key = ?').run(namespace, key);
  }

  list<T>(namespace: string): Array<{ key: string; value: T }> {
    return this.st
      .get<[string], { key: string; value: string }>('SELECT key, value FROM kv WHERE namespace = ? ORDER BY key')
      .all(namespace)
      .map((r) => ({ key: r.key, value: JSON.parse(r.value) as T }));
  }
}
