import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { cliDir, runCli } from '../app/cliRunner.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/roles/${name}`, import.meta.url));
let t: ReturnType<typeof cliDir>;
beforeEach(() => { t = cliDir(); });
afterEach(() => t.cleanup());

describe('verzuimbot roles import', () => {
  it('imports a good file and prints the counts (creating the database directory)', async () => {
    const r = await runCli(['roles', 'import', fixture('good.csv')], t.dbPath);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('imported 6 rows: people 5 created / 0 updated, roles 4 added / 0 unchanged, employers 1 created\n');
    const json = await runCli(['roles', 'import', fixture('good.csv'), '--json'], t.dbPath);
    expect(JSON.parse(json.stdout)).toMatchObject({ rows: 6, peopleUpdated: 5, rolesUnchanged: 4 });
    const s = openStore(t.dbPath);
    try {
      expect(s.people.listByEmployer('acme').map((p) => p.id).sort()).toEqual(['e-anna', 'e-ellen', 'e-fatima', 'e-jan', 'e-piet']);
    } finally { s.close(); }
  });

  it('exits 2 naming the line of a bad row, prints nothing on stdout and imports nothing', async () => {
    const r = await runCli(['roles', 'import', fixture('bad-email.csv')], t.dbPath);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^line 4: email: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const s = openStore(t.dbPath);
    try { expect(s.people.listByEmployer('acme')).toEqual([]); } finally { s.close(); }
  });

  it('exits 2 for a missing file or wrong usage', async () => {
    expect(await runCli(['roles', 'import', '/nonexistent/roles.csv'], t.dbPath)).toMatchObject({ code: 2, stdout: '' });
    const r = await runCli(['roles', 'export'], t.dbPath);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^export: /);
  });

  it('works as a real process (exit code 2 on a bad row)', () => {
    const cwd = fileURLToPath(new URL('../..', import.meta.url));
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const env = { ...process.env, DATABASE_PATH: t.dbPath };
    const bad = spawnSync(tsx, ['src/cli/main.ts', 'roles', 'import', fixture('bad-email.csv')], { cwd, env, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^line 4: email: /);
    const ok = execFileSync(tsx, ['src/cli/main.ts', 'roles', 'import', fixture('good.csv')], { cwd, env, encoding: 'utf8' });
    expect(ok).toMatch(/^imported 6 rows/);
  });
});
