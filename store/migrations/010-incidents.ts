import type { Kysely } from 'kysely';

/**
 * Incidents (4-4): the report with what the reporter typed (the record needs it), the steps of the
 * chain told so far with their acknowledgement timers, and the timeline. The outbox names the
 * incident a message is about. New tables only, and one column: nothing here depends on another
 * feature's migrations.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('policy', 'varchar(64)', (c) => c.notNull())
    .addColumn('route', 'varchar(64)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('school_id', 'varchar(64)', (c) => c.references('schools.id'))
    .addColumn('reporter_id', 'varchar(64)', (c) => c.notNull().references('users.id'))
    .addColumn('kinds', 'varchar(1000)', (c) => c.notNull())
    .addColumn('class', 'varchar(4)')
    .addColumn('asset_id', 'varchar(64)')
    .addColumn('asset_name', 'varchar(255)')
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('occurred', 'varchar(1000)', (c) => c.notNull())
    .addColumn('place', 'varchar(1000)')
    .addColumn('affected', 'integer')
    .addColumn('medium', 'varchar(1000)')
    .addColumn('done_already', 'text')
    .addColumn('permit_id', 'varchar(64)')
    .addColumn('answer_id', 'varchar(64)')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('cause', 'text')
    .addColumn('prevention', 'text')
    .addColumn('closed_by', 'varchar(64)')
    .addColumn('closed_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incidents_created').on('incidents').column('created_at').execute();
  await db.schema.createIndex('incidents_status').on('incidents').columns(['status', 'school_id']).execute();
  // One report per answer: a second click on 「報告する」 (or a retry) finds the first.
  await db.schema.createIndex('incidents_answer').on('incidents').column('answer_id').unique().execute();

  // One row per step told: when, how (reported, forwarded, escalated), its acknowledgement, and its
  // timer (claimed once, like reminders, so several processes escalate once).
  await db.schema
    .createTable('incident_steps')
    .addColumn('incident_id', 'varchar(64)', (c) => c.notNull().references('incidents.id'))
    .addColumn('step', 'varchar(64)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('role', 'varchar(32)', (c) => c.notNull())
    .addColumn('told_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('told_how', 'varchar(32)', (c) => c.notNull())
    .addColumn('due_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('timer', 'varchar(16)', (c) => c.notNull())
    .addColumn('acknowledged_by', 'varchar(64)')
    .addColumn('acknowledged_at', 'varchar(32)')
    .addPrimaryKeyConstraint('incident_steps_pk', ['incident_id', 'step'])
    .execute();
  await db.schema.createIndex('incident_steps_due').on('incident_steps').columns(['timer', 'due_at']).execute();

  await db.schema
    .createTable('incident_events')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('incident_id', 'varchar(64)', (c) => c.notNull().references('incidents.id'))
    // The order within the incident: several events share an instant (one change, one transaction).
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(64)')
    .addColumn('step', 'varchar(64)')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_events_incident')
    .on('incident_events')
    .columns(['incident_id', 'seq'])
    .unique()
    .execute();

  await db.schema.alterTable('outbox').addColumn('incident_id', 'varchar(64)').execute();
  await db.schema.createIndex('outbox_incident').on('outbox').column('incident_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_incident').execute();
  await db.schema.alterTable('outbox').dropColumn('incident_id').execute();
  for (const table of ['incident_events', 'incident_steps', 'incidents']) await db.schema.dropTable(table).execute();
}
