import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'test/**/*.test.ts',
      'bench/**/*.test.ts',
      'web/**/*.test.ts',
      'web/**/*.test.tsx',
    ],
    setupFiles: ['test/setup/fail-on-console.ts', 'test/setup/dom-waits.ts'],
    // PostgreSQL for the storage and API tests: TEST_PG_URL, or a throwaway cluster started here
    globalSetup: ['test/support/global-setup.ts', 'test/support/web-build.ts'],
    // vitest's own report, and every unhandled error repeated after the summary (where a cut CI log keeps it)
    reporters: ['default', './test/support/unhandled-errors-reporter.ts'],
    pool: 'threads',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
