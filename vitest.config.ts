// One `npm test` runs every project: fast pure unit tests, then integration tests on real PostgreSQL and the real
// Temporal test server (time-skipping), then browser tests on Debian's Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: [
            'rules/src/**/*.test.ts',
            'admin/src/**/*.test.ts',
            'worker/src/**/*.test.ts',
            'api/src/**/*.test.ts',
            'tests/compose/**/*.test.ts',
            'tests/architecture/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'integration',
          // Projects run one after the other: the 2-core machine cannot host Temporal, the API and Chromium at once.
          sequence: { groupOrder: 1 },
          include: [
            'tests/db/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/workflows/**/*.test.ts',
            'tests/api/**/*.test.ts',
            'tests/replay/**/*.test.ts',
            'tests/faults/**/*.test.ts',
          ],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Time-skipping servers and worker bundles are heavy on a 2-core machine: one file at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          sequence: { groupOrder: 2 },
          include: ['tests/browser/**/*.test.ts'],
          // The database setup is shared; the browser setup builds the admin once and checks Chromium is there.
          globalSetup: ['tests/support/global-setup.ts', 'tests/browser/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
