/**
 * @module The repositories behind the use cases' `Repos` port, on any Kysely connection or transaction.
 * Rows map to the domain's record types here; JSON columns are parsed with the record's zod schema on
 * read, so a row the code cannot trust fails loudly instead of reaching a reader.
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { OrderCheckRequest } from '../../domain/orders/index.js';
import {
  AuditEntry,
  type DiaryEntry,
  EmgStudy,
  EncounterInput,
  Outcome,
  OutcomeBand,
  OutcomeScore,
  type PatientRecord,
  PlanBody,
  SelfCareSession,
  type AuditQuery,
} from '../../domain/records/index.js';
import type {
  EncounterRow,
  InvitationRow,
  OrderRecord,
  Repos,
  UserRow,
} from '../../app/shared/index.js';
import { ClinicianView, OrderCheckView, PatientView } from '../../app/views/index.js';
import { SavedInterview } from '../../app/interview/index.js';
import type { Selectable } from 'kysely';
import type {
  Database,
  DiaryEntriesTable,
  Dialect,
  EmgStudiesTable,
  InvitationsTable,
  PatientsTable,
  UsersTable,
} from './schema.js';
import type { HotQuery, RunQuery } from './sqlite.js';

const json = (v: unknown): string => JSON.stringify(v);
const unjson = (s: string): unknown => JSON.parse(s) as unknown;
/** A stored JSON value, or the text itself when it is not JSON (the caller's schema then refuses it). */
const unjsonOrText = (s: string): unknown => {
  try {
    return unjson(s);
  } catch {
    return s;
  }
};

function userOf(r: Selectable<UsersTable>): UserRow {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    passwordHash: r.password_hash,
    patientId: r.patient_id,
    createdAt: r.created_at,
    disabledAt: r.disabled_at,
  };
}

function patientOf(r: Selectable<PatientsTable>): PatientRecord {
  return {
    id: r.id,
    name: r.name,
    birthDate: r.birth_date,
    sex: r.sex,
    createdAt: r.created_at,
  };
}

function invitationOf(r: Selectable<InvitationsTable>): InvitationRow {
  return {
    id: r.id,
    tokenHash: r.token_hash,
    email: r.email,
    name: r.name,
    role: r.role,
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  };
}

function studyOf(r: Selectable<EmgStudiesTable>): EmgStudy {
  return EmgStudy.parse({
    id: r.id,
    patientId: r.patient_id,
    fileName: r.file_name,
    sha256: r.sha256,
    // pg returns bigint columns as strings
    sizeBytes: Number(r.size_bytes),
    phases: r.phases === null ? null : unjson(r.phases),
    atRest: r.at_rest === 1,
    state: r.state,
    progress: r.progress,
    attempts: r.attempts,
    error: r.error,
    // checked against the view's schema by the use cases that read it: a damaged row is named, not thrown
    analysis: r.analysis === null ? null : unjsonOrText(r.analysis),
    createdAt: r.created_at,
    createdBy: r.created_by,
    finishedAt: r.finished_at,
  });
}

// the hottest statements are compiled once per dialect: building SQL per request costs more than running it
const compiled = new Map<string, string>();

function insertSql(
  db: Kysely<Database>,
  dialect: Dialect,
  table: keyof Database,
  columns: readonly string[],
): string {
  const key = `${dialect}:${table}`;
  let text = compiled.get(key);
  if (text === undefined) {
    const row = Object.fromEntries(columns.map((c) => [c, null]));
    text = db.insertInto(table).values(row).compile().sql;
    compiled.set(key, text);
  }
  return text;
}

/** The query `build` makes, compiled the first time only, run with `params` in its placeholders' order. */
function once<O>(
  dialect: Dialect,
  key: string,
  build: () => { compile(): CompiledQuery<O> },
  params: readonly unknown[],
): HotQuery<O> {
  const k = `${dialect}:${key}`;
  let text = compiled.get(k);
  if (text === undefined) {
    text = build().compile().sql;
    compiled.set(k, text);
  }
  // only the text and the parameters: a full CompiledQuery (frozen, with a random query id) costs more
  return { sql: text, parameters: params };
}

