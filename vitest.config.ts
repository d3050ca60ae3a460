import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // A harness started before a file's tests (a bot, fake Google and Graph services) takes seconds on a
    // busy machine: its hooks get room enough not to depend on the machine being idle.
    hookTimeout: 120_000,
    pool: 'forks',
    // Says once a run what was skipped (PostgreSQL), rather than once per test file.
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
