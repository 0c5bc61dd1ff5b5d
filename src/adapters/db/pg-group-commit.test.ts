/** @module The PostgreSQL group commit and the batched audit entries of reads, on a real PostgreSQL database. */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { fail, ok } from '../../domain/shared/index.js';
import { readEntry as entry } from '../../../test/fixtures/audit.js';
import { PgGroupCommit } from './pg-group-commit.js';
import { auditBatcher } from './pg.js';

let name: string;
let pool: pg.Pool;
let group: PgGroupCommit<pg.PoolClient>;

async function admin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: inject('pgUrl') });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

function urlOf(db: string): string {
  const u = new URL(inject('pgUrl'));
  u.pathname = `/${db}`;
  return u.toString();
}

async function stored(): Promise<number[]> {
  const r = await pool.query<{ n: number }>('select n from entry order by n');
  return r.rows.map((row) => row.n);
}

beforeEach(async () => {
  name = `g_${Math.random().toString(36).slice(2, 12)}`;
  await admin((c) => c.query(`create database ${name}`));
  pool = new pg.Pool({ connectionString: urlOf(name), max: 4 });
  await pool.query('create table entry (n integer primary key, v integer not null default 0)');
  group = new PgGroupCommit(pool, (client) => client);
});

afterEach(async () => {
  await group.idle();
  await pool.end();
  await admin((c) => c.query(`drop database if exists ${name} with (force)`));
});

describe('group commit on PostgreSQL', () => {
  test('units of one turn share one transaction, and each is committed when it is answered', async () => {
    const units = [1, 2, 3, 4, 5].map((n) =>
      group.submit(async (c) => {
        await c.query('insert into entry (n) values ($1)', [n]);
        const tx = await c.query<{ id: string }>('select txid_current()::text as id');
        return ok(tx.rows[0]?.id);
      }),
    );
    const first = await units[0];
    // answered: committed, so another connection sees it
    expect(await stored()).toEqual([1, 2, 3, 4, 5]);
    const ids = await Promise.all(units);
    expect(new Set(ids.map((r) => (r.ok ? r.value : null))).size).toBe(1);
    expect(first?.ok).toBe(true);
  });

  test('a refused unit and a throwing unit undo their own rows only', async () => {
    await pool.query('insert into entry (n) values (99)');
    const good = group.submit(async (c) => {
      await c.query('insert into entry (n) values (1)');
      return ok(1);
    });
    const refused = group.submit(async (c) => {
      await c.query('insert into entry (n) values (2)');
      return fail([{ code: 'record.not_found', path: [] }]);
    });
    const throwing = group.submit(async (c) => {
      await c.query('insert into entry (n) values (3)');
      // a duplicate key: the statement fails and aborts the unit's savepoint
      await c.query('insert into entry (n) values (99)');
      return ok(3);
    });
    const later = group.submit(async (c) => {
      await c.query('insert into entry (n) values (4)');
      return ok(4);
    });
    expect((await good).ok).toBe(true);
    expect((await refused).ok).toBe(false);
    await expect(throwing).rejects.toMatchObject({ code: '23505' });
    expect((await later).ok).toBe(true);
    expect(await stored()).toEqual([1, 4, 99]);
  });

  test('a unit that hides its own failed statement cannot have its group acknowledged unstored', async () => {
    // PostgreSQL rolls an aborted transaction back at COMMIT without an error, only a different tag
    const hiding = async (c: pg.PoolClient, n: number) => {
      await c.query('insert into entry (n) values ($1)', [n]);
      try {
        await c.query('select 1 / 0');
      } catch {
        // the use case swallowed the failure and answers ok: the transaction stays aborted
      }
      return ok(n);
    };
    await expect(group.submit((c) => hiding(c, 1))).rejects.toThrow(/ROLLBACK, not COMMIT/);
    const others = [2, 3].map((n) =>
      group.submit(async (c) => {
        await c.query('insert into entry (n) values ($1)', [n]);
        return ok(n);
      }),
    );
    const last = group.submit((c) => hiding(c, 4));
    const settled = await Promise.allSettled([...others, last]);
    expect(settled.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await stored()).toEqual([]);
    // the pool's connections still serve
    await expect(
      group.submit(async (c) => {
        await c.query('insert into entry (n) values (5)');
        return ok(5);
      }),
    ).resolves.toEqual(ok(5));
    expect(await stored()).toEqual([5]);
  });

  test('a lone refused unit leaves nothing, and the connection serves the next unit', async () => {
    const refused = await group.submit(async (c) => {
      await c.query('insert into entry (n) values (7)');
      return fail([{ code: 'record.not_found', path: [] }]);
    });
    expect(refused.ok).toBe(false);
    await expect(
      group.submit(async (c) => {
        await c.query('insert into entry (n) values (8)');
        return ok(8);
      }),
    ).resolves.toEqual(ok(8));
    expect(await stored()).toEqual([8]);
  });

  test('a deadlock between two servers’ groups fails no unit: the aborted one runs again later', async () => {
    await pool.query('insert into entry (n) values (1), (2)');
    // a second server on the same database
    const otherPool = new pg.Pool({ connectionString: urlOf(name), max: 4 });
    const other = new PgGroupCommit(otherPool, (client) => client);
    try {
      let bumpedTwo: () => void = () => undefined;
      const twoBumped = new Promise<void>((r) => (bumpedTwo = r));
      let bumpedOne: () => void = () => undefined;
      const oneBumped = new Promise<void>((r) => (bumpedOne = r));
      const bump = (c: pg.PoolClient, n: number) =>
        c.query('update entry set v = v + 1 where n = $1', [n]);
      // group A locks row 1 then row 2; group B row 2 then row 1
      const a = [
        group.submit(async (c) => {
          await bump(c, 1);
          bumpedOne();
          await twoBumped;
          return ok('a1');
        }),
        group.submit(async (c) => {
          await bump(c, 2);
          return ok('a2');
        }),
      ];
      const b = [
        other.submit(async (c) => {
          await oneBumped;
          await bump(c, 2);
          bumpedTwo();
          return ok('b1');
        }),
        other.submit(async (c) => {
          await bump(c, 1);
          return ok('b2');
        }),
      ];
      const all = await Promise.all([...a, ...b]);
      expect(all.every((r) => r.ok)).toBe(true);
      const r = await pool.query<{ v: number }>('select v from entry order by n');
      expect(r.rows.map((row) => row.v)).toEqual([2, 2]);
    } finally {
      await other.idle();
      await otherPool.end();
    }
  });
});

