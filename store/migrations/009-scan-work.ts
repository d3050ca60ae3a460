import type { Kysely } from 'kysely';

/**
 * Work units smaller than a drive, and what a scan cannot read any more:
 * - `drive_scans`: one walk of one drive (from its committed cursor), listed by one job at a time,
 *   with where the listing goes on from, so a killed lister resumes instead of starting over; the
 *   new cursor waits here until every file the walk listed is done.
 * - `drive_scan_items`: the files a walk listed, in batches, each read by whichever worker claims
 *   it (the claim is a lease with a heartbeat); `done` is the fence that records each file once.
 * - `quota_usage`: the units each source spent, per 10 seconds and per hour, shared by every process.
 * - findings: a finding whose file can no longer be read stays open, with the reason.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('drive_scans')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('run_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('source', 'varchar(32)', (c) => c.notNull())
    .addColumn('source_index', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('drive_id', 'varchar(512)', (c) => c.notNull())
    .addColumn('drive', 'text', (c) => c.notNull())
    .addColumn('state', 'varchar(16)', (c) => c.notNull())
    .addColumn('from_cursor', 'text')
    .addColumn('resume', 'text')
    .addColumn('to_cursor', 'text')
    .addColumn('full', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('listed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('batches', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('batches_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ocr_ms', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'varchar(2000)')
    .addColumn('finished_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('drive_scans_run').on('drive_scans').columns(['run_id']).execute();
  await db.schema.createIndex('drive_scans_drive').on('drive_scans').columns(['source', 'drive_id', 'state']).execute();

  await db.schema
    .createTable('drive_scan_items')
    .addColumn('scan_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('item_id', 'varchar(512)', (c) => c.notNull())
    .addColumn('batch', 'integer', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('version', 'varchar(1024)', (c) => c.notNull())
    .addColumn('state', 'varchar(16)', (c) => c.notNull())
    .addColumn('claimed_by', 'varchar(128)')
    .addColumn('claimed_until', 'varchar(32)')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('calls', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ocr_ms', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_by', 'varchar(128)')
    .addColumn('done_at', 'varchar(32)')
    .addPrimaryKeyConstraint('drive_scan_items_pk', ['scan_id', 'item_id'])
    .execute();
  await db.schema.createIndex('drive_scan_items_batch').on('drive_scan_items').columns(['scan_id', 'batch', 'state']).execute();
  await db.schema.createIndex('drive_scan_items_next').on('drive_scan_items').columns(['state', 'priority', 'scan_id']).execute();
  await db.schema.createIndex('drive_scan_items_done').on('drive_scan_items').columns(['done_at']).execute();

  await db.schema
    .createTable('quota_usage')
    .addColumn('budget', 'varchar(256)', (c) => c.notNull())
    .addColumn('span', 'varchar(8)', (c) => c.notNull())
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('quota_usage_pk', ['budget', 'span', 'starts_at'])
    .execute();

  await db.schema.alterTable('findings').addColumn('unreadable_reason', 'varchar(512)').execute();
  await db.schema.alterTable('findings').addColumn('unreadable_since', 'varchar(32)').execute();
  await db.schema.alterTable('findings').addColumn('unreadable_notified_at', 'varchar(32)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('findings').dropColumn('unreadable_notified_at').execute();
  await db.schema.alterTable('findings').dropColumn('unreadable_since').execute();
  await db.schema.alterTable('findings').dropColumn('unreadable_reason').execute();
  for (const table of ['quota_usage', 'drive_scan_items', 'drive_scans']) await db.schema.dropTable(table).execute();
}
