/**
 * @module In-code migrations, one set for both dialects, forward-only: a landed migration is never edited.
 * Names are `YYYY_MM_DD_NNNN_slug` so they sort in the order they run.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from './schema.js';
import {
  accountStatus,
  chartStamps,
  diaryEnteredInError,
  invitationIds,
  patientDemographics,
  rateLimitWindowIndex,
} from './migrations-2026-12-02.js';

// the schema builder takes any database; migrations must not depend on today's table types
type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function records(db: AnyDb, dialect: Dialect): Promise<void> {
  const byPatient = [
    'patient_id',
    'text',
    (c: ColumnLike) => c.notNull().references('patients.id'),
  ] as const;
  await db.schema
    .createTable('patients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('patient', 'clinician', 'admin')`),
    )
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('patient_id', 'text', (c) => c.references('patients.id').unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('assignments')
    .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn(...byPatient)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assignments_pk', ['clinician_id', 'patient_id'])
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('cookie', 'bearer')`))
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createTable('invitations')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('clinician', 'admin')`))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .execute();
  await db.schema
    .createTable('diary_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn(...byPatient)
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) =>
      c.notNull().check(sql`duration_minutes between 0 and 1440`),
    )
    .addColumn('psfs_severity', 'integer', (c) =>
      c.notNull().check(sql`psfs_severity between 1 and 3`),
    )
    .addColumn('pain_nrs', 'integer', (c) => c.notNull().check(sql`pain_nrs between 0 and 10`))
    .addColumn('trigger', 'text')
    .addColumn('helped', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .execute();
  await db.schema
    .createIndex('diary_by_patient')
    .on('diary_entries')
    .columns(['patient_id', 'started_at'])
    .execute();
  await db.schema
    .createTable('self_care_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn(...byPatient)
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes between 0 and 600`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .execute();
  for (const [table, extra] of [
    ['outcomes', ['instrument', 'taken_at', 'answers', 'score']],
    ['plans', ['body']],
    ['encounters', ['kb_version', 'input', 'clinician_result', 'patient_result']],
  ] as const) {
    let t = db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn(...byPatient);
    for (const col of extra) {
      t = t.addColumn(col, 'text', (c) => c.notNull());
    }
    await t
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .execute();
  }
  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn(...byPatient)
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('check_result', 'text', (c) => c.notNull())
    .addColumn('blocked', 'integer', (c) => c.notNull().check(sql`blocked in (0, 1)`))
    .addColumn('override_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    // a hard stop is only ever stored with the reason the prescriber overrode it
    .addCheckConstraint('orders_override', sql`blocked = 0 or override_reason is not null`)
    .execute();
  await db.schema
    .createTable('emg_studies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn(...byPatient)
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'bigint', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('queued', 'running', 'done', 'failed')`),
    )
    .addColumn('progress', 'real', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('error', 'text')
    .addColumn('analysis', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('emg_studies_by_state')
    .on('emg_studies')
    .columns(['state', 'created_at'])
    .execute();
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text')
    .addColumn('patient_id', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .execute();
  await db.schema.createIndex('audit_by_time').on('audit_log').column('at').execute();
  await db.schema
    .createIndex('audit_by_patient')
    .on('audit_log')
    .columns(['patient_id', 'at'])
    .execute();
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'text', (c) => c.notNull())
    .addColumn('response', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_pk', ['actor_id', 'key'])
    .execute();
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
  await appendOnly(db, dialect, 'audit_log');
}

type ColumnLike = Parameters<
  Parameters<ReturnType<AnyDb['schema']['createTable']>['addColumn']>[2] & object
>[0];

/** The audit log refuses UPDATE and DELETE in the database itself, whatever code runs against it. */
async function appendOnly(db: AnyDb, dialect: Dialect, table: string): Promise<void> {
  if (dialect === 'sqlite') {
    for (const op of ['update', 'delete']) {
      await sql
        .raw(
          `create trigger ${table}_no_${op} before ${op} on ${table} begin select raise(abort, '${table} is append-only'); end`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `create function ${table}_append_only() returns trigger language plpgsql as $$ begin raise exception '${table} is append-only'; end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_append_only before update or delete or truncate on ${table} for each statement execute function ${table}_append_only()`,
    )
    .execute(db);
}

/**
 * Indexes for the per-patient reads. The chart summary adds the diary up by day: an index on the patient,
 * the day and the summed columns lets both databases read it in day order from the index alone.
 */
async function patientIndexes(db: AnyDb): Promise<void> {
  await sql
    .raw(
      'create index diary_by_patient_day on diary_entries (patient_id, (substr(started_at, 1, 10)), pain_nrs, psfs_severity, duration_minutes)',
    )
    .execute(db);
  for (const [table, order] of [
    ['outcomes', 'taken_at'],
    ['self_care_sessions', 'started_at'],
    ['plans', 'created_at'],
    ['encounters', 'created_at'],
    ['orders', 'created_at'],
    ['emg_studies', 'created_at'],
  ] as const) {
    await db.schema
      .createIndex(`${table}_by_patient`)
      .on(table)
      .columns(['patient_id', order])
      .execute();
  }
}

/**
 * The rest information an EMG upload gives (issue 9): the phases as JSON text (null: none given) and
 * whether the whole recording was made at rest. Studies stored before it said neither.
 */
async function emgStudyRest(db: AnyDb): Promise<void> {
  await db.schema.alterTable('emg_studies').addColumn('phases', 'text').execute();
  await db.schema
    .alterTable('emg_studies')
    .addColumn('at_rest', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`at_rest in (0, 1)`),
    )
    .execute();
}

/**
 * The answers and language of a patient's saved interview, kept with its encounter (JSON text, null for
 * encounters a clinician entered); interviews saved before it kept none.
 */
async function encounterInterview(db: AnyDb): Promise<void> {
  await db.schema.alterTable('encounters').addColumn('interview', 'text').execute();
}

export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '2026_11_30_0001_records': { up: (db) => records(db, dialect) },
    '2026_12_01_0001_patient_indexes': { up: (db) => patientIndexes(db) },
    '2026_12_02_0001_rate_limit_window_index': { up: (db) => rateLimitWindowIndex(db) },
    '2026_12_02_0002_chart_stamps': { up: (db) => chartStamps(db, dialect) },
    '2026_12_02_0003_emg_study_rest': { up: (db) => emgStudyRest(db) },
    '2026_12_02_0004_encounter_interview': { up: (db) => encounterInterview(db) },
    '2026_12_02_0005_invitation_ids': { up: (db) => invitationIds(db) },
    '2026_12_02_0006_patient_demographics': { up: (db) => patientDemographics(db) },
    '2026_12_02_0007_account_status': { up: (db) => accountStatus(db) },
    '2026_12_02_0008_diary_entered_in_error': { up: (db) => diaryEnteredInError(db) },
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: () => Promise.resolve(migrations(dialect)) };
}
