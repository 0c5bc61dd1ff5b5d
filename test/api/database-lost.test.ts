/**
 * @module The database goes away under a running server (PostgreSQL): a restart or an operator ending its
 * connections does not bring the process down and the next requests are answered on new connections; a
 * database that is gone answers 503 problem+json naming the cause, without the database's address, until
 * it is back.
 */
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { useService, type TestDb } from '../support/service.js';

async function onAdmin(db: TestDb, sql: string): Promise<void> {
  const url = new URL(db.env.DATABASE_URL ?? '');
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  try {
    await c.query(sql.replaceAll('$db', name));
  } finally {
    await c.end();
  }
}

describe('a running server whose PostgreSQL connections end', () => {
  const f = useService('postgres', { world: true });

  test('connections ended by the operator: the process lives on and the next requests are answered', async () => {
    const me = { method: 'GET' as const, url: '/api/me', headers: f.w.patient.headers };
    expect((await f.s.app.inject(me)).statusCode).toBe(200);
    // the pool's idle connections are told "terminating connection due to administrator command"
    await onAdmin(
      f.db,
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = '$db' and pid <> pg_backend_pid()",
    );
    // the pool notices an ended idle connection a moment later; a request in between may meet one
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i += 1) {
      status = (await f.s.app.inject(me)).statusCode;
      if (status !== 200) {
        expect(status).toBe(503);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    expect(status).toBe(200);
    const diary = await f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${f.w.patient.patientId ?? ''}/diary`,
      headers: f.w.patient.headers,
      payload: {
        startedAt: '2026-11-01T08:00:00Z',
        durationMinutes: 5,
        psfsSeverity: 1,
        painNrs: 3,
        trigger: 'none',
      },
    });
    expect(diary.statusCode).toBe(201);
  });

  test('the database dropped: 503 problem+json saying the database is unavailable, never its address', async () => {
    await onAdmin(f.db, 'drop database $db with (force)');
    const r = await f.s.app.inject({ method: 'GET', url: '/api/me', headers: f.w.patient.headers });
    expect(r.statusCode).toBe(503);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.headers['retry-after']).toMatch(/^\d+$/);
    const body = JSON.parse(r.body) as { status: number; errors: { code: string }[] };
    expect(body.status).toBe(503);
    expect(body.errors.map((e) => e.code)).toEqual(['service.database_unavailable']);
    const url = new URL(f.db.env.DATABASE_URL ?? '');
    expect(r.body).not.toContain(url.pathname.slice(1));
    expect(r.body).not.toContain(url.host);
    // freshDb's drop runs `drop database if exists`: nothing left to drop but the data folder
  });
});
