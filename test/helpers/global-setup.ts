import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file a test file writes when its store tests ran on SQLite only (see engines.ts). */
    postgresSkippedMark: string;
  }
}

export const POSTGRES_SKIPPED =
  '\n⚠ PostgreSQL skipped: the store tests ran on SQLite only. Start a server with\n' +
  '  export MAMORU_TEST_DATABASE_URL=$(scripts/pg-test-server.sh)\n  and run npm test again (.ci/run does this).\n';

/**
 * Once for the whole run. Each test file runs in a process of its own, so a note printed by the
 * files came once per file (six times): they leave a mark instead, and the run's end says it once.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-vitest-'));
  const mark = join(dir, 'postgres-skipped');
  project.provide('postgresSkippedMark', mark);
  return () => {
    if (existsSync(mark)) console.warn(POSTGRES_SKIPPED);
    rmSync(dir, { recursive: true, force: true });
  };
}
