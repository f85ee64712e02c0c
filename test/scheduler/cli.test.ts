import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../src/core/ui.js';
import { reportRecovery } from '../../src/app/recovery.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../app/cliRunner.js';
import { P, schedWorld, sick, type World } from './support/world.js';

let w: World;
let annaCase: string;
let oldCase: string;
beforeEach(() => {
  w = schedWorld();
  annaCase = sick(w, P.anna, '2026-01-05');
  w.store.roles.add({ personId: P.jan, employerId: 'acme', role: 'casemanager', caseId: annaCase });
  oldCase = sick(w, P.ellen, '2022-11-01');
  reportRecovery(w.at('2023-01-10'), w.actor(P.piet), { employeeRef: P.ellen, date: '2023-01-10', kind: 'full' });
  w.store.outbox.enqueue({
    idempotencyKey: 'reminder:old', kind: 'reminder', personId: P.piet, target: { platform: 'slack', tenantId: 'T1', userId: `U-${P.piet}` },
    message: message('Anna de Vries'), notBefore: '2026-02-01T08:00:00.000Z', createdAt: '2026-02-01T08:00:00.000Z',
  });
  const row = w.store.outbox.list()[0];
  w.store.outbox.markSending(row.id);
  w.store.outbox.markDead(row.id, 'http_503 (gave up after 8 attempts)');
  w.store.close();
});
afterEach(() => w.cleanup());

const snapshot = () => {
  const s = openStore(w.path, { readonly: true });
  try {
    return { outbox: s.outbox.list().length, audit: s.audit.list().length, cases: [annaCase, oldCase].map((id) => s.cases.get(id)?.nextDue ?? 'gone') };
  } finally {
    s.close();
  }
};

describe('digest --dry-run', () => {
  it('prints the reminders and digests of a date and the dead letters, writing nothing', async () => {
    const before = snapshot();
    const r = await runCli(['digest', '--dry-run', '--date', '2026-02-16', '--json'], w.path);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.date).toBe('2026-02-16');
    const piet = out.reminders.find((p: { personId: string }) => p.personId === P.piet);
    expect(piet.items).toContainEqual(expect.objectContaining({ caseId: annaCase, stepId: 'probleemanalyse', kind: 'overdue', due: '2026-02-15' }));
    expect(piet.target).toEqual({ platform: 'slack', tenantId: 'T1', userId: `U-${P.piet}` });
    expect(out.digests).toEqual([expect.objectContaining({ personId: P.jan, key: 'digest:p-jan:2026-W08', counts: expect.objectContaining({ open: 1 }) })]);
    expect(out.deadLetters).toEqual([expect.objectContaining({ key: 'reminder:old', personId: P.piet, attempts: 1, reason: 'http_503 (gave up after 8 attempts)' })]);
    expect(r.stdout).not.toMatch(/Anna|Vries/);
    expect(snapshot()).toEqual(before);
  });

  it('has a text form, and no digests before the week\'s digest day', async () => {
    const r = await runCli(['digest', '--dry-run', '--date=2026-02-13'], w.path);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dry run for 2026-02-13');
    expect(r.stdout).toMatch(/p-piet: .*probleemanalyse due/);
    expect(r.stdout).toContain('Dead letters: 1');
    expect(r.stdout).toContain('http_503 (gave up after 8 attempts)');
    const monday = JSON.parse((await runCli(['digest', '--dry-run', '--date', '2026-02-16', '--json'], w.path)).stdout);
    expect(monday.digests.length).toBe(1);
  });

  it('refuses bad input with exit 2, naming the argument', async () => {
    for (const [args, name] of [[['digest'], '--dry-run'], [['digest', '--dry-run', '--date', '2026-02-30'], '--date'], [['digest', '--dry-run', '--when'], '--when']] as const) {
      const r = await runCli([...args], w.path);
      expect(r).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toContain(name);
      expect(r.stderr.trim().split('\n').length).toBe(1);
    }
  });

  it('reads an absent database as empty', async () => {
    const r = await runCli(['digest', '--dry-run', '--json'], join(w.dir, 'nope', 'x.db'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ reminders: [], digests: [], deadLetters: [] });
  });
});

describe('purge', () => {
  it('--dry-run lists what would be deleted by id, and deletes nothing', async () => {
    const before = snapshot();
    const r = await runCli(['purge', '--dry-run', '--date', '2026-02-16', '--json'], w.path);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ date: '2026-02-16', dryRun: true, cases: [{ id: oldCase, reason: 'retention.case-closed-2y', dueSince: '2025-01-09' }], people: [] });
    expect(out.auditEntries).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(/Ellen|Smit/);
    expect(snapshot()).toEqual(before);
    const textRun = await runCli(['purge', '--dry-run', '--date', '2026-02-16'], w.path);
    expect(textRun.stdout).toContain(`${oldCase} (retention.case-closed-2y, due since 2025-01-09)`);
  });

  it('purges for real without --dry-run, and refuses --date there', async () => {
    expect((await runCli(['purge', '--date', '2026-02-16'], w.path))).toMatchObject({ code: 2, stdout: '' });
    const r = await runCli(['purge', '--json'], w.path);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).cases.map((c: { id: string }) => c.id)).toEqual([oldCase]);
    expect(snapshot().cases).toEqual([expect.any(String), 'gone']);
  });
});
