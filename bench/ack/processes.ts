// Starting and stopping the servers under test as child processes: our `verzuimbot serve` and the bare Bolt app.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The repository root (bench/ack/ → ../..). */
export const ROOT = join(import.meta.dirname, '..', '..');
/** tsx's loader, so child processes run TypeScript like `npx tsx` does, without npx's own start-up cost. */
const TSX = ['--import', 'tsx'];
/** Where compileServers() puts our server and the bare Bolt app as plain JavaScript. */
const COMPILED = 'dist/ack';

/** Compiles our server (src/cli/main.ts, as `npm start` does) and the bare Bolt app to dist/ack/ for plain node. */
export function compileServers(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', COMPILED, 'src/cli/main.ts', 'bench/ack/bareBolt.ts'], { cwd: ROOT, stdio: 'inherit' });
}

/** A child process with its captured output. */
export interface Child {
  proc: ChildProcess;
  port: number;
  output(): string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `node [NODE_ARGS…] --import tsx [--import PRELOAD…] FILE ...args` in the repository with `env` added to a
 * minimal environment (`nodeArgs` e.g. `--cpu-prof` for profiling under the bench load); a `.js` FILE (compiled)
 * runs without tsx.
 */
export function spawnTs(file: string, args: string[], env: Record<string, string>, port: number, preload: string[] = [], nodeArgs: string[] = []): Child {
  const loader = file.endsWith('.js') ? [] : TSX;
  const proc = spawn(process.execPath, [...nodeArgs, ...loader, ...preload.flatMap((p) => ['--import', p]), file, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d) => { out += String(d); if (out.length > 2_000_000) out = out.slice(-1_000_000); });
  proc.stderr?.on('data', (d) => { out += String(d); if (out.length > 2_000_000) out = out.slice(-1_000_000); });
  const exited = new Promise<number | string>((r) => proc.once('exit', (code, signal) => r(code ?? signal ?? 'unknown')));
  return {
    proc, port, exited,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}

/** Waits until GET /healthz answers 200 (or the process dies, or `timeoutMs` passes). */
export async function waitHealthy(child: Child, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.proc.exitCode !== null || child.proc.signalCode !== null) {
      throw new Error(`process exited before it was healthy:\n${child.output().slice(-2000)}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${child.port}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not healthy after ${timeoutMs} ms:\n${child.output().slice(-2000)}`);
}

/** Environment of our server for a local run: Slack on, pointed at the fake API; Teams in local mode. */
export interface OursEnv {
  port: number;
  databasePath: string;
  slackApiUrl: string;
  signingSecret: string;
  botToken: string;
  extra?: Record<string, string>;
  /** Modules loaded before the server (tests only, e.g. a clock shift). */
  preload?: string[];
  /** Extra node flags (e.g. `--cpu-prof`, `--cpu-prof-dir=DIR`). */
  nodeArgs?: string[];
  /** Run the compiled server of compileServers() (as `npm start` runs it) instead of the sources through tsx. */
  compiled?: boolean;
}

/** Spawns `verzuimbot serve`: the sources through tsx (tests), or compiled as `npm start` runs it. */
export function spawnOurs(e: OursEnv): Child {
  return spawnTs(e.compiled ? `${COMPILED}/main.js` : 'src/cli/main.ts', ['serve'], {
    PORT: String(e.port), DATABASE_PATH: e.databasePath, SLACK_API_URL: e.slackApiUrl,
    SLACK_SIGNING_SECRET: e.signingSecret, SLACK_BOT_TOKEN: e.botToken, VERZUIMBOT_MODE: 'local', LOG_LEVEL: 'warn',
    ...e.extra,
  }, e.port, e.preload, e.nodeArgs);
}

/** Spawns the bare Bolt baseline (bench/ack/bareBolt.ts; compiled by compileServers() when `compiled`). */
export function spawnBare(port: number, slackApiUrl: string, signingSecret: string, botToken: string, compiled = false): Child {
  return spawnTs(compiled ? `${COMPILED}/bareBolt.js` : 'bench/ack/bareBolt.ts', [], {
    PORT: String(port), SLACK_API_URL: slackApiUrl, SLACK_SIGNING_SECRET: signingSecret, SLACK_BOT_TOKEN: botToken,
  }, port);
}

/** Spawns the fake Slack Web API (bench/ack/fakeSlackMain.ts) and resolves with its URL; `calls()` is its latest count. */
export async function spawnFakeSlack(): Promise<{ child: Child; url: string; calls(): number }> {
  const child = spawnTs('bench/ack/fakeSlackMain.ts', [], {}, 0);
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const m = /fake slack (http:\S+)/.exec(child.output());
    if (m) {
      return { child, url: m[1], calls: () => Number([...child.output().matchAll(/fake slack calls (\d+)/g)].at(-1)?.[1] ?? 0) };
    }
    if (child.proc.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`fake Slack did not start:\n${child.output()}`);
}
