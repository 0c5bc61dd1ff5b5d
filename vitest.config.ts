import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['test/setup/fail-on-console.ts'],
    // PostgreSQL for the storage and API tests: TEST_PG_URL, or a throwaway cluster started here
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'threads',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
