/**
 * @module Invitation ids and revocation, on both databases: invitations stored before the migration that
 * added them get distinct ids and stay pending; a revoked one is no longer pending and can no longer be
 * taken; accepted, expired and unknown invitations cannot be revoked.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { RecordId } from '../../domain/records/index.js';
import { ok } from '../../domain/shared/index.js';
import { databaseBefore, targetOf } from '../../../test/support/database-before.js';
import { DIALECTS, freshDb, type TestDb } from '../../../test/support/service.js';
import { openStore, type DatabaseTarget, type OpenStore } from './store.js';

/** The last migration before invitations had ids. */
const BEFORE = '2026_12_02_0004_encounter_interview';
const NOW = '2026-12-02T09:00:00.000Z';
const LATER = '2026-12-09T09:00:00.000Z';

describe.each(DIALECTS)('invitation ids and revocation on %s', (dialect) => {
  let tdb: TestDb;
  let target: DatabaseTarget;
  let store: OpenStore | undefined;
  const adminId = randomUUID();

  beforeEach(async () => {
    tdb = await freshDb(dialect);
    target = targetOf(dialect, tdb);
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await tdb.drop();
  });

  /** The database as it was before the migration, with two invitations an admin made then. */
  async function oldDatabase(): Promise<void> {
    await databaseBefore(target, BEFORE, async (db) => {
      await db
        .insertInto('users')
        .values({
          id: adminId,
          email: 'admin@test.invalid',
          name: 'Admin',
          role: 'admin',
          password_hash: 'x',
          patient_id: null,
          created_at: NOW,
        })
        .execute();
      for (const n of [1, 2]) {
        // the columns of the time: no `id`, no `revoked_at`
        await db
          .insertInto('invitations')
          .values({
            token_hash: `hash-${n}`,
            email: `old${n}@test.invalid`,
            name: `Old ${n}`,
            role: 'clinician',
            created_by: adminId,
            created_at: `2026-12-02T08:0${n}:00.000Z`,
            expires_at: LATER,
            accepted_at: null,
          } as never)
          .execute();
      }
    });
  }

  test('invitations made before the migration get distinct ids and stay pending; a revoked one can no longer be taken', async () => {
    await oldDatabase();
    store = await openStore(target);
    const pending = await store.read.invitations.pending(NOW);
    expect(pending.map((i) => i.email)).toEqual(['old1@test.invalid', 'old2@test.invalid']);
    const [first, second] = pending;
    expect(RecordId.safeParse(first?.id).success).toBe(true);
    expect(RecordId.safeParse(second?.id).success).toBe(true);
    expect(first?.id).not.toBe(second?.id);

    const revoked = await store.transact(async (tx) =>
      ok(await tx.invitations.revoke(first?.id ?? '', NOW)),
    );
    expect(revoked).toEqual({ ok: true, value: true });
    expect((await store.read.invitations.pending(NOW)).map((i) => i.id)).toEqual([second?.id]);
    const taken = await store.transact(async (tx) => ok(await tx.invitations.take('hash-1', NOW)));
    expect(taken).toEqual({ ok: true, value: undefined });
    // revoking twice finds nothing the second time
    const again = await store.transact(async (tx) =>
      ok(await tx.invitations.revoke(first?.id ?? '', NOW)),
    );
    expect(again).toEqual({ ok: true, value: false });
    // the other one is still good
    const other = await store.transact(async (tx) => ok(await tx.invitations.take('hash-2', NOW)));
    expect(other.ok && other.value?.id).toBe(second?.id);
  });

  test('accepted, expired and unknown invitations are not pending and cannot be revoked', async () => {
    await oldDatabase();
    store = await openStore(target);
    const [first, second] = await store.read.invitations.pending(NOW);
    await store.transact(async (tx) => ok(await tx.invitations.take('hash-1', NOW)));
    const tries = await store.transact(async (tx) =>
      ok([
        await tx.invitations.revoke(first?.id ?? '', NOW),
        // the second has expired by then
        await tx.invitations.revoke(second?.id ?? '', LATER),
        await tx.invitations.revoke(randomUUID(), NOW),
      ]),
    );
    expect(tries).toEqual({ ok: true, value: [false, false, false] });
    expect((await store.read.invitations.pending(NOW)).map((i) => i.id)).toEqual([second?.id]);
    expect(await store.read.invitations.pending(LATER)).toEqual([]);
  });
});
