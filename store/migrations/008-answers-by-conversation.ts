import type { Kysely } from 'kysely';

/** A follow-up (「じゃあUSBなら？」) looks up the last answer of the same person in the same chat. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('answers_by_conversation')
    .on('answers')
    .columns(['conversation_id', 'user_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('answers_by_conversation').execute();
}
