import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { BotStore } from '../bot/core/ports.js';
import { createBotStore } from './bot-store.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

export interface StoreOptions {
  /** Where the SQLite file lives (MAMORU_DATA_DIR, default ./data). */
  dataDir?: string;
  /** `:memory:` for a throw-away database (tests). */
  sqliteFile?: string;
}

export interface Store {
  db: Kysely<Database>;
  bot: BotStore;
  engine: 'sqlite';
  close(): Promise<void>;
}

/** Opens the store and brings its schema up to date. SQLite under the data dir by default. */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const file = options.sqliteFile ?? sqlitePath(options.dataDir ?? process.env.MAMORU_DATA_DIR ?? './data');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // WAL with synchronous=NORMAL: no fsync per commit (the event loop must not wait on the disk);
  // a crash loses no committed data, a power cut at most the last moments.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrateToLatest(db as Kysely<unknown>);
  return { db, bot: createBotStore(db), engine: 'sqlite', close: () => db.destroy() };
}

function sqlitePath(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'mamoru.sqlite');
}
