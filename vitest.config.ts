import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['test/setup/fail-on-console.ts'],
    pool: 'threads',
    testTimeout: 60_000,
  },
});
