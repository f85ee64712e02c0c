// `npm run guard:eval [-- --errors] [FILE.tsv …]`: recall and false-refusal rate of the guard per labelled set, plus speed.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkText } from './index.js';
import { loadLabelled, score } from './labelled.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const DEFAULT_FILES = [
  'test/fixtures/guard/dev.tsv',
  'test/fixtures/guard/heldout.tsv',
  'test/fixtures/guard/public-sample.tsv',
  'test/fixtures/guard/blind2.tsv',
  'test/fixtures/guard/blind3.tsv',
  'test/fixtures/guard/blind4.tsv',
  'test/fixtures/guard/blind5.tsv',
].map((f) => resolve(ROOT, f));

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

function main(argv: string[]): number {
  const showErrors = argv.includes('--errors');
  const files = argv.filter((a) => !a.startsWith('--'));
  const paths = (files.length > 0 ? files.map((f) => resolve(f)) : DEFAULT_FILES).filter((p) => existsSync(p));
  const all: string[] = [];
  for (const path of paths) {
    const rows = loadLabelled(path);
    all.push(...rows.map((r) => r.text));
    const s = score(rows);
    const name = path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path;
    console.log(`${name}: recall ${pct(s.recall)} (${s.medical - s.missed.length}/${s.medical} medical refused), ` +
      `false refusal ${pct(s.falseRefusal)} (${s.refused.length}/${s.ok} ok refused)`);
    if (showErrors) {
      for (const r of s.missed) console.log(`  missed   ${r.text}`);
      for (const r of s.refused) console.log(`  refused  ${r.text} ${JSON.stringify(checkText(r.text).categories)}`);
    }
  }
  if (all.length > 0) {
    const rounds = Math.max(1, Math.ceil(50_000 / all.length));
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) for (const t of all) checkText(t);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(`speed: ${Math.round((rounds * all.length) / seconds).toLocaleString('en')} sentences/s`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
