/**
 * @module Migrations of 2 December 2026 (forward-only, registered in `migrations.ts`): an index for the
 * sign-in counters' clean-up, and the chart stamps that let a chart summary be reused while the patient's
 * diary and outcomes are unchanged; the ids and revocation that let an admin list and revoke invitations;
 * a patient's date of birth and sex on their record, and an account's status: disabled or not, and its
 * pending password-reset token.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Dialect } from './schema.js';

// the schema builder takes any database; migrations must not depend on today's table types
type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every counted sign-in attempt deletes the counters whose window ended long ago: by window start. */
export async function rateLimitWindowIndex(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('rate_limits_by_window')
    .on('rate_limits')
    .column('window_start')
    .execute();
}

/** The tables a chart summary is computed from. */
const CHARTED = ['diary_entries', 'outcomes'] as const;

/**
 * `chart_stamps` holds, per patient, a random stamp that the database itself renews in the same
 * transaction as every insert, update or delete of that patient's diary entries or outcomes (triggers,
 * so every writer is covered: this server, another process, the command line). A summary computed while
 * the stamp was S is the summary of every later moment the stamp is S again. Random rather than counted,
 * so a database restored from a backup cannot reuse a stamp for other data.
 */
export async function chartStamps(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('chart_stamps')
    .addColumn('patient_id', 'text', (c) => c.primaryKey().references('patients.id'))
    .addColumn('stamp', 'text', (c) => c.notNull())
    .execute();
  const fresh = dialect === 'sqlite' ? 'lower(hex(randomblob(16)))' : 'gen_random_uuid()::text';
  const renew = (patient: string): string =>
    `insert into chart_stamps (patient_id, stamp) values (${patient}, ${fresh}) on conflict (patient_id) do update set stamp = excluded.stamp;`;
  if (dialect === 'sqlite') {
    for (const table of CHARTED) {
      await sql
        .raw(
          `create trigger ${table}_stamp_insert after insert on ${table} begin ${renew('new.patient_id')} end`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${table}_stamp_update after update on ${table} begin ${renew('old.patient_id')} ${renew('new.patient_id')} end`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${table}_stamp_delete after delete on ${table} begin ${renew('old.patient_id')} end`,
        )
        .execute(db);
    }
  } else {
    await sql
      .raw(
        `create function chart_stamp_renew() returns trigger language plpgsql as $$ begin
          if tg_op in ('UPDATE', 'DELETE') then ${renew('old.patient_id')} end if;
          if tg_op in ('INSERT', 'UPDATE') then ${renew('new.patient_id')} end if;
          return null;
        end $$`,
      )
      .execute(db);
    // a truncate names no patient: every stamp goes, and a patient without a stamp is never reused
    await sql
      .raw(
        `create function chart_stamp_forget() returns trigger language plpgsql as $$ begin
          delete from chart_stamps;
          return null;
        end $$`,
      )
      .execute(db);
    for (const table of CHARTED) {
      await sql
        .raw(
          `create trigger ${table}_stamp after insert or update or delete on ${table} for each row execute function chart_stamp_renew()`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${table}_stamp_truncate after truncate on ${table} for each statement execute function chart_stamp_forget()`,
        )
        .execute(db);
    }
  }
  // patients charted before this migration start with a stamp too
  await sql
    .raw(`insert into chart_stamps (patient_id, stamp) select id, ${fresh} from patients`)
    .execute(db);
}

/**
 * An invitation gets a stable id (an admin lists and revokes it by that, never by its token) and the time
 * it was revoked (`null`: not revoked); a revoked invitation can no longer be accepted. Invitations made
 * before this migration get an id here.
 */
export async function invitationIds(db: AnyDb): Promise<void> {
  await db.schema.alterTable('invitations').addColumn('id', 'text').execute();
  await db.schema.alterTable('invitations').addColumn('revoked_at', 'text').execute();
  const rows = await db.selectFrom('invitations').select('token_hash').execute();
  for (const r of rows as { token_hash: string }[]) {
    await db
      .updateTable('invitations')
      .set({ id: randomUUID() })
      .where('token_hash', '=', r.token_hash)
      .execute();
  }
  await db.schema
    .createIndex('invitations_by_id')
    .on('invitations')
    .column('id')
    .unique()
    .execute();
}

/**
 * A patient's date of birth (`YYYY-MM-DD` text) and sex (`male`, `female`, `other`, as an assessment's
 * `patient.sex`) on their record; `null` when not recorded, as for every patient before this migration.
 */
export async function patientDemographics(db: AnyDb): Promise<void> {
  await db.schema.alterTable('patients').addColumn('birth_date', 'text').execute();
  await db.schema
    .alterTable('patients')
    .addColumn('sex', 'text', (c) => c.check(sql`sex in ('male', 'female', 'other')`))
    .execute();
}

/**
 * An account can be disabled (`disabled_at`, `null`: enabled; every account made before is enabled) and
 * holds at most one pending password-reset link an admin made: the SHA-256 of its token and its expiry,
 * both `null` when there is none. The token's hash is looked up when the link is used, hence the index.
 */
export async function accountStatus(db: AnyDb): Promise<void> {
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('reset_token_hash', 'text').execute();
  await db.schema.alterTable('users').addColumn('reset_expires_at', 'text').execute();
  await db.schema
    .createIndex('users_by_reset_token')
    .on('users')
    .column('reset_token_hash')
    .unique()
    .execute();
}

/**
 * A diary entry a patient marked as entered in error keeps its row with when, by whom and why; charts
 * leave it out. The day index the chart summary searches becomes partial (standing entries only), so the
 * summary's day sums, which ask for standing entries, still search it as before.
 */
export async function diaryEnteredInError(db: AnyDb): Promise<void> {
  await db.schema.alterTable('diary_entries').addColumn('entered_in_error_at', 'text').execute();
  await db.schema
    .alterTable('diary_entries')
    .addColumn('entered_in_error_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .alterTable('diary_entries')
    .addColumn('entered_in_error_reason', 'text')
    .execute();
  await db.schema.dropIndex('diary_by_patient_day').execute();
  await sql
    .raw(
      'create index diary_by_patient_day on diary_entries (patient_id, (substr(started_at, 1, 10)), pain_nrs, psfs_severity, duration_minutes) where entered_in_error_at is null',
    )
    .execute(db);
}
