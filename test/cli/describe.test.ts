import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => { out += String(c); });
  stderr.on('data', (c) => { err += String(c); });
  const code = await main(args, { stdout, stderr, stdin: new PassThrough(), env: {} });
  return { code, stdout: out, stderr: err };
}

describe('verzuimbot describe', () => {
  it('prints the intake contract as JSON', async () => {
    const r = await runCli(['describe', 'intake', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { fields: Array<Record<string, unknown>> };
    expect(Object.keys(doc)).toEqual(['fields']);
    expect(doc.fields.map((f) => f.id)).toEqual([
      'employee', 'firstSickDay', 'phone', 'address', 'expectedDuration', 'workHandover', 'workAccident',
      'trafficAccidentThirdParty', 'safetyNet',
    ]);
    for (const f of doc.fields) {
      expect(Object.keys(f)).toEqual(['id', 'type', 'required', 'label', 'help', 'options']);
      expect(['person', 'date', 'text', 'choice']).toContain(f.type);
      expect(typeof f.required).toBe('boolean');
      expect(Object.keys(f.label as object)).toEqual(['nl', 'en']);
      expect(Object.keys(f.help as object)).toEqual(['nl', 'en']);
      const options = f.options as Array<Record<string, unknown>>;
      expect(options.length > 0).toBe(f.type === 'choice');
      for (const o of options) {
        expect(Object.keys(o)).toEqual(['value', 'label']);
        expect(Object.keys(o.label as object)).toEqual(['nl', 'en']);
      }
    }
    const safetyNet = doc.fields.find((f) => f.id === 'safetyNet')!;
    expect((safetyNet.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['yes', 'no', 'undisclosed']);
  });

  it('prints a readable list without --json', async () => {
    const r = await runCli(['describe', 'intake']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('firstSickDay');
    expect(r.stdout).toContain('Eerste ziektedag');
    expect(r.stdout).toContain('undisclosed');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('exits 2 on bad arguments, naming them, with nothing on stdout', async () => {
    for (const [args, named] of [
      [['describe'], 'subject'], [['describe', 'cases', '--json'], 'cases'], [['describe', 'intake', '--yaml'], '--yaml'],
      [['describe', 'intake', 'extra'], 'extra'],
    ] as const) {
      const r = await runCli([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(named);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('works through npm run verzuimbot', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'describe', 'intake', '--json'], { cwd: process.cwd(), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).fields).toHaveLength(9);
    const bad = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'describe', 'nope'], { cwd: process.cwd(), encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
  });
});
