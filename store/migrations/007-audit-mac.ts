import type { Kysely } from 'kysely';

/**
 * The audit chain's MACs, made with a key kept outside the database, so that whoever can write
 * to the database cannot rewrite or cut the chain unnoticed: one per entry, one for the head.
 * Null where written without a key (`mamoru audit seal` signs those once).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('mac', 'varchar(64)').execute();
  await db.schema.alterTable('audit_head').addColumn('mac', 'varchar(64)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_head').dropColumn('mac').execute();
  await db.schema.alterTable('audit_log').dropColumn('mac').execute();
}
