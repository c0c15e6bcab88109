// One `npm test` runs every project: fast pure unit tests, then integration tests on real PostgreSQL and the real
// Temporal test server (time-skipping), then browser tests on Debian's Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'rules/src/**/*.test.ts',
            'admin/src/**/*.test.ts',
            'worker/src/**/*.test.ts',
            'api/src/**/*.test.ts',
            'tests/compose/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/db/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/replay/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Time-skipping servers and worker bundles are heavy on a 2-core machine: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