describe('audit entries of reads on PostgreSQL', () => {
  beforeEach(async () => {
    await pool.query(
      `create table audit_log (id text primary key, at text not null, actor_id text, actor_role text not null,
        action text not null, resource_type text not null, resource_id text, patient_id text,
        outcome text not null, request_id text)`,
    );
  });

  test('the entries of one turn are committed together before each read is answered', async () => {
    const audits = auditBatcher(pool);
    await Promise.all(['a', 'b', 'c'].map((id) => audits.append(entry(id))));
    const r = await pool.query<{ id: string; xmin: string }>(
      'select id, xmin::text from audit_log order by id',
    );
    expect(r.rows.map((row) => row.id)).toEqual(['a', 'b', 'c']);
    // one insert: one transaction wrote all three
    expect(new Set(r.rows.map((row) => row.xmin)).size).toBe(1);
    await audits.idle();
  });

  test('one entry that cannot be stored fails its own read only', async () => {
    await pool.query(`insert into audit_log (id, at, actor_role, action, resource_type, outcome)
      values ('dup', 'x', 'patient', 'a', 'r', 'allowed')`);
    const audits = auditBatcher(pool);
    const results = await Promise.allSettled(
      ['a', 'dup', 'c'].map((id) => audits.append(entry(id))),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const r = await pool.query<{ id: string }>('select id from audit_log order by id');
    expect(r.rows.map((row) => row.id)).toEqual(['a', 'c', 'dup']);
    await audits.idle();
  });
});
