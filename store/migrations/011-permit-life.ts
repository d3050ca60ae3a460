import type { Kysely } from 'kysely';

/**
 * The rest of a permit's life: standing permissions (包括的許可, 2-2(8)②), disposal records
 * (2-2(12), 第3表), the principal's class decisions for unclear information (2-2(4)③), where a
 * request went when nobody decided it, what closes an approved permit, and when a person left.
 * Independent of the migrations before it but 008: new tables and nullable columns only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('standing_permissions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('policy', 'varchar(64)', (c) => c.notNull())
    .addColumn('school_id', 'varchar(64)', (c) => c.notNull().references('schools.id'))
    // null: every staff member of the school
    .addColumn('grantee_id', 'varchar(64)', (c) => c.references('users.id'))
    .addColumn('granted_by', 'varchar(64)', (c) => c.notNull().references('users.id'))
    // JSON arrays: the classes, the catalog items (null: every item of those classes), the actions
    .addColumn('classes', 'varchar(64)', (c) => c.notNull())
    .addColumn('items', 'text')
    .addColumn('actions', 'varchar(500)', (c) => c.notNull())
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('revoked_by', 'varchar(64)')
    .addColumn('revoked_at', 'varchar(32)')
    .addColumn('revoke_reason', 'varchar(500)')
    // The grant form this came from: a second submission of the same form grants nothing more.
    .addColumn('form_id', 'varchar(64)', (c) => c.unique())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('standing_school').on('standing_permissions').columns(['school_id', 'status']).execute();

  await db.schema
    .createTable('disposal_records')
    .addColumn('permit_id', 'varchar(64)', (c) => c.primaryKey().references('permits.id'))
    .addColumn('disposed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('performed_by', 'varchar(255)', (c) => c.notNull())
    .addColumn('method', 'varchar(32)', (c) => c.notNull())
    .addColumn('items', 'varchar(500)', (c) => c.notNull())
    .addColumn('witness_id', 'varchar(64)', (c) => c.references('users.id'))
    .addColumn('contractor', 'varchar(255)')
    .addColumn('certificate_due', 'varchar(10)')
    .addColumn('certificate_received_at', 'varchar(32)')
    .addColumn('certificate_received_by', 'varchar(64)')
    .addColumn('recorded_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('recorded_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('class_questions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('policy', 'varchar(64)', (c) => c.notNull())
    .addColumn('school_id', 'varchar(64)')
    .addColumn('requester_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('answer_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('action', 'varchar(32)')
    .addColumn('description', 'varchar(500)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('class', 'varchar(4)')
    .addColumn('decided_by', 'varchar(64)')
    .addColumn('decided_at', 'varchar(32)')
    .addColumn('comment', 'varchar(500)')
    .addColumn('decided_answer_id', 'varchar(64)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('class_questions_school').on('class_questions').columns(['school_id', 'status']).execute();

  // Where a request nobody decided went (a role), and when; what closes an approved permit.
  await db.schema.alterTable('permits').addColumn('forwarded_to', 'varchar(32)').execute();
  await db.schema.alterTable('permits').addColumn('forwarded_at', 'varchar(32)').execute();
  await db.schema.alterTable('permits').addColumn('closing', 'varchar(16)').execute();
  // When the roster stopped listing a person (they are kept, inactive, for the records).
  await db.schema.alterTable('users').addColumn('left_at', 'varchar(32)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('left_at').execute();
  for (const column of ['closing', 'forwarded_at', 'forwarded_to'])
    await db.schema.alterTable('permits').dropColumn(column).execute();
  for (const table of ['class_questions', 'disposal_records', 'standing_permissions']) await db.schema.dropTable(table).execute();
}
