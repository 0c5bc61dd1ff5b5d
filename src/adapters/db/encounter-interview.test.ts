/**
 * @module The interview kept with its encounter, on both databases: an encounter stored before the
 * migration that added the column reads with no interview and is never a patient's latest check; one saved
 * since reads back its answers and language; a kept interview the code cannot trust fails loudly on read.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseAssessment } from '../../domain/assessment/index.js';
import { ok } from '../../domain/shared/index.js';
import { en } from '../../i18n/index.js';
import { encounterRow } from '../../app/encounters/index.js';
import type { CoreDeps, EncounterRow } from '../../app/shared/index.js';
import { strainAda } from '../../../test/fixtures/assessments.js';
import { databaseBefore, targetOf } from '../../../test/support/database-before.js';
import { DIALECTS, freshDb, type TestDb } from '../../../test/support/service.js';
import { openStore, type DatabaseTarget, type OpenStore } from './store.js';

/** The last migration before the interview was kept with its encounter. */
const BEFORE = '2026_12_02_0003_emg_study_rest';

const deps = { ids: { newId: randomUUID }, messages: en } as unknown as CoreDeps;

function row(patientId: string, userId: string, createdAt: string): EncounterRow {
  const parsed = parseAssessment(strainAda);
  if (!parsed.ok) {
    throw new Error('the fixture is a valid assessment');
  }
  return encounterRow(deps, {
    input: strainAda,
    parsed: parsed.value,
    patientId,
    createdBy: userId,
    createdAt,
  });
}

describe.each(DIALECTS)('the interview kept with its encounter on %s', (dialect) => {
  let tdb: TestDb;
  let target: DatabaseTarget;
  let store: OpenStore | undefined;
  const patientId = randomUUID();
  const userId = randomUUID();

  beforeEach(async () => {
    tdb = await freshDb(dialect);
    target = targetOf(dialect, tdb);
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await tdb.drop();
  });

  /** The database as it was before the migration, with one encounter a patient saved then. */
  async function oldDatabase(old: EncounterRow): Promise<void> {
    await databaseBefore(target, BEFORE, async (db) => {
      await db
        .insertInto('patients')
        .values({ id: patientId, name: 'Pat', created_at: old.createdAt })
        .execute();
      await db
        .insertInto('users')
        .values({
          id: userId,
          email: 'pat@test.invalid',
          name: 'Pat',
          role: 'patient',
          password_hash: 'x',
          patient_id: patientId,
          created_at: old.createdAt,
        })
        .execute();
      // the columns of the time: no `interview`
      await db
        .insertInto('encounters')
        .values({
          id: old.id,
          patient_id: old.patientId,
          kb_version: old.kbVersion,
          input: JSON.stringify(old.input),
          clinician_result: JSON.stringify(old.clinicianResult),
          patient_result: JSON.stringify(old.patientResult),
          created_at: old.createdAt,
          created_by: old.createdBy,
        })
        .execute();
    });
  }

  test('an encounter saved before the answers were kept has none, and is not the latest check; one saved since is', async () => {
    const old = row(patientId, userId, '2026-12-01T09:00:00.000Z');
    await oldDatabase(old);
    store = await openStore(target);
    expect((await store.read.encounters.byId(patientId, old.id))?.interview).toBeNull();
    expect(await store.read.encounters.latestInterview(patientId)).toBeUndefined();

    const answers = { 'findings.breathing_difficulty': false, 'history.pain_nrs': null };
    const check = {
      ...row(patientId, userId, '2026-12-01T10:00:00.000Z'),
      interview: { answers, locale: 'es' as const },
    };
    // a later encounter without an interview (a clinician's) does not hide the check
    const later = row(patientId, userId, '2026-12-01T11:00:00.000Z');
    for (const e of [check, later]) {
      await store.transact(async (tx) => {
        await tx.encounters.insert(e);
        return ok(undefined);
      });
    }
    const latest = await store.read.encounters.latestInterview(patientId);
    expect(latest?.id).toBe(check.id);
    expect(latest?.interview).toEqual({ answers, locale: 'es' });
    expect((await store.read.encounters.byId(patientId, later.id))?.interview).toBeNull();
    expect(await store.read.encounters.latestInterview(randomUUID())).toBeUndefined();
  });

  test('a kept interview the code cannot trust (a language it does not speak) fails the read instead of reaching a reader', async () => {
    const old = row(patientId, userId, '2026-12-01T09:00:00.000Z');
    await oldDatabase(old);
    store = await openStore(target);
    await store.db
      .updateTable('encounters')
      .set({ interview: JSON.stringify({ answers: {}, locale: 'xx' }) })
      .where('id', '=', old.id)
      .execute();
    await expect(store.read.encounters.latestInterview(patientId)).rejects.toThrow();
  });
});
