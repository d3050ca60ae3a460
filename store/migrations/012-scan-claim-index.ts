import type { Kysely } from 'kysely';

/**
 * A reading job claims files of one batch, the likeliest first. With 009's batch index
 * (scan_id, batch, state) the planner could instead walk the priority index
 * (state, priority, scan_id) through every pending file of the drive, filtering the batch out
 * of them: thousands of rows per claim on a table just filled (no statistics yet), millions on a
 * city's first scan. With priority last in the batch index, the claim reads its batch alone,
 * already in order. Depends on 009 only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('drive_scan_items_batch').execute();
  await db.schema
    .createIndex('drive_scan_items_batch')
    .on('drive_scan_items')
    .columns(['scan_id', 'batch', 'state', 'priority'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('drive_scan_items_batch').execute();
  await db.schema.createIndex('drive_scan_items_batch').on('drive_scan_items').columns(['scan_id', 'batch', 'state']).execute();
}