export const AUDIT_COLUMNS = [
  'id',
  'at',
  'actor_id',
  'actor_role',
  'action',
  'resource_type',
  'resource_id',
  'patient_id',
  'outcome',
  'request_id',
] as const;
/** The statement inserting one audit entry, its values in the order of `AUDIT_COLUMNS` (`auditValues`). */
export function auditInsertSql(db: Kysely<Database>, dialect: Dialect): string {
  return insertSql(db, dialect, 'audit_log', AUDIT_COLUMNS);
}

/** An audit entry's values in the order of `AUDIT_COLUMNS`. */
export function auditValues(e: AuditEntry): unknown[] {
  return [
    e.id,
    e.at,
    e.actorId,
    e.actorRole,
    e.action,
    e.resourceType,
    e.resourceId,
    e.patientId,
    e.outcome,
    e.requestId,
  ];
}

const DIARY_COLUMNS = [
  'id',
  'patient_id',
  'started_at',
  'duration_minutes',
  'psfs_severity',
  'pain_nrs',
  'trigger',
  'helped',
  'note',
  'created_at',
  'created_by',
  'entered_in_error_at',
  'entered_in_error_by',
  'entered_in_error_reason',
] as const;

/** A diary row as the domain's entry; typed columns under CHECK constraints, nothing to re-validate. */
function diaryEntryOf(r: Selectable<DiaryEntriesTable>): DiaryEntry {
  return {
    id: r.id,
    patientId: r.patient_id,
    startedAt: r.started_at,
    durationMinutes: r.duration_minutes,
    psfsSeverity: r.psfs_severity,
    painNrs: r.pain_nrs,
    trigger: r.trigger as DiaryEntry['trigger'],
    helped: r.helped,
    note: r.note,
    createdAt: r.created_at,
    createdBy: r.created_by,
    enteredInError:
      r.entered_in_error_at === null || r.entered_in_error_by === null
        ? null
        : {
            at: r.entered_in_error_at,
            by: r.entered_in_error_by,
            reason: r.entered_in_error_reason,
          },
  };
}

/**
 * The repositories over `db`. `run` executes the compiled hot statements; on SQLite the store passes one
 * that runs them straight on the connection `db` wraps.
 */
