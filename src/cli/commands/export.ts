// `verzuimbot export --employee ID [--json]`: everything held about one person, as JSON (operator action).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportPerson } from '../../app/export.js';
import { OPERATOR } from '../../app/context.js';
import { NotFoundError } from '../../app/errors.js';
import { openStore } from '../../store/index.js';
import type { Command } from '../io.js';
import { printJson, UsageError } from '../io.js';

/** Opens the database named by DATABASE_PATH (default ./data/verzuimbot.db), creating its directory. */
function openDatabase(env: NodeJS.ProcessEnv) {
  const path = env.DATABASE_PATH || './data/verzuimbot.db';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return openStore(path);
}

/** Runs the export command. */
export const run: Command = async (args, io) => {
  let ref: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--employee') ref = args[++i];
    else if (a.startsWith('--employee=')) ref = a.slice('--employee='.length);
    else if (a === '--json') continue;
    else throw new UsageError(`${a}: unknown argument (usage: export --employee ID [--json])`);
  }
  if (!ref) throw new UsageError('--employee: required (a person id, e-mail address or platform user id)');
  const store = openDatabase(io.env);
  try {
    printJson(io, exportPerson({ store, now: new Date() }, OPERATOR, ref));
    return 0;
  } catch (err) {
    if (err instanceof NotFoundError) throw new UsageError('--employee: no person with this id, e-mail address or platform user id');
    throw err;
  } finally {
    store.close();
  }
};
