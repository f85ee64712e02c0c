import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { tmpDb } from '../store/helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let t: ReturnType<typeof tmpDb>;
beforeEach(() => { t = tmpDb(); });
afterEach(() => t.cleanup());

/** How the server is started: from the TypeScript sources (tsx), or `npm start` (compiled to dist/app, then node). */
const FROM_SOURCE = [process.execPath, '--import', 'tsx', 'src/cli/main.ts', 'serve'];
const NPM_START = ['npm', 'start'];

/** Spawns `verzuimbot serve` (stdin not a terminal) with `command`. */
function serve(env: Record<string, string>, [cmd, ...args] = FROM_SOURCE) {
  const { SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, ...base } = process.env;
  const child = spawn(cmd, args, {
    cwd: ROOT,
    env: { ...base, VITEST: '', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('close', (code, signal) => r({ code, signal })));
  const port = new Promise<number>((resolve, reject) => {
    const poll = setInterval(() => {
      const line = stdout.split('\n').find((l) => l.includes('serving on port'));
      if (line) { clearInterval(poll); resolve(JSON.parse(line).port); }
    }, 20);
    void exited.then(() => { clearInterval(poll); reject(new Error(`serve exited early: ${stderr}`)); });
  });
  port.catch(() => undefined); // a test that expects an early exit does not await the port
  return { child, port, exited, out: () => stdout, err: () => stderr };
}

describe('verzuimbot serve (process)', () => {
  it('serves, then on SIGTERM finishes, closes the database cleanly and exits 0', async () => {
    const dbPath = join(t.dir, 'data', 'verzuimbot.db');
    const p = serve({ PORT: '0', DATABASE_PATH: dbPath });
    const port = await p.port;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    // A keep-alive connection is open when the signal arrives.
    const held = fetch(`http://127.0.0.1:${port}/healthz`, { headers: { connection: 'keep-alive' } });
    await held;
    const t0 = Date.now();
    p.child.kill('SIGTERM');
    const { code, signal } = await p.exited;
    expect(Date.now() - t0).toBeLessThan(4000); // the idle keep-alive socket did not hold it up (5 s timeout)
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(p.out()).toMatch(/"msg":"stopped"/);
    expect(p.err()).toBe('');
    // A clean close checkpoints the WAL into the file and removes it.
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    const s = openStore(dbPath);
    expect(s.ready()).toBe(true);
    s.close();
  });

  it('`npm start` builds, serves compiled code and passes SIGTERM on to the server (exit 0, clean close)', async () => {
    const dbPath = join(t.dir, 'data', 'verzuimbot.db');
    const p = serve({ PORT: '0', DATABASE_PATH: dbPath }, NPM_START);
    const port = await p.port;
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect(existsSync(join(ROOT, 'dist/app/main.js'))).toBe(true);
    p.child.kill('SIGTERM'); // npm forwards it to its script; `exec` made the server that script's process
    const { code } = await p.exited;
    expect(code).toBe(0);
    expect(p.out()).toMatch(/"msg":"stopped"/);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  }, 30_000);

  it('a bad variable stops the start with exit 2 and one line naming it, nothing on stdout', async () => {
    const p = serve({ PORT: 'eighty', DATABASE_PATH: join(t.dir, 'x.db') });
    const { code } = await p.exited;
    expect(code).toBe(2);
    expect(p.out()).toBe('');
    expect(p.err()).toMatch(/^Environment variable PORT is not valid: [^\n]+\n$/);
    expect(existsSync(join(t.dir, 'x.db'))).toBe(false);
  });
});
