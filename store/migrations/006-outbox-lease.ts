import type { Kysely } from 'kysely';

/**
 * Leases, so several processes on one database can tell a live worker from a dead one: an outbox
 * claim names its owner (an instance id) and lasts until `lease_until`; a scan run that is still
 * going pushes its `lease_until` forward (a heartbeat). An expired lease means the process is gone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('claimed_by', 'varchar(128)').execute();
  await db.schema.alterTable('outbox').addColumn('lease_until', 'varchar(32)').execute();
  await db.schema.alterTable('scan_runs').addColumn('lease_until', 'varchar(32)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scan_runs').dropColumn('lease_until').execute();
  await db.schema.alterTable('outbox').dropColumn('lease_until').execute();
  await db.schema.alterTable('outbox').dropColumn('claimed_by').execute();
}
