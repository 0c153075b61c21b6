import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The CLI and corpus tests start child processes and load pdf.js: forks isolate them best.
    pool: 'forks',
  },
});
