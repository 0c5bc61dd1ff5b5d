/**
 * @module Account status, on both databases: accounts stored before the migration that added it are enabled
 * with no reset link; disabling drops a pending link and revokes nothing by itself (the use case does that in
 * the same transaction); a reset link is taken once, never after it expired, never for a disabled account.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Repos } from '../../app/shared/index.js';
import { ok } from '../../domain/shared/index.js';
import { databaseBefore, targetOf } from '../../../test/support/database-before.js';
import { DIALECTS, freshDb, type TestDb } from '../../../test/support/service.js';
import { openStore, type DatabaseTarget, type OpenStore } from './store.js';

/** The last migration before accounts had a status. */
const BEFORE = '2026_12_02_0005_invitation_ids';
const NOW = '2026-12-02T09:00:00.000Z';
const LATER = '2026-12-03T09:00:00.000Z';

describe.each(DIALECTS)('account status on %s', (dialect) => {
  let tdb: TestDb;
  let target: DatabaseTarget;
  let store: OpenStore | undefined;
  const adminId = randomUUID();
  const clinicianId = randomUUID();

  beforeEach(async () => {
    tdb = await freshDb(dialect);
    target = targetOf(dialect, tdb);
    await databaseBefore(target, BEFORE, async (db) => {
      for (const [id, role] of [
        [adminId, 'admin'],
        [clinicianId, 'clinician'],
      ] as const) {
        // the columns of the time: no `disabled_at`, no reset link
        await db
          .insertInto('users')
          .values({
            id,
            email: `${role}@test.invalid`,
            name: role,
            role,
            password_hash: 'x',
            patient_id: null,
            created_at: NOW,
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

  const tx = <T>(work: (t: Repos) => Promise<T>) =>
    (store as OpenStore).transact(async (t) => ok(await work(t)));

  test('accounts made before the migration are enabled, with no reset link', async () => {
    const s = store as OpenStore;
    expect((await s.read.users.byId(adminId))?.disabledAt).toBeNull();
    expect((await s.read.users.byId(clinicianId))?.disabledAt).toBeNull();
    expect(await s.read.users.enabledAdmins()).toEqual([adminId]);
  });

  test('a reset link is taken once, not after it expired, not for a disabled account; a new one replaces the old', async () => {
    await tx((t) => t.users.setResetToken(clinicianId, 'hash-old', LATER));
    await tx((t) => t.users.setResetToken(clinicianId, 'hash-new', LATER));
    expect(await tx((t) => t.users.takeResetToken('hash-old', NOW))).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await tx((t) => t.users.takeResetToken('hash-new', LATER))).toEqual({
      ok: true,
      value: undefined,
    });
    const taken = await tx((t) => t.users.takeResetToken('hash-new', NOW));
    expect(taken.ok && taken.value?.id).toBe(clinicianId);
    expect(await tx((t) => t.users.takeResetToken('hash-new', NOW))).toEqual({
      ok: true,
      value: undefined,
    });

    await tx((t) => t.users.setResetToken(clinicianId, 'hash-again', LATER));
    expect(await tx((t) => t.users.disable(clinicianId, NOW))).toEqual({ ok: true, value: true });
    expect(await tx((t) => t.users.disable(clinicianId, LATER))).toEqual({
      ok: true,
      value: false,
    });
    expect((await store?.read.users.byId(clinicianId))?.disabledAt).toBe(NOW);
    expect(await tx((t) => t.users.takeResetToken('hash-again', NOW))).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await tx((t) => t.users.enable(clinicianId))).toEqual({ ok: true, value: true });
    expect(await tx((t) => t.users.enable(clinicianId))).toEqual({ ok: true, value: false });
    // the link went with the disabling, for good
    expect(await tx((t) => t.users.takeResetToken('hash-again', NOW))).toEqual({
      ok: true,
      value: undefined,
    });
  });

  test('a disabled admin is not among the enabled admins', async () => {
    await tx((t) => t.users.disable(adminId, NOW));
    expect(await store?.read.users.enabledAdmins()).toEqual([]);
  });
});
