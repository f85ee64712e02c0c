#!/usr/bin/env node
// The `verzuimbot` command: dispatches to one module per command (architecture.md "CLI contract").
import type { CliIo, Command } from './io.js';
import { UsageError } from './io.js';

const COMMANDS: Record<string, { load: () => Promise<{ run: Command }>; help: string }> = {
  timeline: { load: () => import('./commands/timeline.js'), help: 'timeline --period START..[LAST] … --json  — the Poortwachter steps of a case' },
  'check-text': { load: () => import('./commands/checkText.js'), help: 'check-text "text" --json | --jsonl  — the medical-text guard' },
  describe: { load: () => import('./commands/describe.js'), help: 'describe intake --json  — the sick-report fields' },
  serve: { load: () => import('./commands/serve.js'), help: 'serve  — HTTP server, scheduler (and the console chat on a terminal)' },
  chat: { load: () => import('./commands/chat.js'), help: 'chat --as ROLE:NAME [--date D]  — talk to the bot in the terminal' },
  digest: { load: () => import('./commands/digest.js'), help: 'digest --dry-run [--date D]  — what the scheduler would send' },
  purge: { load: () => import('./commands/purge.js'), help: 'purge --dry-run [--date D]  — what retention would delete' },
  export: { load: () => import('./commands/export.js'), help: 'export --employee ID  — everything held about one person' },
  roles: { load: () => import('./commands/roles.js'), help: 'roles import FILE.csv  — import people and roles' },
  employer: { load: () => import('./commands/employer.js'), help: 'employer set EMPLOYER [--insured yes|no] …  — employer settings' },
};

function usage(): string {
  return ['Usage: verzuimbot <command> [options]', '', ...Object.values(COMMANDS).map((c) => '  ' + c.help)].join('\n') + '\n';
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(usage());
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`unknown command "${name}"; run "verzuimbot help" for the list\n`);
    return 2;
  }
  try {
    const mod = await entry.load();
    return await mod.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(err.message.split('\n')[0] + '\n');
      return 2;
    }
    io.stderr.write(`${name} failed: ${(err as Error).message}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isEntry) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env })
    .then((code) => { process.exitCode = code; })
    .catch(() => { process.exitCode = 1; });
}
