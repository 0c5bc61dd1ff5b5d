/** @module The SQLite group commit: one commit per group, answers only after the flush, failures kept to themselves. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fail, ok } from '../../domain/shared/index.js';
import type { Repos } from '../../app/shared/index.js';
import { GroupCommit } from './group-commit.js';
import { openSqlite } from './sqlite.js';

/** A flush the test completes by hand, so it can look at the world while the disk is still "working". */
class ManualDisk {
  readonly calls: { resolve: () => void; reject: (e: Error) => void }[] = [];
  private waiters: (() => void)[] = [];
  readonly sync = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      this.calls.push({ resolve, reject });
      for (const w of this.waiters.splice(0)) {
        w();
      }
    });
  /** Resolves once the `n`-th flush has been asked for. */
  async asked(n: number): Promise<void> {
    while (this.calls.length < n) {
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }
}

let dir: string;
let writer: Sqlite.Database;
let reader: Sqlite.Database;
let disk: ManualDisk;
let group: GroupCommit;

const noRepos = {} as Repos;

function insert(n: number): void {
  writer.prepare('insert into entry (n) values (?)').run(n);
}

function stored(): number[] {
  return (reader.prepare('select n from entry order by n').all() as { n: number }[]).map(
    (r) => r.n,
  );
}

async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await new Promise((r) => setImmediate(r));
  }
}

/** Lets the event loop turn until `cond` holds (bounded by turns, not by time). */
async function turnsUntil(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i += 1) {
    await new Promise((r) => setImmediate(r));
  }
  expect(cond()).toBe(true);
}

/**
 * Submits a unit of work that stores `n` (`durable`) or records `n` as a read's audit entry is recorded
 * (`committed`), and notes when its answer arrives.
 */
