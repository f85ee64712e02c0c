// Every migration in order. To change the schema, add NNN_name.ts and append it here; never edit a shipped one.
import { migration001 } from './001_initial.js';
import { migration002 } from './002_kv_and_inbox_expiry.js';
import { migration003 } from './003_case_schedule.js';
import { migration004 } from './004_inbound_queue.js';
import { migration005 } from './005_identities_by_person.js';
import type { Migration } from './types.js';

export type { Migration } from './types.js';

/** All migrations, ascending by version (checked at open). */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];
