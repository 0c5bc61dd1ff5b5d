/**
 * @module Scale out on PostgreSQL: two servers, each with its own connection pool and nothing shared in
 * memory, serve the same sessions and records, and every queued EMG job is claimed by one of them only
 * (`FOR UPDATE SKIP LOCKED`).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runNextJob } from '../../src/app/emg-studies/index.js';
import type { Service } from '../../src/main/server.js';
import { VALID_BODIES } from '../support/bodies.js';
import { syntheticEdf } from '../support/emg-file.js';
import { buildWorld, freshDb, startService, type TestDb, type World } from '../support/service.js';

describe('two servers on one PostgreSQL', () => {
  let db: TestDb;
  let a: Service;
  let b: Service;
  let w: World;

  beforeAll(async () => {
    db = await freshDb('postgres');
    a = await startService(db);
    b = await startService(db);
    w = await buildWorld(a);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.drop();
  });

  test('a session opened on one server is valid on the other, and logout on either ends it on both', async () => {
    const diary = `/api/patients/${w.patient.patientId}/diary`;
    const posted = await a.app.inject({
      method: 'POST',
      url: diary,
      headers: w.patient.headers,
      payload: VALID_BODIES['POST /api/patients/:id/diary']?.(),
    });
    expect(posted.statusCode).toBe(201);
    const listed = JSON.parse(
      (await b.app.inject({ method: 'GET', url: diary, headers: w.patient.headers })).body,
    );
    expect(listed.items).toContainEqual(JSON.parse(posted.body));
    expect(
      (await b.app.inject({ method: 'POST', url: '/api/auth/logout', headers: w.patient.headers }))
        .statusCode,
    ).toBe(204);
    expect(
      (await a.app.inject({ method: 'GET', url: '/api/me', headers: w.patient.headers }))
        .statusCode,
    ).toBe(401);
  });

  test('queued EMG jobs drained by both servers at once are each claimed and analysed exactly once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const r = await a.app.inject({
        method: 'POST',
        url: `/api/patients/${w.patient.patientId}/emg-studies?fileName=study-${i}.edf`,
        headers: { ...w.clinician.headers, 'content-type': 'application/octet-stream' },
        payload: (await syntheticEdf(db.dataDir, 10 + i, 5)).bytes,
      });
      ids.push(JSON.parse(r.body).id);
    }
    const drain = async (s: Service, worker: string): Promise<number> => {
      let n = 0;
      while (await runNextJob(s.deps, worker)) {
        n += 1;
      }
      return n;
    };
    const [byA, byB] = await Promise.all([drain(a, 'server-a'), drain(b, 'server-b')]);
    expect(byA + byB).toBe(8);
    const rows = await a.store.db
      .selectFrom('emg_studies')
      .select(['id', 'state', 'attempts', 'claimed_by'])
      .where('id', 'in', ids)
      .execute();
    expect(rows.map((r) => [r.state, r.attempts])).toEqual(ids.map(() => ['done', 1]));
    const analysed = await a.store.db
      .selectFrom('audit_log')
      .select('resource_id')
      .where('action', '=', 'emg_study.analysed')
      .execute();
    expect(analysed.map((r) => r.resource_id).sort()).toEqual([...ids].sort());
  });
});
