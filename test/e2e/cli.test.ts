// `verzuimbot chat`: bad arguments exit 2 with one stderr line; piped lines get answers and the command ends
// at EOF; the demo database is seeded once. One real process through npm proves the documented command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseChatArgs } from '../../src/cli/commands/chat.js';
import { openStore } from '../../src/store/index.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'verzuimbot-chat-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function chat(args: string[], input: string, dbPath: string) {
  const stdin = new PassThrough();
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => { stdout += String(d); });
  err.on('data', (d) => { stderr += String(d); });
  stdin.end(input);
  const code = await main(['chat', ...args], { stdin, stdout: out, stderr: err, env: { DATABASE_PATH: dbPath } });
  return { code, stdout, stderr };
}

describe('chat command', () => {
  it('validates --as and --date (exit 2, one line naming the argument, nothing on stdout)', async () => {
    for (const args of [[], ['--as', 'boss:Anna'], ['--as', 'manager'], ['--as', 'manager:Anna', '--date', '2026-02-30'], ['--as', 'manager:Anna', '--colour']]) {
      const r = await chat(args, '', join(dir, 'x.db'));
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/--as|--date|--colour/);
    }
    expect(parseChatArgs(['--as=hr:Piet Jansen', '--date=2026-05-04'])).toEqual({ as: { role: 'hr', name: 'Piet Jansen' }, date: '2026-05-04' });
  });

  it('answers piped lines on the seeded demo database and exits at the end of input', async () => {
    const db = join(dir, 'data', 'demo.db');
    const r = await chat(['--as', 'manager:Anna', '--date', '2026-05-04'], 'status Jan\ntaken\n', db);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Je praat met verzuimbot als Anna de Vries (leidinggevende). Het is ma 4 mei 2026.');
    expect(r.stdout).toContain('Week 7 van 104');
    expect(r.stdout).toContain('== Jouw taken ==');
    expect(existsSync(db)).toBe(true);
    // seeded once: a second run finds the same two cases
    await chat(['--as', 'hr:Piet', '--date', '2026-05-11'], '/quit\nstatus Jan\n', db);
    const store = openStore(db);
    try {
      expect(store.cases.listByEmployer('console:demo')).toHaveLength(2);
    } finally { store.close(); }
  });

  it('works as a real process through npm run verzuimbot', () => {
    const r = spawnSync('npm', ['run', '-s', 'verzuimbot', '--', 'chat', '--as', 'hr:Piet', '--date', '2026-05-04'], {
      cwd: join(import.meta.dirname, '..', '..'), input: 'checklist Fatima\n/quit\n', encoding: 'utf8',
      env: { ...process.env, DATABASE_PATH: join(dir, 'demo.db'), NO_COLOR: '1' }, timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('== Checklist re-integratiedossier: Fatima El Amrani ==');
    expect(r.stdout).toContain('Week 41 van 104');
    expect(r.stdout).toContain('Tot ziens!');
  });
});
