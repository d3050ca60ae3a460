import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A test that runs the CLI a dozen times (findings summary|export) took 20 s on a loaded machine:
    // limits are generous, speed belongs in the benchmarks.
    testTimeout: 60_000,
    // A harness started before a file's tests (a bot, fake Google and Graph services) takes seconds on a
    // busy machine: its hooks get room enough not to depend on the machine being idle.
    hookTimeout: 120_000,
    pool: 'forks',
    // Says once a run what was skipped (PostgreSQL), rather than once per test file.
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
