import type { Kysely } from 'kysely';

/**
 * Cloud scans: the drives walked (with the cursor to continue from), the files found stored
 * against 2-2(7)⑤ (one row per source, drive and item; never their contents), and the runs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('drives')
    .addColumn('source', 'varchar(32)', (c) => c.notNull())
    .addColumn('drive_id', 'varchar(512)', (c) => c.notNull())
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('name', 'varchar(512)', (c) => c.notNull())
    .addColumn('owner_email', 'varchar(320)')
    .addColumn('cursor', 'text')
    .addColumn('last_scan_at', 'varchar(32)')
    .addPrimaryKeyConstraint('drives_pk', ['source', 'drive_id'])
    .execute();

  await db.schema
    .createTable('findings')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('source', 'varchar(32)', (c) => c.notNull())
    .addColumn('drive_id', 'varchar(512)', (c) => c.notNull())
    .addColumn('item_id', 'varchar(512)', (c) => c.notNull())
    .addColumn('name', 'varchar(1024)', (c) => c.notNull())
    .addColumn('path', 'varchar(2048)', (c) => c.notNull())
    .addColumn('web_url', 'varchar(2048)')
    .addColumn('owner_email', 'varchar(320)')
    .addColumn('owner_id', 'varchar(64)')
    .addColumn('school_id', 'varchar(64)')
    .addColumn('class', 'varchar(4)', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('sharing', 'varchar(32)')
    .addColumn('version', 'varchar(255)')
    .addColumn('status', 'varchar(32)', (c) => c.notNull())
    .addColumn('status_by', 'varchar(64)')
    .addColumn('status_at', 'varchar(32)')
    .addColumn('status_version', 'varchar(255)')
    .addColumn('first_seen', 'varchar(32)', (c) => c.notNull())
    .addColumn('last_seen', 'varchar(32)', (c) => c.notNull())
    .addColumn('notified_at', 'varchar(32)')
    .addColumn('resolved_at', 'varchar(32)')
    .addColumn('resolution_notified_at', 'varchar(32)')
    .addUniqueConstraint('findings_item', ['source', 'drive_id', 'item_id'])
    .execute();
  await db.schema.createIndex('findings_status').on('findings').columns(['status', 'school_id']).execute();
  await db.schema.createIndex('findings_owner').on('findings').columns(['owner_id', 'status']).execute();

  // Digests and owner cards name the findings they carry.
  await db.schema.alterTable('outbox').addColumn('payload', 'text').execute();

  await db.schema
    .createTable('scan_runs')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('source', 'varchar(32)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('finished_at', 'varchar(32)')
    .addColumn('stats', 'text', (c) => c.notNull())
    .addColumn('error', 'varchar(2000)')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('payload').execute();
  for (const table of ['scan_runs', 'findings', 'drives']) await db.schema.dropTable(table).execute();
}
