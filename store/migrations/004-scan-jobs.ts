import type { Kysely } from 'kysely';

/** Runs split into one job per drive (pg-boss): how many drives the run has, and how many are done. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('scan_runs')
    .addColumn('drives_total', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('scan_runs')
    .addColumn('drives_done', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scan_runs').dropColumn('drives_done').execute();
  await db.schema.alterTable('scan_runs').dropColumn('drives_total').execute();
}
