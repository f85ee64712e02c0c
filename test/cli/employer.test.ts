import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { cliDir, runCli } from '../app/cliRunner.js';

let t: ReturnType<typeof cliDir>;
beforeEach(() => { t = cliDir(); });
afterEach(() => t.cleanup());

describe('verzuimbot employer set', () => {
  it('creates the employer and stores its settings', async () => {
    const r = await runCli(['employer', 'set', 'slack:T0ACME', '--insured', 'yes', '--own-risk-ziektewet=no', '--office-hours', '07:30-17:00', '--language', 'en'], t.dbPath);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('slack:T0ACME (created): insured yes, own-risk Ziektewet no, office hours 07:30-17:00, language en\n');
    const j = await runCli(['employer', 'set', 'slack:T0ACME', '--insured', 'no', '--json'], t.dbPath);
    expect(JSON.parse(j.stdout)).toEqual({
      id: 'slack:T0ACME', created: false, casesRecomputed: 0,
      settings: { insured: false, ownRiskZiektewet: false, officeHours: { start: '07:30', end: '17:00' }, language: 'en' },
    });
    const s = openStore(t.dbPath);
    try {
      expect(s.employers.get('slack:T0ACME')!.settings.insured).toBe(false);
      expect(s.audit.list()).toEqual([
        expect.objectContaining({ action: 'employer.configure', actorPersonId: null, reason: 'cli.operator' }),
        expect.objectContaining({ action: 'employer.configure', actorPersonId: null, reason: 'cli.operator' }),
      ]);
    } finally { s.close(); }
  });

  it.each([
    [['employer', 'set', 'acme', '--insured', 'maybe'], /^--insured: /],
    [['employer', 'set', 'acme', '--office-hours', '8-18'], /^--office-hours: /],
    [['employer', 'set', 'acme', '--office-hours', '18:00-08:00'], /^--office-hours: /],
    [['employer', 'set', 'acme', '--language', 'de'], /^--language: /],
    [['employer', 'set', 'acme', '--colour', 'red'], /^--colour: /],
    [['employer', 'set'], /^EMPLOYER: /],
    [['employer', 'get', 'acme'], /^get: /],
  ])('exits 2 for bad input %j', async (args, message) => {
    const r = await runCli(args, t.dbPath);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
