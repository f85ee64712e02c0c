import { defineConfig } from 'vitest/config';

// Unit, contract and HTTP tests; the slow fault suite has its own config (vitest.faults.config.ts).
// The JSON report lets .ci/run print the plain "N passed, N failed" line CI reads.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/faults/**', 'node_modules/**'],
    testTimeout: 20000,
    hookTimeout: 30000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
  },
});
