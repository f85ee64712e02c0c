// Shared by the fuzz suites: how many runs, hostile text generators, JSON mutation and an unhandled-rejection watch.
// `npm test` runs FUZZ_RUNS=1000 per property; `npm run test:faults` sets VERZUIMBOT_FUZZ_RUNS=10000 (issue 8's bar).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** Runs per property: VERZUIMBOT_FUZZ_RUNS, else 1000 (the normal suite must stay fast). */
export const FUZZ_RUNS = Number(process.env.VERZUIMBOT_FUZZ_RUNS) > 0 ? Number(process.env.VERZUIMBOT_FUZZ_RUNS) : 1000;

/** Fixed seed unless VERZUIMBOT_FUZZ_SEED says otherwise, so a failure can be replayed. */
export const FUZZ_SEED = Number(process.env.VERZUIMBOT_FUZZ_SEED) || 20260302;

/** fast-check parameters every suite uses. */
export const PARAMS = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, endOnFailure: true } as const;

const guardDir = join(import.meta.dirname, '../fixtures/guard');
function labelled(label: 'medical' | 'ok'): string[] {
  return readFileSync(join(guardDir, 'dev.tsv'), 'utf8').split('\n')
    .filter((l) => l.startsWith(label + '\t')).map((l) => l.slice(label.length + 1).trim()).filter(Boolean);
}
/** Medical sentences (the guard's dev set): text that must never be stored. */
export const MEDICAL = labelled('medical');
/** Business sentences that may be stored. */
export const BUSINESS = labelled('ok');

/** Hostile free text: medical and business sentences, glued, cased, padded, plus raw unicode and control characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...MEDICAL),
  fc.constantFrom(...BUSINESS),
  fc.tuple(fc.constantFrom(...BUSINESS), fc.constantFrom(...MEDICAL)).map(([b, m]) => `${b}. ${m}`),
  fc.tuple(fc.constantFrom(...MEDICAL), fc.constantFrom('', '!!', '\n', ' 🙂', '\u200b')).map(([m, s]) => (m.toUpperCase() + s)),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\r\n', '<@U0PIET0001>', '"; DROP TABLE cases; --', 'a'.repeat(5000)),
);

/** Every path (array of keys) in a JSON value, the root included. */
export function pathsOf(v: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...prefix, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...prefix, k]));
  return out;
}

/** One mutation: at the path with this index, delete the value or put another there. */
export interface Mutation { at: number; op: 'delete' | 'set'; value: unknown }

/** Mutations: deletions and replacements by anything fast-check makes, hostile text, or wrong types. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom('delete' as const, 'set' as const),
    value: fc.oneof(fc.anything({ maxDepth: 2 }), hostileText, fc.constantFrom(null, undefined, 0, -1, true, [], {}, 'x'.repeat(70_000))),
  }),
  { minLength: 1, maxLength: 4 },
);

/** A deep copy of `base` with the mutations applied. */
export function mutate<T>(base: T, ms: Mutation[]): unknown {
  let root: unknown = structuredClone(base);
  for (const m of ms) {
    const value = structuredClone(m.value); // never share a node: an HTTP body is a tree, never a cycle
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length];
    if (path.length === 0) {
      root = m.op === 'delete' ? undefined : value;
      continue;
    }
    let parent = root as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const key = path[path.length - 1];
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else parent[key] = value;
  }
  return root;
}

/** Watches process 'unhandledRejection' while a suite runs; `count()` says how many happened. */
export function watchRejections(): { count(): number; stop(): void } {
  let n = 0;
  const onRejection = () => { n++; };
  process.on('unhandledRejection', onRejection);
  return { count: () => n, stop: () => process.off('unhandledRejection', onRejection) };
}

/** Lets pending promise callbacks and a timer tick run, so late rejections surface before counting. */
export function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 20));
}
