// `verzuimbot employer set EMPLOYER [--insured yes|no] [--own-risk-ziektewet yes|no] [--office-hours HH:MM-HH:MM] [--language nl|en] [--json]`.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setEmployer } from '../../app/employer.js';
import { ValidationError } from '../../app/errors.js';
import type { EmployerSettings } from '../../ports/records.js';
import { openStore } from '../../store/index.js';
import type { Command } from '../io.js';
import { printJson, UsageError } from '../io.js';

/** Opens the database named by DATABASE_PATH (default ./data/verzuimbot.db), creating its directory. */
function openDatabase(env: NodeJS.ProcessEnv) {
  const path = env.DATABASE_PATH || './data/verzuimbot.db';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return openStore(path);
}

function yesNo(flag: string, v: string | undefined): boolean {
  if (v === 'yes') return true;
  if (v === 'no') return false;
  throw new UsageError(`${flag}: expected yes or no`);
}

/** Parses the options into a settings patch (UsageError names the bad argument). */
export function parseEmployerArgs(args: string[]): { employer: string; patch: Partial<EmployerSettings>; json: boolean } {
  if (args[0] !== 'set') throw new UsageError(`${args[0] ?? 'set'}: expected "employer set EMPLOYER [options]"`);
  const employer = args[1];
  if (!employer || employer.startsWith('--')) throw new UsageError('EMPLOYER: required (an employer id such as slack:T0123 or acme)');
  const patch: Partial<EmployerSettings> = {};
  let json = false;
  for (let i = 2; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : args[++i]);
    switch (flag) {
      case '--insured': patch.insured = yesNo(flag, value()); break;
      case '--own-risk-ziektewet': patch.ownRiskZiektewet = yesNo(flag, value()); break;
      case '--office-hours': {
        const v = value();
        const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(v ?? '');
        if (!m) throw new UsageError('--office-hours: expected HH:MM-HH:MM, e.g. 08:00-18:00');
        patch.officeHours = { start: m[1], end: m[2] };
        break;
      }
      case '--language': {
        const v = value();
        if (v !== 'nl' && v !== 'en') throw new UsageError('--language: expected nl or en');
        patch.language = v;
        break;
      }
      case '--json': json = true; break;
      default: throw new UsageError(`${flag}: unknown option`);
    }
  }
  return { employer, patch, json };
}

/** Runs the employer command. */
export const run: Command = async (args, io) => {
  const { employer, patch, json } = parseEmployerArgs(args);
  const store = openDatabase(io.env);
  try {
    const r = setEmployer({ store, now: new Date() }, employer, patch);
    if (json) printJson(io, { id: r.employer.id, created: r.created, settings: r.employer.settings, casesRecomputed: r.casesRecomputed });
    else {
      const s = r.employer.settings;
      io.stdout.write(`${r.employer.id}${r.created ? ' (created)' : ''}: insured ${s.insured ? 'yes' : 'no'}, `
        + `own-risk Ziektewet ${s.ownRiskZiektewet ? 'yes' : 'no'}, office hours ${s.officeHours.start}-${s.officeHours.end}, `
        + `language ${s.language}\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof ValidationError) throw new UsageError(`--${err.field === 'officeHours' ? 'office-hours' : err.field}: ${err.userMessage.en}`);
    throw err;
  } finally {
    store.close();
  }
};
