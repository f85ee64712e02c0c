import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the slow suite of issue 8 — the fault tests (real server processes killed, fake Slack and
// Teams APIs that fail, locked and read-only databases) and the fuzzers at full strength (10,000 runs per
// property; the normal `npm test` runs the same fuzzers with 1,000). One file at a time: the fault tests spawn
// servers and time them, and two cores are all CI has.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
    env: { VERZUIMBOT_FUZZ_RUNS: '10000' },
    testTimeout: 600_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
