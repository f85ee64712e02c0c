import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { cliDir, runCli } from '../app/cliRunner.js';

let t: ReturnType<typeof cliDir>;
beforeEach(async () => {
  t = cliDir();
  const { writeFileSync } = await import('node:fs');
  const csv = `${t.dir}/roles.csv`;
  writeFileSync(csv, [
    'employer,personId,name,email,slackUserId,teamsAadObjectId,role,managerPersonId,employmentEnd',
    'acme,e-anna,Anna de Vries,anna@acme.example,U0ANNA01,,,e-piet,',
    'acme,e-piet,Piet Jansen,piet@acme.example,,,manager,,',
  ].join('\n'));
  expect((await runCli(['roles', 'import', csv], t.dbPath)).code).toBe(0);
});
afterEach(() => t.cleanup());

describe('verzuimbot export --employee', () => {
  it.each(['e-anna', 'anna@acme.example', 'U0ANNA01'])('prints everything held about the person named by %s as JSON', async (ref) => {
    const r = await runCli(['export', '--employee', ref], t.dbPath);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const doc = JSON.parse(r.stdout);
    expect(doc.person).toMatchObject({ id: 'e-anna', name: 'Anna de Vries', managerPersonId: 'e-piet' });
    expect(doc.person.identities).toEqual([{ platform: 'slack', tenantId: '', userId: 'U0ANNA01' }]);
    expect(doc).toMatchObject({ roles: [], cases: [], audit: [] });
    const s = openStore(t.dbPath);
    try {
      expect(s.audit.list().at(-1)).toMatchObject({ action: 'person.export', actorPersonId: null, reason: 'cli.operator' });
    } finally { s.close(); }
  });

  it('accepts --json and exits 2 for an unknown person or missing argument', async () => {
    expect((await runCli(['export', '--employee', 'e-piet', '--json'], t.dbPath)).code).toBe(0);
    const unknown = await runCli(['export', '--employee', 'nobody'], t.dbPath);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/^--employee: /);
    const missing = await runCli(['export'], t.dbPath);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^--employee: /);
  });
});