export function makeRepos(
  db: Kysely<Database>,
  dialect: Dialect,
  run: RunQuery = (q) => db.executeQuery(CompiledQuery.raw(q.sql, [...q.parameters])),
): Repos {
  const auditInsert = auditInsertSql(db, dialect);
  const diaryInsert = insertSql(db, dialect, 'diary_entries', DIARY_COLUMNS);
  return {
    users: {
      async insert(u) {
        const r = await db
          .insertInto('users')
          .values({
            id: u.id,
            email: u.email,
            name: u.name,
            role: u.role,
            password_hash: u.passwordHash,
            patient_id: u.patientId,
            created_at: u.createdAt,
          })
          .onConflict((oc) => oc.column('email').doNothing())
          .executeTakeFirst();
        return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
      },
      async byEmail(email) {
        const r = await db
          .selectFrom('users')
          .selectAll()
          .where('email', '=', email)
          .executeTakeFirst();
        return r === undefined ? undefined : userOf(r);
      },
      async byId(id) {
        const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
        return r === undefined ? undefined : userOf(r);
      },
      async list() {
        return (await db.selectFrom('users').selectAll().orderBy('created_at').execute()).map(
          userOf,
        );
      },
      async count() {
        const r = await db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        return Number(r.n);
      },
      async setPasswordHash(id, hash) {
        await db.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();
      },
      async enabledAdmins() {
        const q = db
          .selectFrom('users')
          .select('id')
          .where('role', '=', 'admin')
          .where('disabled_at', 'is', null)
          .orderBy('id');
        // SQLite has one writer at a time, so its transactions never interleave; it has no FOR UPDATE
        const rows = await (dialect === 'postgres' ? q.forUpdate() : q).execute();
        return rows.map((r) => r.id);
      },
      async disable(id, at) {
        const r = await db
          .updateTable('users')
          .set({ disabled_at: at, reset_token_hash: null, reset_expires_at: null })
          .where('id', '=', id)
          .where('disabled_at', 'is', null)
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      },
      async enable(id) {
        const r = await db
          .updateTable('users')
          .set({ disabled_at: null })
          .where('id', '=', id)
          .where('disabled_at', 'is not', null)
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      },
      async setResetToken(id, tokenHash, expiresAt) {
        await db
          .updateTable('users')
          .set({ reset_token_hash: tokenHash, reset_expires_at: expiresAt })
          .where('id', '=', id)
          .execute();
      },
      async takeResetToken(tokenHash, now) {
        const r = await db
          .updateTable('users')
          .set({ reset_token_hash: null, reset_expires_at: null })
          .where('reset_token_hash', '=', tokenHash)
          .where('reset_expires_at', '>', now)
          .where('disabled_at', 'is', null)
          .returningAll()
          .executeTakeFirst();
        return r === undefined ? undefined : userOf(r);
      },
    },
    sessions: {
      async insert(s) {
        await db
          .insertInto('sessions')
          .values({
            id_hash: s.idHash,
            user_id: s.userId,
            kind: s.kind,
            label: s.label,
            created_at: s.createdAt,
            last_seen_at: s.lastSeenAt,
            expires_at: s.expiresAt,
            revoked_at: s.revokedAt,
          })
          .execute();
      },
      async find(idHash) {
        const q = once(
          dialect,
          'sessions.find',
          () =>
            db
              .selectFrom('sessions')
              .innerJoin('users', 'users.id', 'sessions.user_id')
              .select(['users.id', 'users.role', 'users.patient_id', 'users.disabled_at'])
              .select([
                'sessions.id_hash',
                'sessions.user_id',
                'sessions.kind',
                'sessions.label',
                'sessions.created_at as s_created_at',
                'sessions.last_seen_at',
                'sessions.expires_at',
                'sessions.revoked_at',
              ])
              .where('sessions.id_hash', '=', ''),
          [idHash],
        );
        const r = (await run(q)).rows[0];
        if (r === undefined) {
          return undefined;
        }
        return {
          session: {
            idHash: r.id_hash,
            userId: r.user_id,
            kind: r.kind,
            label: r.label,
            createdAt: r.s_created_at,
            lastSeenAt: r.last_seen_at,
            expiresAt: r.expires_at,
            revokedAt: r.revoked_at,
          },
          user: { id: r.id, role: r.role, patientId: r.patient_id, disabledAt: r.disabled_at },
        };
      },
      async touch(idHash, at) {
        await db
          .updateTable('sessions')
          .set({ last_seen_at: at })
          .where('id_hash', '=', idHash)
          .execute();
      },
      async revoke(idHash, at) {
        await db
          .updateTable('sessions')
          .set({ revoked_at: at })
          .where('id_hash', '=', idHash)
          .where('revoked_at', 'is', null)
          .execute();
      },
      async revokeAllOf(userId, at, except) {
        let q = db
          .updateTable('sessions')
          .set({ revoked_at: at })
          .where('user_id', '=', userId)
          .where('revoked_at', 'is', null);
        if (except !== undefined) {
          q = q.where('id_hash', '<>', except);
        }
        const r = await q.executeTakeFirst();
        return Number(r.numUpdatedRows);
      },
    },
    invitations: {
      async insert(i) {
        await db
          .insertInto('invitations')
          .values({
            id: i.id,
            token_hash: i.tokenHash,
            email: i.email,
            name: i.name,
            role: i.role,
            created_by: i.createdBy,
            created_at: i.createdAt,
            expires_at: i.expiresAt,
            accepted_at: null,
            revoked_at: null,
          })
          .execute();
      },
      async take(tokenHash, now) {
        const r = await db
          .updateTable('invitations')
          .set({ accepted_at: now })
          .where('token_hash', '=', tokenHash)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', now)
          .returningAll()
          .executeTakeFirst();
        return r === undefined ? undefined : invitationOf(r);
      },
      async pending(now) {
        const rows = await db
          .selectFrom('invitations')
          .selectAll()
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', now)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        return rows.map(invitationOf);
      },
      async revoke(id, now) {
        const r = await db
          .updateTable('invitations')
          .set({ revoked_at: now })
          .where('id', '=', id)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', now)
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      },
    },
    patients: {
      async insert(p) {
        await db
          .insertInto('patients')
          .values({
            id: p.id,
            name: p.name,
            birth_date: p.birthDate,
            sex: p.sex,
            created_at: p.createdAt,
          })
          .execute();
      },
      async byId(id) {
        const r = await db
          .selectFrom('patients')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        return r === undefined ? undefined : patientOf(r);
      },
      async listForClinician(clinicianId) {
        const rows = await db
          .selectFrom('patients')
          .innerJoin('assignments', 'assignments.patient_id', 'patients.id')
          .select([
            'patients.id',
            'patients.name',
            'patients.birth_date',
            'patients.sex',
            'patients.created_at',
          ])
          .where('assignments.clinician_id', '=', clinicianId)
          .orderBy('patients.name')
          .execute();
        return rows.map(patientOf);
      },
      async setDemographics(id, change) {
        const set = {
          ...(change.birthDate === undefined ? {} : { birth_date: change.birthDate }),
          ...(change.sex === undefined ? {} : { sex: change.sex }),
        };
        if (Object.keys(set).length > 0) {
          await db.updateTable('patients').set(set).where('id', '=', id).execute();
        }
      },
    },
    assignments: {
      async insert(a) {
        const r = await db
          .insertInto('assignments')
          .values({ clinician_id: a.clinicianId, patient_id: a.patientId, created_at: a.createdAt })
          .onConflict((oc) => oc.columns(['clinician_id', 'patient_id']).doNothing())
          .executeTakeFirst();
        return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
      },
      async exists(clinicianId, patientId) {
        const q = once(
          dialect,
          'assignments.exists',
          () =>
            db
              .selectFrom('assignments')
              .select('patient_id')
              .where('clinician_id', '=', '')
              .where('patient_id', '=', ''),
          [clinicianId, patientId],
        );
        return (await run(q)).rows.length > 0;
      },
      async hold(clinicianId, patientId) {
        const q = once(
          dialect,
          'assignments.hold',
          () => {
            const find = db
              .selectFrom('assignments')
              .select('patient_id')
              .where('clinician_id', '=', '')
              .where('patient_id', '=', '');
            // SQLite has no row locks: its write transaction (BEGIN IMMEDIATE) already excludes the DELETE
            return dialect === 'postgres' ? find.forShare() : find;
          },
          [clinicianId, patientId],
        );
        return (await run(q)).rows.length > 0;
      },
      async delete(clinicianId, patientId) {
        const r = await db
          .deleteFrom('assignments')
          .where('clinician_id', '=', clinicianId)
          .where('patient_id', '=', patientId)
          .executeTakeFirst();
        return Number(r.numDeletedRows) === 1;
      },
      async list() {
        const rows = await db
          .selectFrom('assignments')
          .select(['clinician_id', 'patient_id', 'created_at'])
          .orderBy('clinician_id')
          .orderBy('patient_id')
          .execute();
        return rows.map((r) => ({
          clinicianId: r.clinician_id,
          patientId: r.patient_id,
          createdAt: r.created_at,
        }));
      },
    },
    diary: {
      async insert(e) {
        await run({
          sql: diaryInsert,
          parameters: [
            e.id,
            e.patientId,
            e.startedAt,
            e.durationMinutes,
            e.psfsSeverity,
            e.painNrs,
            e.trigger,
            e.helped,
            e.note,
            e.createdAt,
            e.createdBy,
            e.enteredInError?.at ?? null,
            e.enteredInError?.by ?? null,
            e.enteredInError?.reason ?? null,
          ],
        });
      },
      async list(patientId) {
        const rows = await db
          .selectFrom('diary_entries')
          .selectAll()
          .where('patient_id', '=', patientId)
          .orderBy('started_at')
          .orderBy('id')
          .execute();
        return rows.map(diaryEntryOf);
      },
      async byId(patientId, id) {
        const row = await db
          .selectFrom('diary_entries')
          .selectAll()
          .where('patient_id', '=', patientId)
          .where('id', '=', id)
          .executeTakeFirst();
        return row === undefined ? undefined : diaryEntryOf(row);
      },
      async markEnteredInError(patientId, id, mark) {
        const r = await db
          .updateTable('diary_entries')
          .set({
            entered_in_error_at: mark.at,
            entered_in_error_by: mark.by,
            entered_in_error_reason: mark.reason,
          })
          .where('patient_id', '=', patientId)
          .where('id', '=', id)
          .where('entered_in_error_at', 'is', null)
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      },
      async daily(patientId) {
        const day = sql<string>`substr(started_at, 1, 10)`;
        const q = once(
          dialect,
          'diary.daily',
          () =>
            db
              .selectFrom('diary_entries')
              .select((eb) => [
                day.as('date'),
                eb.fn.countAll().as('entries'),
                eb.fn.avg('pain_nrs').as('mean_pain'),
                eb.fn.max('pain_nrs').as('max_pain'),
                eb.fn.max('psfs_severity').as('max_psfs'),
                eb.fn.sum('duration_minutes').as('minutes'),
              ])
              .where('patient_id', '=', '')
              // the day index is partial on the same condition, so the sums still search it
              .where('entered_in_error_at', 'is', null)
              .groupBy(day)
              .orderBy(day),
          [patientId],
        );
        const rows = (await run(q)).rows;
        // pg hands back counts, sums and averages as strings
        return rows.map((r) => ({
          date: r.date,
          entries: Number(r.entries),
          meanPain: Number(r.mean_pain),
          maxPain: r.max_pain,
          maxPsfsSeverity: r.max_psfs,
          totalMinutes: Number(r.minutes),
        }));
      },
    },
    selfCare: {
      async insert(s) {
        await db
          .insertInto('self_care_sessions')
          .values({
            id: s.id,
            patient_id: s.patientId,
            measure: s.measure,
            started_at: s.startedAt,
            minutes: s.minutes,
            created_at: s.createdAt,
            created_by: s.createdBy,
          })
          .execute();
      },
      async list(patientId) {
        const rows = await db
          .selectFrom('self_care_sessions')
          .selectAll()
          .where('patient_id', '=', patientId)
          .orderBy('started_at')
          .orderBy('id')
          .execute();
        return rows.map((r) =>
          SelfCareSession.parse({
            id: r.id,
            patientId: r.patient_id,
            measure: r.measure,
            startedAt: r.started_at,
            minutes: r.minutes,
            createdAt: r.created_at,
            createdBy: r.created_by,
          }),
        );
      },
    },
    charts: {
      async stamp(patientId) {
        const q = once(
          dialect,
          'charts.stamp',
          () => db.selectFrom('chart_stamps').select('stamp').where('patient_id', '=', ''),
          [patientId],
        );
        return (await run(q)).rows[0]?.stamp ?? null;
      },
    },
    outcomes: {
      async insert(o) {
        await db
          .insertInto('outcomes')
          .values({
            id: o.id,
            patient_id: o.patientId,
            instrument: o.instrument,
            taken_at: o.takenAt,
            answers: json(o.answers),
            score: json(o.score),
            created_at: o.createdAt,
            created_by: o.createdBy,
          })
          .execute();
      },
      async list(patientId) {
        const rows = await db
          .selectFrom('outcomes')
          .selectAll()
          .where('patient_id', '=', patientId)
          .orderBy('taken_at')
          .orderBy('id')
          .execute();
        return rows.map((r) =>
          Outcome.parse({
            id: r.id,
            patientId: r.patient_id,
            instrument: r.instrument,
            takenAt: r.taken_at,
            answers: unjson(r.answers),
            score: OutcomeScore.parse(unjson(r.score)),
            createdAt: r.created_at,
            createdBy: r.created_by,
          }),
        );
      },
      async points(patientId) {
        const q = once(
          dialect,
          'outcomes.points',
          () =>
            db
              .selectFrom('outcomes')
              .select(['instrument', 'taken_at', 'score'])
              .where('patient_id', '=', ''),
          [patientId],
        );
        const rows = (await run(q)).rows;
        return rows.map((r) => {
          const score = OutcomeScore.parse(unjson(r.score));
          // ODI keeps its band and STarT Back its risk in the score's detail (scoreOutcome)
          const band = OutcomeBand.safeParse(score.detail.band ?? score.detail.risk);
          return {
            instrument: Outcome.shape.instrument.parse(r.instrument),
            takenAt: r.taken_at,
            value: score.value,
            ...(band.success ? { band: band.data } : {}),
          };
        });
      },
    },
    encounters: {
      async insert(e) {
        await db
          .insertInto('encounters')
          .values({
            id: e.id,
            patient_id: e.patientId,
            kb_version: e.kbVersion,
            input: json(e.input),
            clinician_result: json(e.clinicianResult),
            patient_result: json(e.patientResult),
            interview: e.interview === null ? null : json(e.interview),
            created_at: e.createdAt,
            created_by: e.createdBy,
          })
          .execute();
      },
      async list(patientId) {
        const rows = await db
          .selectFrom('encounters')
          .selectAll()
          .where('patient_id', '=', patientId)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        return rows.map(encounterOf);
      },
      async byId(patientId, id) {
        const r = await db
          .selectFrom('encounters')
          .selectAll()
          .where('patient_id', '=', patientId)
          .where('id', '=', id)
          .executeTakeFirst();
        return r === undefined ? undefined : encounterOf(r);
      },
      async latestInterview(patientId) {
        const r = await db
          .selectFrom('encounters')
          .selectAll()
          .where('patient_id', '=', patientId)
          .where('interview', 'is not', null)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirst();
        return r === undefined ? undefined : encounterOf(r);
      },
    },
    plans: {
      async insert(p) {
        await db
          .insertInto('plans')
          .values({
            id: p.id,
            patient_id: p.patientId,
            body: json(p.body),
            created_at: p.createdAt,
            created_by: p.createdBy,
          })
          .execute();
      },
      async list(patientId) {
        const rows = await db
          .selectFrom('plans')
          .selectAll()
          .where('patient_id', '=', patientId)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        return rows.map((r) => ({
          id: r.id,
          patientId: r.patient_id,
          body: PlanBody.parse(unjson(r.body)),
          createdAt: r.created_at,
          createdBy: r.created_by,
        }));
      },
    },
    orders: {
      async insert(o) {
        await db
          .insertInto('orders')
          .values({
            id: o.id,
            patient_id: o.patientId,
            request: json(o.request),
            check_result: json(o.check),
            blocked: o.blocked ? 1 : 0,
            override_reason: o.overrideReason,
            created_at: o.createdAt,
            created_by: o.createdBy,
          })
          .execute();
      },
      async list(patientId) {
        const rows = await db
          .selectFrom('orders')
          .selectAll()
          .where('patient_id', '=', patientId)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        return rows.map((r): OrderRecord => ({
          id: r.id,
          patientId: r.patient_id,
          request: OrderCheckRequest.parse(unjson(r.request)),
          check: OrderCheckView.parse(unjson(r.check_result)),
          blocked: r.blocked === 1,
          overrideReason: r.override_reason,
          createdAt: r.created_at,
          createdBy: r.created_by,
        }));
      },
    },
    emgStudies: {
      async insert(s) {
        await db
          .insertInto('emg_studies')
          .values({
            id: s.id,
            patient_id: s.patientId,
            file_name: s.fileName,
            sha256: s.sha256,
            size_bytes: s.sizeBytes,
            phases: s.phases === null ? null : json(s.phases),
            at_rest: s.atRest ? 1 : 0,
            state: s.state,
            progress: s.progress,
            attempts: s.attempts,
            claimed_by: null,
            lease_until: null,
            error: s.error,
            analysis: s.analysis === null ? null : json(s.analysis),
            created_at: s.createdAt,
            created_by: s.createdBy,
            finished_at: s.finishedAt,
          })
          .execute();
      },
      async list(patientId) {
        const rows = await db
          .selectFrom('emg_studies')
          .selectAll()
          .where('patient_id', '=', patientId)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        return rows.map(studyOf);
      },
      async byId(patientId, id) {
        const r = await db
          .selectFrom('emg_studies')
          .selectAll()
          .where('patient_id', '=', patientId)
          .where('id', '=', id)
          .executeTakeFirst();
        return r === undefined ? undefined : studyOf(r);
      },
      async claimNext(worker, now, leaseUntil) {
        let next = db
          .selectFrom('emg_studies')
          .select('id')
          .where((eb) =>
            eb.or([
              eb('state', '=', 'queued'),
              eb.and([eb('state', '=', 'running'), eb('lease_until', '<', now)]),
            ]),
          )
          .orderBy('created_at')
          .limit(1);
        // on PostgreSQL two servers may claim at once: the row lock makes the second skip to another job
        if (dialect === 'postgres') {
          next = next.forUpdate().skipLocked();
        }
        const r = await db
          .updateTable('emg_studies')
          .set((eb) => ({
            state: 'running',
            claimed_by: worker,
            lease_until: leaseUntil,
            progress: 0,
            attempts: eb('attempts', '+', 1),
          }))
          .where('id', '=', (eb) => eb.selectFrom(next.as('n')).select('n.id'))
          .returningAll()
          .executeTakeFirst();
        return r === undefined ? undefined : studyOf(r);
      },
      async progress(id, worker, progress, leaseUntil) {
        const r = await db
          .updateTable('emg_studies')
          .set({ progress, lease_until: leaseUntil })
          .where('id', '=', id)
          .where('claimed_by', '=', worker)
          .where('state', '=', 'running')
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      },
      async finish(id, worker, outcome) {
        const r = await db
          .updateTable('emg_studies')
          .set({
            state: outcome.state,
            progress: outcome.state === 'done' ? 1 : sql<number>`progress`,
            analysis: outcome.analysis === null ? null : json(outcome.analysis),
            error: outcome.error,
            finished_at: outcome.at,
            lease_until: null,
          })
          .where('id', '=', id)
          .where('claimed_by', '=', worker)
          .where('state', '=', 'running')
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      },
    },
    audit: {
      async append(e) {
        await run({ sql: auditInsert, parameters: auditValues(e) });
      },
      async list(q: AuditQuery) {
        let query = db.selectFrom('audit_log').selectAll();
        if (q.patientId !== undefined) {
          query = query.where('patient_id', '=', q.patientId);
        }
        if (q.actorId !== undefined) {
          query = query.where('actor_id', '=', q.actorId);
        }
        if (q.action !== undefined) {
          query = query.where('action', '=', q.action);
        }
        if (q.since !== undefined) {
          query = query.where('at', '>=', q.since);
        }
        const rows = await query.orderBy('at', 'desc').orderBy('id').limit(q.limit).execute();
        return rows.map((r) =>
          AuditEntry.parse({
            id: r.id,
            at: r.at,
            actorId: r.actor_id,
            actorRole: r.actor_role,
            action: r.action,
            resourceType: r.resource_type,
            resourceId: r.resource_id,
            patientId: r.patient_id,
            outcome: r.outcome,
            requestId: r.request_id,
          }),
        );
      },
    },
    idempotency: {
      async claim(row) {
        const r = await db
          .insertInto('idempotency_keys')
          .values({
            actor_id: row.actorId,
            key: row.key,
            scope: row.scope,
            body_hash: row.bodyHash,
            response: null,
            created_at: row.createdAt,
          })
          .onConflict((oc) => oc.columns(['actor_id', 'key']).doNothing())
          .executeTakeFirst();
        return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
      },
      async get(actorId, key) {
        const r = await db
          .selectFrom('idempotency_keys')
          .selectAll()
          .where('actor_id', '=', actorId)
          .where('key', '=', key)
          .executeTakeFirst();
        return r === undefined
          ? undefined
          : {
              actorId: r.actor_id,
              key: r.key,
              scope: r.scope,
              bodyHash: r.body_hash,
              response: r.response === null ? null : unjson(r.response),
              createdAt: r.created_at,
            };
      },
      async complete(actorId, key, response) {
        await db
          .updateTable('idempotency_keys')
          .set({ response: json(response) })
          .where('actor_id', '=', actorId)
          .where('key', '=', key)
          .execute();
      },
    },
    rateLimits: {
      async hit(key, now, cutoff, forgetBefore) {
        await db.deleteFrom('rate_limits').where('window_start', '<', forgetBefore).execute();
        // one upsert, atomic on both databases: instants are ISO-8601 UTC of one length, so they
        // compare as text
        const r = await db
          .insertInto('rate_limits')
          .values({ key, window_start: now, count: 1 })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({
              count: sql<number>`case when rate_limits.window_start <= ${cutoff} then 1 else rate_limits.count + 1 end`,
              window_start: sql<string>`case when rate_limits.window_start <= ${cutoff} then ${now} else rate_limits.window_start end`,
            }),
          )
          .returning(['count', 'window_start'])
          .executeTakeFirstOrThrow();
        return { count: r.count, windowStart: r.window_start };
      },
    },
  };
}

function encounterOf(r: {
  id: string;
  patient_id: string;
  kb_version: string;
  input: string;
  clinician_result: string;
  patient_result: string;
  interview: string | null;
  created_at: string;
  created_by: string;
}): EncounterRow {
  return {
    id: r.id,
    patientId: r.patient_id,
    kbVersion: r.kb_version,
    input: EncounterInput.parse(unjson(r.input)),
    clinicianResult: ClinicianView.parse(unjson(r.clinician_result)),
    patientResult: PatientView.parse(unjson(r.patient_result)),
    interview: r.interview === null ? null : SavedInterview.parse(unjson(r.interview)),
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}
