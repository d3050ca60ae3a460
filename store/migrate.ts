import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as m001 from './migrations/001-answers.js';
import * as m002 from './migrations/002-permits.js';
import * as m003 from './migrations/003-findings.js';
import * as m004 from './migrations/004-scan-jobs.js';
import * as m005 from './migrations/005-answer-situation.js';
import * as m006 from './migrations/006-outbox-lease.js';
import * as m007 from './migrations/007-audit-mac.js';
import * as m008 from './migrations/008-answers-by-conversation.js';
import * as m008w from './migrations/008-welcomes.js';
import * as m009 from './migrations/009-scan-work.js';
import * as m010 from './migrations/010-incidents.js';
import * as m011 from './migrations/011-permit-life.js';
import * as m012 from './migrations/012-scan-claim-index.js';

/** Versioned migrations, in order. Add a file and a line here; never edit a shipped one. */
const MIGRATIONS: Record<string, Migration> = {
  '001-answers': m001,
  '002-permits': m002,
  '003-findings': m003,
  '004-scan-jobs': m004,
  '005-answer-situation': m005,
  '006-outbox-lease': m006,
  '007-audit-mac': m007,
  '008-answers-by-conversation': m008,
  '008-welcomes': m008w,
  '009-scan-work': m009,
  '010-incidents': m010,
  '011-permit-life': m011,
  '012-scan-claim-index': m012,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database to the newest version; returns the names applied now. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'mamoru_migrations',
    migrationLockTableName: 'mamoru_migrations_lock',
    // Migrations written side by side (009, 010, 011) may reach a database in any order.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
