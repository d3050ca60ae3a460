/** Persistence on kysely: SQLite by default, versioned migrations. */
export { migrateToLatest } from './migrate.js';
export { openStore, type Store, type StoreOptions } from './open-store.js';
export type { Database } from './schema.js';
