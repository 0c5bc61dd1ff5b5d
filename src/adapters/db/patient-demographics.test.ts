/**
 * @module The patient record's date of birth and sex, on both databases: patients stored before the
 * migration that added them read back with neither (null); both can be set, changed one at a time and
 * cleared; the database itself refuses a sex outside the assessment's values.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ok } from '../../domain/shared/index.js';
import { databaseBefore, targetOf } from '../../../test/support/database-before.js';
import { DIALECTS, freshDb, type TestDb } from '../../../test/support/service.js';
import { openStore, type DatabaseTarget, type OpenStore } from './store.js';

/** The last migration before patients had a date of birth and sex. */
const BEFORE = '2026_12_02_0005_invitation_ids';
const NOW = '2026-12-02T09:00:00.000Z';

describe.each(DIALECTS)('patient date of birth and sex on %s', (dialect) => {
  let tdb: TestDb;
  let target: DatabaseTarget;
  let store: OpenStore | undefined;
  const patientId = randomUUID();

  beforeEach(async () => {
    tdb = await freshDb(dialect);
    target = targetOf(dialect, tdb);
    await databaseBefore(target, BEFORE, async (db) => {
      // the columns of the time: no `birth_date`, no `sex`
      await db
        .insertInto('patients')
        .values({ id: patientId, name: 'Old Patient', created_at: NOW })
        .execute();
    });
    store = await openStore(target);
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await tdb.drop();
  });

  test('a patient stored before the migration has neither', async () => {
    expect(await store?.read.patients.byId(patientId)).toEqual({
      id: patientId,
      name: 'Old Patient',
      birthDate: null,
      sex: null,
      createdAt: NOW,
    });
  });

  test('both are set, one changed while the other stays, and null clears', async () => {
    const s = store as OpenStore;
    const change = async (c: Parameters<typeof s.read.patients.setDemographics>[1]) => {
      await s.transact(async (tx) => {
        await tx.patients.setDemographics(patientId, c);
        return ok(null);
      });
      return s.read.patients.byId(patientId);
    };
    expect(await change({ birthDate: '1960-02-29', sex: 'male' })).toMatchObject({
      birthDate: '1960-02-29',
      sex: 'male',
    });
    expect(await change({ sex: 'other' })).toMatchObject({ birthDate: '1960-02-29', sex: 'other' });
    expect(await change({})).toMatchObject({ birthDate: '1960-02-29', sex: 'other' });
    expect(await change({ birthDate: null })).toMatchObject({ birthDate: null, sex: 'other' });
  });

  test('a new record keeps what it was given', async () => {
    const s = store as OpenStore;
    const id = randomUUID();
    await s.transact(async (tx) => {
      await tx.patients.insert({
        id,
        name: 'New',
        birthDate: '2001-12-31',
        sex: 'female',
        createdAt: NOW,
      });
      return ok(null);
    });
    expect(await s.read.patients.byId(id)).toMatchObject({
      birthDate: '2001-12-31',
      sex: 'female',
    });
  });

  test('the database refuses a sex outside male, female and other', async () => {
    const s = store as OpenStore;
    await expect(
      s.db
        .updateTable('patients')
        .set({ sex: 'unknown' as never })
        .where('id', '=', patientId)
        .execute(),
    ).rejects.toThrow(/check/i);
  });
});
