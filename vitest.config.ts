import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // Says once a run what was skipped (PostgreSQL), rather than once per test file.
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
