// Fuzzing the CLI's argument parsing in-process: main(argv, io) for timeline, describe, check-text,
// employer set and roles import. Every run exits 0 (the arguments happened to be valid) or 2 with exactly one
// line on stderr and nothing on stdout — never 1, never a throw.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FUZZ_RUNS, PARAMS, settle, watchRejections } from './support.js';

let dir: string;
let env: NodeJS.ProcessEnv;
const rejections = watchRejections();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verzuimbot-fuzz-cli-'));
  env = { DATABASE_PATH: join(dir, 'data', 'fuzz.db') };
  writeFileSync(join(dir, 'bad.csv'), 'employer,personId\nacme,"unclosed\n');
  writeFileSync(join(dir, 'good.csv'), 'employer,personId,name,email,slackUserId,teamsAadObjectId,role,managerPersonId,employmentEnd\nacme,p1,Anna de Vries,,,,hr,,\n');
});
afterAll(() => {
  rejections.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `verzuimbot ...argv` in-process, stdin closed. */
async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string; threw?: unknown }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const stdin = new PassThrough();
  stdin.end('');
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => { stdout += String(d); });
  err.on('data', (d) => { stderr += String(d); });
  try {
    const code = await main(argv, { stdout: out, stderr: err, stdin, env });
    return { code, stdout, stderr };
  } catch (threw) {
    return { code: -1, stdout, stderr, threw };
  }
}

const date = fc.oneof(
  fc.constantFrom('2025-01-06', '2026-02-29', '2025-13-01', '2024-02-29', '0000-00-00', '9999-12-31', ''),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);
const token = fc.oneof(
  fc.constantFrom(
    '--period', '--as-of', '--json', '--jsonl', '--insured', '--safety-net', '--own-risk-ziektewet', '--loonsanctie-weeks',
    '--verlenging-weeks', '--probleemanalyse-on', '--plan-van-aanpak-on', '--voortgangsgesprek-on', '--spreekuur-on',
    '--eerstejaarsevaluatie-on', '--office-hours', '--language', 'intake', 'set', 'import', 'yes', 'no', 'nl', 'en', 'de',
    '08:00-18:00', '18:00-08:00', '24:00-25:00', '--', '-', '--=', '--insured=yes', '--language=', 'acme', '-1', '1e9', 'NaN',
  ),
  date,
  fc.tuple(date, date).map(([a, b]) => `${a}..${b}`),
  date.map((a) => `${a}..`),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: -1000, max: 100000 }).map(String),
);
const argv = fc.oneof(
  fc.tuple(fc.constant('timeline'), fc.array(token, { maxLength: 8 })).map(([c, a]) => [c, ...a]),
  fc.tuple(fc.constant('describe'), fc.array(token, { maxLength: 4 })).map(([c, a]) => [c, ...a]),
  fc.tuple(fc.constant('check-text'), fc.array(token, { maxLength: 4 })).map(([c, a]) => [c, ...a]),
  fc.tuple(fc.array(token, { maxLength: 8 })).map(([a]) => ['employer', 'set', ...a]),
  fc.tuple(fc.array(token, { maxLength: 6 })).map(([a]) => ['employer', ...a]),
  fc.tuple(fc.array(fc.oneof(token, fc.constantFrom('bad.csv', 'good.csv', 'missing.csv', '/', '.')), { maxLength: 4 }))
    .map(([a]) => ['roles', 'import', ...a.map((x) => (x.endsWith('.csv') ? join(dir, x) : x))]),
  fc.tuple(fc.array(token, { maxLength: 4 })).map(([a]) => ['roles', ...a]),
);

describe('CLI argument fuzzing', () => {
  it(`exits 0 or 2 (one stderr line, empty stdout) on ${FUZZ_RUNS} random argument lists, never 1 or a throw`, async () => {
    const seen = { 0: 0, 2: 0 };
    await fc.assert(fc.asyncProperty(argv, async (args) => {
      const r = await cli(args);
      expect(r.threw, `threw for ${JSON.stringify(args)}`).toBeUndefined();
      expect([0, 2], `exit ${r.code} for ${JSON.stringify(args)}: ${r.stderr}`).toContain(r.code);
      if (r.code === 2) {
        expect(r.stdout, JSON.stringify(args)).toBe('');
        expect(r.stderr.endsWith('\n') && r.stderr.indexOf('\n') === r.stderr.length - 1, JSON.stringify(r.stderr)).toBe(true);
        expect(r.stderr.trim().length).toBeGreaterThan(0);
      }
      seen[r.code as 0 | 2]++;
    }), PARAMS);
    await settle();
    console.log(`CLI fuzz: ${FUZZ_RUNS} runs, exit 0: ${seen[0]}, exit 2: ${seen[2]}, other: 0, unhandled rejections: ${rejections.count()}`);
    expect(rejections.count()).toBe(0);
    // Both sides must have been exercised, or the generator is broken.
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[2]).toBeGreaterThan(FUZZ_RUNS / 10);
  });
});