function unit(
  n: number,
  settled: number[],
  wait: 'durable' | 'committed' = 'durable',
): Promise<unknown> {
  const answer =
    wait === 'durable'
      ? group.submit(() => {
          insert(n);
          return Promise.resolve(ok(n));
        })
      : group
          .record(() => {
            insert(n);
          })
          .then(() => ok(n));
  return answer.then((r) => {
    settled.push(n);
    return r;
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tonus-group-'));
  writer = openSqlite(join(dir, 'g.db'), 'writer');
  writer.exec('create table entry (n integer primary key)');
  reader = openSqlite(join(dir, 'g.db'), 'reader');
  disk = new ManualDisk();
  group = new GroupCommit(writer, noRepos, disk.sync);
});

afterEach(() => {
  reader.close();
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('group commit of concurrent writes', () => {
  test('writes that arrive together share one commit and one flush, and none is acknowledged before the flush', async () => {
    const settled: number[] = [];
    const answers = Array.from({ length: 40 }, (_, i) => unit(i, settled));
    await disk.asked(1);
    // committed and visible to other connections, but the disk has not confirmed it: nobody is told yet
    expect(stored()).toHaveLength(40);
    expect(settled).toEqual([]);
    disk.calls[0]?.resolve();
    expect(await Promise.all(answers)).toEqual(Array.from({ length: 40 }, (_, i) => ok(i)));
    expect(disk.calls).toHaveLength(1);
    await group.idle();
  });

  test('a group committed during a flush starts its own, and an earlier flush never acknowledges it', async () => {
    const settled: number[] = [];
    const first = unit(1, settled);
    await disk.asked(1);
    const second = unit(2, settled);
    // the second group executed, committed and asked for its flush while the first was still running
    await disk.asked(2);
    expect(stored()).toEqual([1, 2]);
    expect(settled).toEqual([]);
    disk.calls[0]?.resolve();
    await first;
    await turns(10);
    expect(settled).toEqual([1]);
    disk.calls[1]?.resolve();
    await second;
    expect(settled).toEqual([1, 2]);
  });

  test('a later flush acknowledges every group committed before it started', async () => {
    const settled: number[] = [];
    const answers = [unit(1, settled)];
    await disk.asked(1);
    answers.push(unit(2, settled));
    await disk.asked(2);
    // at most two flushes run at once: the third group commits and waits for a free flush
    answers.push(unit(3, settled));
    await turnsUntil(() => stored().includes(3));
    expect(disk.calls).toHaveLength(2);
    disk.calls[1]?.resolve();
    await turnsUntil(() => settled.length === 2);
    expect(settled).toEqual([1, 2]);
    await disk.asked(3);
    disk.calls[2]?.resolve();
    disk.calls[0]?.resolve();
    await Promise.all(answers);
    expect(settled).toEqual([1, 2, 3]);
    await group.idle();
  });

  test('a unit that fails or throws rolls back alone; the others of its group are stored', async () => {
    const answers = [
      unit(1, []),
      group.submit(() => {
        insert(2);
        return Promise.resolve(fail([{ code: 'record.in_future', path: ['startedAt'] }]));
      }),
      group.submit(() => {
        insert(3);
        return Promise.reject(new Error('a bug in one request'));
      }),
      group.submit(() => {
        // a constraint violation inside the database: the same primary key as unit 1
        insert(1);
        return Promise.resolve(ok(null));
      }),
      unit(5, []),
    ];
    const outcome = Promise.allSettled(answers);
    await disk.asked(1);
    disk.calls[0]?.resolve();
    const [a, b, c, d, e] = await outcome;
    expect(a).toEqual({ status: 'fulfilled', value: ok(1) });
    expect(b).toMatchObject({ status: 'fulfilled', value: { ok: false } });
    expect(c).toMatchObject({ status: 'rejected', reason: new Error('a bug in one request') });
    expect(d).toMatchObject({ status: 'rejected' });
    expect(e).toEqual({ status: 'fulfilled', value: ok(5) });
    expect(stored()).toEqual([1, 5]);
  });

  test('a failed flush fails its group and every later write, since the disk can no longer be trusted', async () => {
    const answer = unit(1, []);
    await disk.asked(1);
    disk.calls[0]?.reject(new Error('EIO'));
    await expect(answer).rejects.toThrow(/could not be written to disk/);
    await expect(unit(2, [])).rejects.toThrow(/could not be written to disk/);
    expect(disk.calls).toHaveLength(1);
  });
});

describe('the audit entry of a read: committed before the answer, flushed after it', () => {
  test('a read audit whose one statement fails is undone alone, without a savepoint, and the rest of its group is stored', async () => {
    const answers = [
      unit(1, []),
      // the same primary key as unit 1: SQLite undoes the statement, the transaction goes on
      group.record(() => {
        insert(1);
      }),
      unit(2, [], 'committed'),
      unit(3, []),
    ];
    const outcome = Promise.allSettled(answers);
    await disk.asked(1);
    disk.calls[0]?.resolve();
    const [a, b, c, d] = await outcome;
    expect(a).toEqual({ status: 'fulfilled', value: ok(1) });
    expect(b).toMatchObject({
      status: 'rejected',
      reason: { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' },
    });
    expect(c).toEqual({ status: 'fulfilled', value: ok(2) });
    expect(d).toEqual({ status: 'fulfilled', value: ok(3) });
    expect(stored()).toEqual([1, 2, 3]);
    await group.idle();
  });

  test('a read audit is answered once committed, without waiting for its flush', async () => {
    const settled: number[] = [];
    const audit = unit(7, settled, 'committed');
    await turnsUntil(() => settled.length === 1);
    // answered while its flush is still running, and already in the database for every connection
    expect(disk.calls).toHaveLength(1);
    expect(stored()).toEqual([7]);
    expect(await audit).toEqual(ok(7));
    // the next flush makes it durable: the store is idle only once that flush returned
    let idle = false;
    const idled = group.idle().then(() => (idle = true));
    await turns(10);
    expect(idle).toBe(false);
    disk.calls[0]?.resolve();
    await idled;
  });

  test('a read audit waits for the flush of a write committed before it, so no read shows data a power cut could take back', async () => {
    const settled: number[] = [];
    const write = unit(1, settled);
    await disk.asked(1);
    // the read ran after the write's commit (it may show it); its audit entry's group commits next
    const audit = unit(2, settled, 'committed');
    await turnsUntil(() => stored().includes(2));
    await turns(10);
    expect(settled).toEqual([]);
    disk.calls[0]?.resolve();
    await Promise.all([write, audit]);
    expect(settled.sort()).toEqual([1, 2]);
    await disk.asked(2);
    disk.calls[1]?.resolve();
    await group.idle();
  });

  test('a write in the same group as a read audit does not hold the read back, and still waits for its own flush', async () => {
    const settled: number[] = [];
    // both reach the same turn of the event loop: the read was made before this group's write committed
    const write = unit(1, settled);
    const audit = unit(2, settled, 'committed');
    await turnsUntil(() => settled.length === 1);
    expect(settled).toEqual([2]);
    expect(disk.calls).toHaveLength(1);
    disk.calls[0]?.resolve();
    await Promise.all([write, audit]);
    expect(settled).toEqual([2, 1]);
  });

  test('a failed flush refuses the read audits still waiting for a write before them', async () => {
    const write = unit(1, []);
    await disk.asked(1);
    const audit = unit(2, [], 'committed');
    await turnsUntil(() => stored().includes(2));
    disk.calls[0]?.reject(new Error('EIO'));
    await expect(write).rejects.toThrow(/could not be written to disk/);
    await expect(audit).rejects.toThrow(/could not be written to disk/);
  });
});
