/**
 * @module Diary entries marked as entered in error, in the store on both databases: entries written before
 * the migration stand (no mark); a marked entry keeps its row and its mark, leaves the day sums, and cannot
 * be marked twice; an entry is found only under its own patient.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ok } from '../../domain/shared/index.js';
import { databaseBefore, targetOf } from '../../../test/support/database-before.js';
import { DIALECTS, freshDb, type TestDb } from '../../../test/support/service.js';
import { openStore, type DatabaseTarget, type OpenStore } from './store.js';

/** The last migration before diary entries could be marked. */
const BEFORE = '2026_12_02_0005_invitation_ids';
const DAY = '2026-11-20';

describe.each(DIALECTS)('diary entries entered in error on %s', (dialect) => {
  let tdb: TestDb;
  let target: DatabaseTarget;
  let store: OpenStore | undefined;
  const patientId = randomUUID();
  const otherPatientId = randomUUID();
  const userId = randomUUID();
  const [calm, slip] = [randomUUID(), randomUUID()];

  beforeEach(async () => {
    tdb = await freshDb(dialect);
    target = targetOf(dialect, tdb);
    // a patient's diary of the time: two entries on one day, pain 3 and (a slip) 9
    await databaseBefore(target, BEFORE, async (db) => {
      for (const id of [patientId, otherPatientId]) {
        await db.insertInto('patients').values({ id, name: 'Pat', created_at: DAY }).execute();
      }
      await db
        .insertInto('users')
        .values({
          id: userId,
          email: 'pat@test.invalid',
          name: 'Pat',
          role: 'patient',
          password_hash: 'x',
          patient_id: patientId,
          created_at: DAY,
        })
        .execute();
      for (const [id, pain, hour] of [
        [calm, 3, '08'],
        [slip, 9, '09'],
      ] as const) {
        // the columns of the time: no mark
        await db
          .insertInto('diary_entries')
          .values({
            id,
            patient_id: patientId,
            started_at: `${DAY}T${hour}:00:00.000Z`,
            duration_minutes: 5,
            psfs_severity: 2,
            pain_nrs: pain,
            trigger: null,
            helped: null,
            note: null,
            created_at: `${DAY}T${hour}:05:00.000Z`,
            created_by: userId,
          })
          .execute();
      }
    });
    store = await openStore(target);
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await tdb.drop();
  });

  test('entries written before the migration stand, and both count in the day', async () => {
    const s = store as OpenStore;
    expect((await s.read.diary.list(patientId)).map((e) => e.enteredInError)).toEqual([null, null]);
    expect(await s.read.diary.daily(patientId)).toEqual([
      { date: DAY, entries: 2, meanPain: 6, maxPain: 9, maxPsfsSeverity: 2, totalMinutes: 10 },
    ]);
  });

  test('a marked entry keeps its row and mark, leaves the day, and is marked once only', async () => {
    const s = store as OpenStore;
    const mark = { at: `${DAY}T10:00:00.000Z`, by: userId, reason: 'meant 3' };
    const first = await s.transact(async (tx) =>
      ok(await tx.diary.markEnteredInError(patientId, slip, mark)),
    );
    expect(first).toEqual(ok(true));
    const again = await s.transact(async (tx) =>
      ok(
        await tx.diary.markEnteredInError(patientId, slip, {
          ...mark,
          at: `${DAY}T11:00:00.000Z`,
        }),
      ),
    );
    expect(again).toEqual(ok(false));
    expect((await s.read.diary.byId(patientId, slip))?.enteredInError).toEqual(mark);
    expect((await s.read.diary.byId(patientId, calm))?.enteredInError).toBeNull();
    expect(await s.read.diary.daily(patientId)).toEqual([
      { date: DAY, entries: 1, meanPain: 3, maxPain: 3, maxPsfsSeverity: 2, totalMinutes: 5 },
    ]);
    expect(await s.read.diary.list(patientId)).toHaveLength(2);
  });

  test("an entry is found and marked only under its own patient's record", async () => {
    const s = store as OpenStore;
    expect(await s.read.diary.byId(otherPatientId, slip)).toBeUndefined();
    const marked = await s.transact(async (tx) =>
      ok(
        await tx.diary.markEnteredInError(otherPatientId, slip, {
          at: `${DAY}T10:00:00.000Z`,
          by: userId,
          reason: null,
        }),
      ),
    );
    expect(marked).toEqual(ok(false));
    expect((await s.read.diary.byId(patientId, slip))?.enteredInError).toBeNull();
  });
});
