import type { Kysely } from 'kysely';

/**
 * The conversations mamoru has welcomed: one row each, so the welcome comes once however the
 * install is announced (Teams sends installationUpdate and conversationUpdate, the Emulator and
 * Web Chat conversationUpdate alone), even when the two announcements reach two instances.
 * Removing the app deletes the row: a new install is welcomed again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('welcomes')
    .addColumn('channel', 'varchar(32)', (c) => c.notNull())
    .addColumn('conversation_id', 'varchar(512)', (c) => c.notNull())
    .addColumn('welcomed_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('welcomes_pk', ['channel', 'conversation_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('welcomes').execute();
}
