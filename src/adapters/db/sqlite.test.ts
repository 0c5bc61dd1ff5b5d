/**
 * @module The reads connection of the SQLite store: the reads of one turn share a snapshot on the writer,
 * which never hides a commit made before the read began and never outlives the turn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Sqlite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ok } from '../../domain/shared/index.js';
import type { Repos } from '../../app/shared/index.js';
import { GroupCommit } from './group-commit.js';
import { openSqlite, readsConnection, type ReadsConnection } from './sqlite.js';

let dir: string;
let writer: Sqlite.Database;
let reader: Sqlite.Database;
/** Another process's connection to the same file (an operator command, say). */
let other: Sqlite.Database;
let reads: ReadsConnection;

function count(conn: SqliteDatabase): number {
  const rows = conn.prepare('select count(*) as n from entry').all([]) as { n: number }[];
  return rows[0]?.n ?? -1;
}

function turn(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tonus-reads-'));
  writer = openSqlite(join(dir, 'r.db'), 'writer');
  writer.exec('create table entry (n integer primary key)');
  reader = openSqlite(join(dir, 'r.db'), 'reader');
  other = openSqlite(join(dir, 'r.db'), 'reader');
  reads = readsConnection(writer, reader);
});

afterEach(() => {
  reads.endSnapshot();
  other.close();
  reader.close();
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reads of one turn share a snapshot', () => {
  test('a write of another connection is seen from the next turn on, never later', async () => {
    expect(count(reads.conn)).toBe(0);
    other.prepare('insert into entry (n) values (1)').run();
    // the same turn: the snapshot taken by the first read still holds
    expect(count(reads.conn)).toBe(0);
    await turn();
    expect(count(reads.conn)).toBe(1);
    // and the snapshot that read took ends with its turn as well
    expect(writer.inTransaction).toBe(true);
    await turn();
    expect(writer.inTransaction).toBe(false);
  });

  test('the group commit begins its write while a read of the same turn holds a snapshot, and the next read sees it', async () => {
    const group = new GroupCommit(writer, {} as Repos, () => Promise.resolve(), reads.endSnapshot);
    const written = group.submit(() => {
      writer.prepare('insert into entry (n) values (7)').run();
      return Promise.resolve(ok(7));
    });
    // read in the same turn as the submit: the snapshot is open when the group executes
    expect(count(reads.conn)).toBe(0);
    expect(await written).toEqual(ok(7));
    expect(count(reads.conn)).toBe(1);
    await group.idle();
  });

  test('a read while a group is being executed does not see its uncommitted rows', async () => {
    let during = -1;
    const group = new GroupCommit(writer, {} as Repos, () => Promise.resolve(), reads.endSnapshot);
    const written = group.submit(async () => {
      writer.prepare('insert into entry (n) values (3)').run();
      await Promise.resolve();
      during = count(reads.conn);
      return ok(3);
    });
    await written;
    expect(during).toBe(0);
    expect(count(reads.conn)).toBe(1);
    await group.idle();
  });

  test('a statement that writes through the reads connection ends the snapshot and is committed at once', () => {
    expect(count(reads.conn)).toBe(0);
    reads.conn.prepare('insert into entry (n) values (5)').run([]);
    expect(writer.inTransaction).toBe(false);
    expect(other.prepare('select count(*) as n from entry').get()).toEqual({ n: 1 });
  });
});
