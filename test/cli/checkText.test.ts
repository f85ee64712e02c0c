import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArgs, run } from '../../src/cli/commands/checkText.js';
import { UsageError } from '../../src/cli/io.js';

// Spawns the real CLI (npx tsx src/cli/main.ts check-text …). npm may print its own config warnings on stderr; they are not ours.
function cli(args: string[], input?: string): { code: number | null; stdout: string; stderr: string[] } {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'check-text', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  const stderr = r.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
  return { code: r.status, stdout: r.stdout, stderr };
}

describe('verzuimbot check-text', () => {
  it('--jsonl answers one verdict per stdin line, empty lines as not medical, without echoing text', () => {
    const r = cli(['--jsonl'], 'Heeft buikgriep\n\nOfferte naar Piet\r\nShe is pregnant');
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([
      { medical: true, categories: ['illness', 'body-complaint'] },
      { medical: false, categories: [] },
      { medical: false, categories: [] },
      { medical: true, categories: ['pregnancy'] },
    ]);
    expect(r.stdout).not.toMatch(/buikgriep|Piet|pregnant/);
  });
  it('"text" --json prints one verdict', () => {
    const r = cli(['Pijn in haar rug', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ medical: true, categories: ['symptom', 'body-complaint'] });
  });
  it('rejects a missing text and an unknown flag with exit 2, one stderr line and nothing on stdout', () => {
    for (const args of [[], ['some text', '--verbose']]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toHaveLength(1);
      expect(r.stderr[0]).toMatch(args.length === 0 ? /missing text/ : /--verbose/);
    }
  });
});

function io(input = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(input);
  let out = '';
  stdout.on('data', (d) => (out += d));
  return { io: { stdout, stderr, stdin, env: {} }, out: () => out };
}

describe('check-text arguments (in-process)', () => {
  it('parses the contract forms', () => {
    expect(parseArgs(['a text', '--json'])).toEqual({ json: true, jsonl: false, text: 'a text' });
    expect(parseArgs(['--jsonl'])).toEqual({ json: false, jsonl: true, text: null });
    expect(parseArgs(['--', '--not-a-flag'])).toEqual({ json: false, jsonl: false, text: '--not-a-flag' });
  });
  it('throws a UsageError naming the argument for bad input', () => {
    expect(() => parseArgs([])).toThrow(UsageError);
    expect(() => parseArgs(['x', '--bogus'])).toThrow(/--bogus/);
    expect(() => parseArgs(['a', 'b'])).toThrow(/one text/);
    expect(() => parseArgs(['--jsonl', 'text'])).toThrow(/--jsonl/);
    expect(() => parseArgs(['--jsonl', '--json'])).toThrow(/either/);
  });
  it('prints a short human line without the text', async () => {
    const a = io();
    expect(await run(['Heeft een hernia'], a.io)).toBe(0);
    expect(a.out()).toBe('medical: refused (illness)\n');
    const b = io();
    await run(['Offerte naar Piet'], b.io);
    expect(b.out()).toBe('not medical: may be stored\n');
  });
  it('streams many lines in order', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? 'Heeft griep' : 'Klant bellen'));
    const a = io(lines.join('\n') + '\n');
    await run(['--jsonl'], a.io);
    const out = a.out().trimEnd().split('\n').map((l) => JSON.parse(l).medical);
    expect(out).toHaveLength(5000);
    expect(out.every((m: boolean, i: number) => m === (i % 2 === 0))).toBe(true);
  });
});
