// Compiles TypeScript entry points to plain ESM JavaScript for `node` (what `npm start` and the scheduler benchmark
// run): bundled per entry with esbuild, npm packages left as imports, each CLI command in its own lazily loaded chunk.
// Running compiled code spares the server tsx's loader thread and on-the-fly transpiling (~60 MB RSS, seconds of start).
// Usage: node scripts/build.mjs [--out DIR] [ENTRY.ts …]   (default: --out dist/app src/cli/main.ts)
import { rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : 'dist/app';
const entries = args.length ? args : ['src/cli/main.ts'];
if (!out || entries.some((e) => !e.endsWith('.ts'))) {
  process.stderr.write('usage: node scripts/build.mjs [--out DIR] [ENTRY.ts …]\n');
  process.exit(2);
}

const outdir = resolve(root, out); // relative to the project, or absolute
rmSync(outdir, { recursive: true, force: true }); // no stale chunks from an earlier build
await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(entries.map((e) => [basename(e, '.ts'), e])),
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // Maps are written for debugging (NODE_OPTIONS=--enable-source-maps); not loaded by default: they cost ~19 MB RSS.
  sourcemap: true,
  logLevel: 'warning',
});
