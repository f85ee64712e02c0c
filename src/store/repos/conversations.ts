// Conversation state per platform + tenant + conversation + user, gone once expired.
import type { ConversationKey } from '../../ports/records.js';
import type { ConversationStore } from '../../ports/store.js';
import type { Statements } from '../db.js';

const KEY = 'platform = ? AND tenant_id = ? AND conversation_id = ? AND user_id = ?';
const keyParams = (k: ConversationKey): [string, string, string, string] => [k.platform, k.tenantId, k.conversationId, k.userId];

/** SQLite implementation of ConversationStore. */
export class SqliteConversationStore implements ConversationStore {
  constructor(private readonly st: Statements) {}

  /** The state, unless it expired at or before `now`. */
  get<T>(key: ConversationKey, now: Date): T | undefined {
    const r = this.st
      .get<[string, string, string, string, string], { state: string }>(`SELECT state FROM conversations WHERE ${KEY} AND expires_at > ?`)
      .get(...keyParams(key), now.toISOString());
    return r ? (JSON.parse(r.state) as T) : undefined;
  }

  set<T>(key: ConversationKey, state: T, expiresAt: Date): void {
    this.st
      .get(
        `INSERT INTO conversations (platform, tenant_id, conversation_id, user_id, state, expires_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (platform, tenant_id, conversation_id, user_id) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at`,
      )
      .run(...keyParams(key), JSON.stringify(state), expiresAt.toISOString());
  }

  clear(key: ConversationKey): void {
    this.st.get(`DELETE FROM conversations WHERE ${KEY}`).run(...keyParams(key));
  }

  purgeExpired(now: Date): number {
    return this.st.get('DELETE FROM conversations WHERE expires_at <= ?').run(now.toISOString()).changes;
  }
}
