/**
 * @module The PostgreSQL store as two servers sharing one database see it: the same Idempotency-Key given
 * to both at once, and closing with writes and reads' audit entries in flight; and its commits durable
 * whatever the database's default.
 */
import pg from 'pg';
import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { sql } from 'kysely';
import { ok } from '../../domain/shared/index.js';
import { readEntry as entry } from '../../../test/fixtures/audit.js';
import { createOnce, type CoreDeps } from '../../app/shared/index.js';
import { openStore, type OpenStore } from './store.js';

let name: string;
let url: string;

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: inject('pgUrl') });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

beforeEach(async () => {
  name = `s_${Math.random().toString(36).slice(2, 12)}`;
  await admin(`create database ${name}`);
  const u = new URL(inject('pgUrl'));
  u.pathname = `/${name}`;
  url = u.toString();
});

afterEach(async () => {
  await admin(`drop database if exists ${name} with (force)`);
});

/** What `createOnce` needs of the use cases' dependencies. */
function depsOf(store: OpenStore): CoreDeps {
  return {
    store,
    secrets: { digest: (s: string) => s },
    clock: { now: () => '2026-12-01T00:00:00.000Z' },
  } as unknown as CoreDeps;
}

test('one key given to two servers at once creates once, and both callers get the first answer', async () => {
  const one = await openStore({ dialect: 'postgres', url });
  const two = await openStore({ dialect: 'postgres', url });
  try {
    let created = 0;
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((r) => (finish = r));
    const request = (store: OpenStore, made: string) =>
      createOnce(depsOf(store), {
        actorId: 'u1',
        key: 'same-key',
        scope: 'diary:p1',
        body: { painNrs: 4 },
        transact: (work) => store.transact(work),
        create: async () => {
          created += 1;
          await finished;
          return ok({ made });
        },
      });
    const first = request(one, 'by the first');
    // the first holds the key in its open group; the second's claim waits for that group's commit
    await new Promise((r) => setTimeout(r, 100));
    const second = request(two, 'by the second');
    await new Promise((r) => setTimeout(r, 100));
    finish();
    expect(await first).toEqual(ok({ made: 'by the first' }));
    expect(await second).toEqual(ok({ made: 'by the first' }));
    expect(created).toBe(1);
  } finally {
    await one.close();
    await two.close();
  }
});

test('closing waits for the writes and the reads’ audit entries in flight; a write after it is refused', async () => {
  const store = await openStore({ dialect: 'postgres', url });
  const writes = ['w1', 'w2', 'w3'].map((id) =>
    store.transact(async (tx) => {
      await tx.audit.append(entry(id));
      return ok(id);
    }),
  );
  const reads = ['r1', 'r2'].map((id) => store.recordRead(entry(id)));
  await store.close();
  expect((await Promise.allSettled([...writes, ...reads])).map((r) => r.status)).toEqual(
    Array(5).fill('fulfilled'),
  );
  await expect(store.transact(() => Promise.resolve(ok(1)))).rejects.toThrow();
  const check = await openStore({ dialect: 'postgres', url });
  try {
    const rows = await check.db.selectFrom('audit_log').select('id').orderBy('id').execute();
    expect(rows.map((r) => r.id)).toEqual(['r1', 'r2', 'w1', 'w2', 'w3']);
  } finally {
    await check.close();
  }
});

test('every connection of the store commits durably, even where the database defaults to synchronous_commit=off', async () => {
  await admin(`alter database ${name} set synchronous_commit = off`);
  const store = await openStore({ dialect: 'postgres', url, poolSize: 3 });
  try {
    // three at once: three connections of the pool, each asked the setting it runs with
    const seen = await Promise.all(
      [1, 2, 3].map(() =>
        store.db.connection().execute(async (c) => {
          const r = await sql<{
            s: string;
            pid: number;
          }>`select current_setting('synchronous_commit') as s, pg_backend_pid() as pid`.execute(c);
          await new Promise((done) => setTimeout(done, 50));
          return r.rows[0];
        }),
      ),
    );
    expect(new Set(seen.map((r) => r?.pid)).size).toBe(3);
    expect(seen.map((r) => r?.s)).toEqual(['on', 'on', 'on']);
  } finally {
    await store.close();
  }
});
