// `check-text "text" [--json]` and `check-text --jsonl` (lines on stdin): the medical-text guard (architecture.md "CLI contract").
import { createInterface } from 'node:readline';
import { checkText } from '../../core/privacy/guard/index.js';
import type { GuardResult } from '../../core/privacy/guardTypes.js';
import type { CliIo, Command } from '../io.js';
import { printJson, UsageError } from '../io.js';

const USAGE = 'usage: check-text "text" [--json] | check-text --jsonl (one text per line on stdin)';

interface Options {
  json: boolean;
  jsonl: boolean;
  text: string | null;
}

/** Parses the arguments; throws UsageError naming the offending argument. */
export function parseArgs(args: string[]): Options {
  const opts: Options = { json: false, jsonl: false, text: null };
  let onlyText = false;
  for (const arg of args) {
    if (!onlyText && arg === '--') onlyText = true;
    else if (!onlyText && arg === '--json') opts.json = true;
    else if (!onlyText && arg === '--jsonl') opts.jsonl = true;
    else if (!onlyText && arg.startsWith('-') && arg.length > 1) throw new UsageError(`check-text: unknown option "${arg}"; ${USAGE}`);
    else if (opts.text !== null) throw new UsageError(`check-text: expected one text argument (quote it); ${USAGE}`);
    else opts.text = arg;
  }
  if (opts.jsonl && opts.text !== null) throw new UsageError(`check-text: --jsonl reads stdin and takes no text argument; ${USAGE}`);
  if (opts.jsonl && opts.json) throw new UsageError(`check-text: use either --json or --jsonl; ${USAGE}`);
  if (!opts.jsonl && opts.text === null) throw new UsageError(`check-text: missing text argument; ${USAGE}`);
  return opts;
}

/** One short human line; never repeats the text. */
function human(result: GuardResult): string {
  return result.medical ? `medical: refused (${result.categories.join(', ')})\n` : 'not medical: may be stored\n';
}

async function checkLines(io: CliIo): Promise<void> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let batch = '';
  for await (const line of lines) {
    batch += JSON.stringify(checkText(line)) + '\n';
    if (batch.length > 64_000) {
      io.stdout.write(batch);
      batch = '';
    }
  }
  if (batch) io.stdout.write(batch);
}

/** Runs check-text. */
export const run: Command = async (args, io) => {
  const opts = parseArgs(args);
  if (opts.jsonl) {
    await checkLines(io);
    return 0;
  }
  const result = checkText(opts.text ?? '');
  if (opts.json) printJson(io, result);
  else io.stdout.write(human(result));
  return 0;
};
