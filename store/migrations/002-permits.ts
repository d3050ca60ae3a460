import type { Kysely } from 'kysely';

/**
 * The roster (schools, users, delegations), permits and their events, the notification outbox,
 * reminders, and the hash-chained audit log. Portable SQL: text timestamps (ISO 8601 UTC),
 * JSON as text, booleans as integers, ids chosen by the application.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('schools')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(255)', (c) => c.notNull().unique())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('email', 'varchar(320)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('school_id', 'varchar(64)', (c) => c.references('schools.id'))
    .addColumn('role', 'varchar(32)', (c) => c.notNull())
    .addColumn('teams_aad_object_id', 'varchar(64)')
    .addColumn('google_user_id', 'varchar(255)')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_aad').on('users').column('teams_aad_object_id').execute();
  await db.schema.createIndex('users_google').on('users').column('google_user_id').execute();
  await db.schema.createIndex('users_school_role').on('users').columns(['school_id', 'role']).execute();

  await db.schema
    .createTable('delegations')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('principal_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('delegate_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('permits')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('policy', 'varchar(64)', (c) => c.notNull())
    .addColumn('school_id', 'varchar(64)', (c) => c.references('schools.id'))
    .addColumn('requester_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('approver_role', 'varchar(32)', (c) => c.notNull())
    .addColumn('action', 'varchar(32)', (c) => c.notNull())
    .addColumn('class', 'varchar(4)')
    .addColumn('asset_id', 'varchar(64)')
    .addColumn('asset_name', 'varchar(255)')
    .addColumn('decision', 'varchar(32)', (c) => c.notNull())
    .addColumn('purpose', 'varchar(1000)', (c) => c.notNull())
    .addColumn('destination', 'varchar(500)')
    .addColumn('return_on', 'varchar(10)')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('answer_id', 'varchar(64)')
    .addColumn('decided_by', 'varchar(64)')
    .addColumn('decided_at', 'varchar(32)')
    .addColumn('decision_comment', 'varchar(1000)')
    .addColumn('returned_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('permits_status').on('permits').columns(['status', 'school_id']).execute();
  await db.schema.createIndex('permits_requester').on('permits').columns(['requester_id', 'status']).execute();
  await db.schema.createIndex('permits_created').on('permits').column('created_at').execute();

  await db.schema
    .createTable('permit_events')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('permit_id', 'varchar(64)', (c) => c.notNull().references('permits.id'))
    .addColumn('type', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(64)')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('permit_events_permit').on('permit_events').column('permit_id').execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'varchar(255)', (c) => c.notNull().unique())
    .addColumn('recipient_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('permit_id', 'varchar(64)')
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('channel', 'varchar(32)')
    .addColumn('conversation_id', 'varchar(512)')
    .addColumn('activity_id', 'varchar(255)')
    .addColumn('last_error', 'varchar(1000)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('sent_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('outbox_status').on('outbox').column('status').execute();
  await db.schema.createIndex('outbox_permit').on('outbox').column('permit_id').execute();

  await db.schema
    .createTable('reminders')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('permit_id', 'varchar(64)', (c) => c.notNull().references('permits.id'))
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('due_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('done_at', 'varchar(32)')
    .addUniqueConstraint('reminders_once', ['permit_id', 'kind'])
    .execute();
  await db.schema.createIndex('reminders_due').on('reminders').columns(['status', 'due_at']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor', 'varchar(255)', (c) => c.notNull())
    .addColumn('action', 'varchar(64)', (c) => c.notNull())
    .addColumn('subject', 'varchar(255)', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .execute();
  // One row: the chain's head, locked by every append so entries are strictly sequential.
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .execute();
  await db
    .insertInto('audit_head' as never)
    .values({ id: 1, seq: 0, hash: '0'.repeat(64) } as never)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_head',
    'audit_log',
    'reminders',
    'outbox',
    'permit_events',
    'permits',
    'delegations',
    'users',
    'schools',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
