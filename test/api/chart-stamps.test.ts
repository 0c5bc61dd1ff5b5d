/**
 * @module The chart summary reused between requests is never stale: its stamp is renewed by the database
 * with every change to the patient's diary or outcomes, from this server, another server on the same
 * database or plain SQL; and the sign-in counters of windows long past are deleted (by an index).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PatientSummary } from '../../src/domain/records/index.js';
import type { Service } from '../../src/main/server.js';
import {
  DIALECTS,
  freshDb,
  registerPatient,
  startService,
  type Principal,
  type TestDb,
} from '../support/service.js';

describe.each(DIALECTS)('chart stamps and sign-in counters on %s', (dialect) => {
  let db: TestDb;
  let a: Service;
  let b: Service;
  let patient: Principal;
  let other: Principal;

  beforeAll(async () => {
    db = await freshDb(dialect);
    a = await startService(db);
    // a second server on the same database, as behind a load balancer
    b = await startService(db);
    patient = await registerPatient(a, 'Stamped');
    other = await registerPatient(a, 'Other');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await db.drop();
  });

  const pid = (p: Principal): string => p.patientId ?? '';
  const stamp = (s: Service, p: Principal): Promise<string | null> =>
    s.store.read.charts.stamp(pid(p));

  async function summary(s: Service, p: Principal): Promise<PatientSummary> {
    const r = await s.app.inject({
      method: 'GET',
      url: `/api/patients/${pid(p)}/summary`,
      headers: p.headers,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    return JSON.parse(r.body) as PatientSummary;
  }

  async function diary(s: Service, p: Principal, painNrs: number, day: number): Promise<void> {
    const r = await s.app.inject({
      method: 'POST',
      url: `/api/patients/${pid(p)}/diary`,
      headers: p.headers,
      payload: {
        startedAt: new Date(Date.UTC(2026, 9, day, 8)).toISOString(),
        durationMinutes: 10,
        psfsSeverity: 2,
        painNrs,
      },
    });
    expect(r.statusCode, r.body).toBe(201);
  }

  test('a diary entry or an outcome renews only its own patient’s stamp; reads and audit entries do not', async () => {
    const first = await stamp(a, patient);
    const others = await stamp(a, other);
    await summary(a, patient);
    expect(await stamp(a, patient)).toBe(first);
    await diary(a, patient, 6, 1);
    const second = await stamp(a, patient);
    expect(second).not.toBe(first);
    expect(second).not.toBeNull();
    expect(await stamp(a, other)).toBe(others);
    const o = await a.app.inject({
      method: 'POST',
      url: `/api/patients/${pid(patient)}/outcomes`,
      headers: patient.headers,
      payload: { instrument: 'nrs', takenAt: '2026-10-02T08:00:00Z', answers: { painNrs: 5 } },
    });
    expect(o.statusCode, o.body).toBe(201);
    expect(await stamp(a, patient)).not.toBe(second);
  });

  test('a summary shown again is the same, and a change made on another server shows at once', async () => {
    const before = await summary(a, patient);
    expect(await summary(a, patient)).toEqual(before);
    await diary(b, patient, 2, 3);
    const after = await summary(a, patient);
    expect(after.diary.map((d) => d.date)).toEqual([
      ...before.diary.map((d) => d.date),
      '2026-10-03',
    ]);
    expect(await summary(b, patient)).toEqual(after);
  });

  test('a change made outside the API, straight in the database, shows at once too', async () => {
    const before = await summary(a, patient);
    expect(before.diary.length).toBeGreaterThan(0);
    await sql`delete from diary_entries where patient_id = ${pid(patient)}`.execute(b.store.db);
    expect((await summary(a, patient)).diary).toEqual([]);
  });

  test('sign-in counters whose window ended a day ago are deleted by the next attempt; live ones stay', async () => {
    const now = '2026-12-02T12:00:00.000Z';
    const hit = (key: string, at: string, cutoff: string, forgetBefore: string) =>
      a.store.transact(async (tx) => ({
        ok: true as const,
        value: await tx.rateLimits.hit(key, at, cutoff, forgetBefore),
      }));
    const never = '2000-01-01T00:00:00.000Z';
    await hit('test:live', '2026-12-02T11:59:30.000Z', '2026-12-02T11:58:30.000Z', never);
    await hit('test:stale-1', '2026-11-29T10:00:00.000Z', '2026-11-29T09:59:00.000Z', never);
    await hit('test:stale-2', '2026-11-30T10:00:00.000Z', '2026-11-30T09:59:00.000Z', never);
    const keys = async (): Promise<string[]> =>
      (
        await a.store.db
          .selectFrom('rate_limits')
          .select('key')
          .where('key', 'like', 'test:%')
          .orderBy('key')
          .execute()
      ).map((r) => r.key);
    expect(await keys()).toEqual(['test:live', 'test:stale-1', 'test:stale-2']);
    const r = await hit('test:new', now, '2026-12-02T11:59:00.000Z', '2026-12-01T12:00:00.000Z');
    expect(r).toEqual({ ok: true, value: { count: 1, windowStart: now } });
    expect(await keys()).toEqual(['test:live', 'test:new']);
  });

  test('the clean-up of sign-in counters finds stale windows by an index, not by reading every counter', async () => {
    if (dialect === 'sqlite') {
      const plan = await sql<{
        detail: string;
      }>`explain query plan delete from rate_limits where window_start < ${'2026-12-01'}`.execute(
        a.store.db,
      );
      expect(plan.rows.map((r) => r.detail).join(' ')).toMatch(
        /USING (COVERING )?INDEX rate_limits_by_window/,
      );
    } else {
      const idx = await sql<{
        indexdef: string;
      }>`select indexdef from pg_indexes where tablename = 'rate_limits' and indexname = 'rate_limits_by_window'`.execute(
        a.store.db,
      );
      expect(idx.rows[0]?.indexdef).toMatch(/\(window_start\)/);
    }
  });
});
