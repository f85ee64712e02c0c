// `verzuimbot roles import FILE.csv [--json]`: people and roles from a CSV; a bad row imports nothing (exit 2).
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ValidationError } from '../../app/errors.js';
import { importRoles } from '../../app/importRoles.js';
import { openStore } from '../../store/index.js';
import type { Command } from '../io.js';
import { printJson, UsageError } from '../io.js';

/** Opens the database named by DATABASE_PATH (default ./data/verzuimbot.db), creating its directory. */
function openDatabase(env: NodeJS.ProcessEnv) {
  const path = env.DATABASE_PATH || './data/verzuimbot.db';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return openStore(path);
}

/** Runs the roles command. */
export const run: Command = async (args, io) => {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  if (rest[0] !== 'import') throw new UsageError(`${rest[0] ?? 'import'}: expected "roles import FILE.csv"`);
  const file = rest[1];
  if (!file || rest.length > 2) throw new UsageError('FILE.csv: give exactly one CSV file (usage: roles import FILE.csv)');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`${file}: cannot read this file`);
  }
  const store = openDatabase(io.env);
  try {
    const r = importRoles({ store, now: new Date() }, text);
    if (json) printJson(io, r);
    else {
      io.stdout.write(`imported ${r.rows} rows: people ${r.peopleCreated} created / ${r.peopleUpdated} updated, `
        + `roles ${r.rolesAdded} added / ${r.rolesUnchanged} unchanged, employers ${r.employersCreated} created\n`);
      for (const w of r.warnings) io.stdout.write(`warning line ${w.line}: ${w.message.en}\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof ValidationError) {
      throw new UsageError(err.line ? `line ${err.line}: ${err.field}: ${err.userMessage.en}` : `${file}: ${err.userMessage.en}`);
    }
    throw err;
  } finally {
    store.close();
  }
};
