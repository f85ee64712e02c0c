import { spawnSync } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { amsterdamDate } from '../../src/core/calendar/amsterdam.js';
import { main } from '../../src/cli/main.js';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Runs the CLI in-process with captured output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { add(String(chunk)); cb(); } });
  const code = await main(['timeline', ...args], {
    stdout: sink((s) => { stdout += s; }), stderr: sink((s) => { stderr += s; }), stdin: new PassThrough(), env: {},
  });
  return { code, stdout, stderr };
}

type Out = { firstSickDay: string; steps: Array<{ id: string; due: string; windowStart: string | null; status: string; responsible: string[]; basis: string }> };
const byId = (o: Out) => Object.fromEntries(o.steps.map((s) => [s.id, s]));

describe('timeline CLI (spawned, as operators run it)', () => {
  it('prints the contract JSON for the public vector and exits 0', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'timeline', '--period', '2025-03-03..2025-04-13', '--period', '2025-05-05..', '--as-of', '2025-06-01', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(Object.keys(out)).toEqual(['firstSickDay', 'steps']);
    expect(out.firstSickDay).toBe('2025-03-03');
    const s = byId(out);
    expect(s['melding-42e-week'].due).toBe('2026-01-12');
    expect(s['einde-wachttijd'].due).toBe('2027-03-21');
    for (const step of out.steps) expect(Object.keys(step)).toEqual(['id', 'due', 'windowStart', 'status', 'responsible', 'basis']);
  });
  it('exits 2 with one stderr line naming the argument and nothing on stdout', () => {
    for (const args of [['--period', '2025-02-30..'], ['--period', '2025-01-01..', '--verlenging-weeks', '-1']]) {
      const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'timeline', ...args, '--json'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(args[args.length - 2]);
    }
  });
});

describe('timeline CLI (in-process)', () => {
  it('lists every step once, conditional steps only when switched on, and wia-beschikking never', async () => {
    const plain = JSON.parse((await cli('--period', '2025-01-06..', '--as-of', '2025-01-06', '--json')).stdout) as Out;
    expect(plain.steps).toHaveLength(27);
    expect(plain.steps.map((s) => s.id)).not.toContain('melding-verzekeraar');
    const all = JSON.parse((await cli('--period', '2025-01-06..', '--insured', '--safety-net', '--own-risk-ziektewet', '--as-of', '2025-01-06', '--json')).stdout) as Out;
    const ids = all.steps.map((s) => s.id);
    expect(ids).toHaveLength(29);
    expect(new Set(ids).size).toBe(29);
    expect(ids).toContain('vangnet-melding-uwv');
    expect(ids).not.toContain('wia-beschikking');
    const s = byId(all);
    expect(s.eerstejaarsevaluatie).toMatchObject({ windowStart: '2025-11-17', due: '2026-01-04' });
    expect(s['vervroegde-iva'].windowStart).toBe('2025-01-27');
    expect(s.probleemanalyse).toMatchObject({ due: '2025-02-16', windowStart: null, status: 'open', responsible: ['bedrijfsarts', 'manager'], basis: 'Regeling procesgang art. 2 lid 2–3' });
    expect(s['ziekmelding-werkgever'].status).toBe('due-soon');
  });
  it('feeds recorded dates, loonsanctie and extension into the steps', async () => {
    const r = await cli(
      '--period', '2025-01-06..', '--probleemanalyse-on', '2025-02-10', '--plan-van-aanpak-on', '2025-02-20',
      '--voortgangsgesprek-on', '2025-04-01', '--voortgangsgesprek-on', '2025-05-10', '--spreekuur-on', '2025-05-01',
      '--eerstejaarsevaluatie-on', '2025-12-01', '--loonsanctie-weeks', '10', '--verlenging-weeks=4', '--as-of', '2025-06-01', '--json',
    );
    expect(r.code).toBe(0);
    const s = byId(JSON.parse(r.stdout) as Out);
    expect(s.probleemanalyse.status).toBe('done');
    expect(s['plan-van-aanpak']).toMatchObject({ due: '2025-02-24', status: 'done' });
    expect(s.voortgangsgesprek).toMatchObject({ due: '2025-06-21', status: 'open' });
    expect(s['spreekuur-bedrijfsarts'].due).toBe('2025-07-31');
    expect(s['spoor-2'].due).toBe('2026-01-12');
    expect(s['einde-wachttijd'].due).toBe('2027-01-31');
    expect(s['einde-loondoorbetaling'].due).toBe('2027-04-11');
  });
  it('leaves out periods before a gap of 28 healthy days and marks steps after a closed case not-due', async () => {
    const out = JSON.parse((await cli('--period', '2025-04-08..2025-04-10', '--period', '2025-03-01..2025-03-10', '--as-of', '2025-06-01', '--json')).stdout) as Out;
    expect(out.firstSickDay).toBe('2025-04-08');
    expect(byId(out).probleemanalyse.status).toBe('not-due');
  });
  it('defaults --as-of to today in Europe/Amsterdam', async () => {
    const today = amsterdamDate(new Date());
    const a = await cli('--period', '2025-01-06..', '--json');
    const b = await cli('--period', '2025-01-06..', '--as-of', today, '--json');
    expect(a.stdout).toBe(b.stdout);
  });
  it('prints a table for people without --json', async () => {
    const r = await cli('--period', '2025-01-06..', '--as-of', '2025-03-09'); // sick day 63
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Eerste ziektedag 2025-01-06 · week 9 van 104');
    expect(r.stdout).toMatch(/2025-02-16\s+te laat\s+Probleemanalyse door de bedrijfsarts\s+bedrijfsarts, manager/);
    expect(r.stdout).toContain('2025-11-17 … 2026-01-04');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });
  const bad: Array<[string[], string]> = [
    [['--period', '2025-02-29..'], '--period'],
    [['--period', '2025-01-01..2025-13-01'], '--period'],
    [['--period', '2025-01-06'], '--period'],
    [['--period', '2025-03-01..2025-02-01'], '--period'],
    [['--period', '2025-01-01..2025-01-31', '--period', '2025-01-20..'], '--period'],
    [['--period', '2025-01-01..', '--period', '2025-03-01..2025-03-05'], '--period'],
    [[], '--period'],
    [['--period', '2025-01-01..', '--as-of', '2025-04-31'], '--as-of'],
    [['--period', '2025-01-01..', '--probleemanalyse-on', 'gisteren'], '--probleemanalyse-on'],
    [['--period', '2025-01-01..', '--voortgangsgesprek-on', '2025-02-30'], '--voortgangsgesprek-on'],
    [['--period', '2025-01-01..', '--loonsanctie-weeks', '-3'], '--loonsanctie-weeks'],
    [['--period', '2025-01-01..', '--loonsanctie-weeks', '53'], '--loonsanctie-weeks'],
    [['--period', '2025-01-01..', '--verlenging-weeks', '1.5'], '--verlenging-weeks'],
    [['--period', '2025-01-01..', '--as-of'], '--as-of'],
    [['--period', '2025-01-01..', '--as-of', '2025-01-02', '--as-of', '2025-01-03'], '--as-of'],
    [['--period', '2025-01-01..', '--bogus'], '--bogus'],
    [['--period', '2025-01-01..', 'extra'], 'extra'],
    [['--period', '2025-01-01..', '--json=maybe'], '--json'],
  ];
  for (const [args, named] of bad) {
    it(`exits 2 for ${args.join(' ') || '(no arguments)'}`, async () => {
      const r = await cli(...args, '--json');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(named);
    });
  }
});
