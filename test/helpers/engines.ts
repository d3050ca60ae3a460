import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Store } from '../../store/index.js';

/** A PostgreSQL server for the tests: `.ci/run` starts one (scripts/pg-test-server.sh). */
export const PG_URL = process.env.MAMORU_TEST_DATABASE_URL;
export const ENGINES: ('sqlite' | 'postgres')[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** Without a PostgreSQL server, notes that this file's store tests ran on SQLite only: said once a run (global-setup.ts). */
export function warnIfNoPostgres(): void {
  if (!PG_URL) writeFileSync(inject('postgresSkippedMark'), '');
}

/** A fresh, migrated store on the engine: a temporary SQLite file or a new PostgreSQL database. */
export async function freshStore(
  engine: 'sqlite' | 'postgres',
): Promise<{ store: Store; url?: string; dataDir?: string; cleanup(): Promise<void> }> {
  if (engine === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-store-'));
    const store = await openStore({ dataDir });
    return {
      store,
      dataDir,
      async cleanup() {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `mamoru_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString() });
  return {
    store,
    url: url.toString(),
    async cleanup() {
      await store.close();
      const a = new pg.Client({ connectionString: PG_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
