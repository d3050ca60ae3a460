import type { Kysely } from 'kysely';

/** Conversation references (for proactive messages), answers and their feedback. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conversation_references')
    .addColumn('channel', 'varchar(32)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('conversation_id', 'varchar(512)', (c) => c.notNull())
    .addColumn('conversation_kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('aad_object_id', 'varchar(64)')
    .addColumn('name', 'varchar(255)')
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_references_pk', ['channel', 'user_id', 'conversation_id'])
    .execute();
  await db.schema.createIndex('conversation_references_aad').on('conversation_references').column('aad_object_id').execute();

  await db.schema
    .createTable('answers')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('channel', 'varchar(32)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('conversation_id', 'varchar(512)', (c) => c.notNull())
    .addColumn('policy', 'varchar(64)', (c) => c.notNull())
    .addColumn('language', 'varchar(8)', (c) => c.notNull())
    .addColumn('decision', 'varchar(32)', (c) => c.notNull())
    .addColumn('class', 'varchar(4)')
    .addColumn('action', 'varchar(32)')
    .addColumn('asset_id', 'varchar(64)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('feedback')
    .addColumn('answer_id', 'varchar(64)', (c) => c.notNull().references('answers.id'))
    .addColumn('channel', 'varchar(32)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('helpful', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_pk', ['answer_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('feedback').execute();
  await db.schema.dropTable('answers').execute();
  await db.schema.dropTable('conversation_references').execute();
}
