import type { Kysely } from 'kysely';

/** The situation that decided an answer (年賀状 → non_work_use), to answer the same again on a card. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('answers').addColumn('situation_id', 'varchar(64)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('answers').dropColumn('situation_id').execute();
}
