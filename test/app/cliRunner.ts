// Runs CLI commands in-process with captured output and a temporary DATABASE_PATH.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** Output and exit code of one CLI run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A temp dir whose database lives in a not-yet-existing sub directory (the CLI must create it). */
export function cliDir(): { dir: string; dbPath: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'verzuimbot-cli-'));
  return { dir, dbPath: join(dir, 'data', 'verzuimbot.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `verzuimbot ...args` against the database at dbPath. */
export async function runCli(args: string[], dbPath: string): Promise<CliResult> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => { stdout += String(d); });
  err.on('data', (d) => { stderr += String(d); });
  const code = await main(args, { stdout: out, stderr: err, stdin: new PassThrough(), env: { DATABASE_PATH: dbPath } });
  return { code, stdout, stderr };
}
