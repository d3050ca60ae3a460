import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { BotStore } from '../ports/index.js';
import { type AuditKey, withAuditKey } from './audit-key.js';
import { createBotStore } from './bot-store.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

export interface StoreOptions {
  /** Where the SQLite file lives (MAMORU_DATA_DIR, default ./data). */
  dataDir?: string;
  /** `:memory:` for a throw-away database (tests). */
  sqliteFile?: string;
  /** postgres://… switches to PostgreSQL (DATABASE_URL). */
  databaseUrl?: string;
  /** Run migrations on open (default true; `mamoru db migrate` does it explicitly). */
  migrate?: boolean;
  /** Signs every audit entry appended through this store (MAMORU_AUDIT_KEY, from the entry point). */
  auditKey?: AuditKey;
}

export interface Store {
  db: Kysely<Database>;
  bot: BotStore;
  engine: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

/**
 * Opens the store and brings its schema up to date: PostgreSQL when a postgres:// URL is given
 * (the configuration's DATABASE_URL), else SQLite under the data dir (MAMORU_DATA_DIR, ./data).
 * A SQLite file or folder named explicitly wins over a URL.
 *
 * @example await openStore({ ...config.store, migrate: false })
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const databaseUrl = options.sqliteFile ? undefined : options.databaseUrl;
  const opened = databaseUrl ? openPostgres(databaseUrl) : openSqlite(options);
  const { engine } = opened;
  const db = options.auditKey ? withAuditKey(opened.db, options.auditKey) : opened.db;
  if (options.migrate !== false) {
    try {
      await migrateToLatest(db as Kysely<unknown>);
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }
  return { db, bot: createBotStore(db), engine, close: () => db.destroy() };
}

function openPostgres(url: string): { db: Kysely<Database>; engine: 'postgres' } {
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new Error('DATABASE_URL must start with postgres:// (e.g. postgres://mamoru@db.internal:5432/mamoru)');
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // An idle connection dropped by the server (restart, failover) must not crash the process:
  // the pool replaces it, and the next query reconnects.
  pool.on('error', () => {});
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres' };
}

function openSqlite(options: StoreOptions): { db: Kysely<Database>; engine: 'sqlite' } {
  const file = options.sqliteFile ?? sqlitePath(options.dataDir ?? './data');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // WAL with synchronous=NORMAL: no fsync per commit (the event loop must not wait on the disk);
  // a crash loses no committed data, a power cut at most the last moments.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), engine: 'sqlite' };
}

function sqlitePath(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'mamoru.sqlite');
}
