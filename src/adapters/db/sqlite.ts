/**
 * @module The SQLite connections of the store: one writer (only the group commit writes with it) and one
 * reader (for reads while a group is being executed, so a read never waits for it and never sees its
 * uncommitted rows), each with its prepared statements cached, and a direct way to run a compiled query.
 */
import { fdatasync, fsyncSync, openSync, closeSync, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import type { QueryResult, SqliteDatabase, SqliteStatement } from 'kysely';

/** A statement compiled once and its parameters; `R` is the row it yields. */
export interface HotQuery<R> {
  readonly sql: string;
  readonly parameters: readonly unknown[];
  /** Never set: carries the row type. */
  readonly row?: R;
}

/** Runs one compiled query; the repositories use it for their hottest statements. */
export type RunQuery = <R>(q: HotQuery<R>) => Promise<QueryResult<R>>;

/** better-sqlite3 compiles a statement on every `prepare`; Kysely prepares per query, so reuse them. */
export function cachingPrepare(db: Sqlite.Database): Sqlite.Database {
  const cache = new Map<string, Sqlite.Statement>();
  const prepare = db.prepare.bind(db);
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (source: string) => {
          let st = cache.get(source);
          if (st === undefined) {
            st = prepare(source);
            if (cache.size < 1000) {
              cache.set(source, st);
            }
          }
          return st;
        };
      }
      // native getters (inTransaction, open) need the real connection as `this`
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * A compiled query straight on the connection: the same statement and result shape as Kysely's SQLite
 * driver, without its connection mutex and promise chain (better-sqlite3 is synchronous anyway).
 */
export function directRunner(db: SqliteDatabase): RunQuery {
  return <R>(q: HotQuery<R>): Promise<QueryResult<R>> => {
    try {
      const st = db.prepare(q.sql);
      if (st.reader) {
        return Promise.resolve({ rows: st.all(q.parameters) as R[] });
      }
      const r = st.run(q.parameters);
      return Promise.resolve({
        rows: [],
        numAffectedRows: BigInt(r.changes),
        insertId: BigInt(r.lastInsertRowid),
      });
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  };
}

/** The connection reads go through, and the end of its current snapshot. */
export interface ReadsConnection {
  readonly conn: SqliteDatabase;
  /**
   * Ends the read snapshot open on the writer, if any. The group commit calls it before it begins a
   * write transaction on the same connection; it also ends by itself at the end of the turn.
   */
  readonly endSnapshot: () => void;
}

/**
 * The connection reads go through. A connection's page cache is dropped whenever another connection
 * changed the file, so after each group commit the reader connection would fetch every page again; the
 * writer's cache is always current. So each read statement runs on the writer while it has no open
 * write transaction (it then sees exactly the committed data, as the reader would) and on the reader
 * while a group is being executed (whose rows other requests must not see before they are committed).
 *
 * On the writer, the reads of one turn of the event loop share one read transaction (a snapshot): in
 * WAL mode every statement outside a transaction takes and drops the file's shared-memory read lock
 * with system calls that cost several times the lookup itself (`npm run bench:api` shows it). The
 * snapshot ends at the end of the turn (`setImmediate`) or when the group commit begins a write,
 * whichever comes first, so a read never sees older data than the last commit before it began, and a
 * write of another process is seen from the next turn on. Statements that write (tests and operator
 * commands use them) end the snapshot first and run on their own, as before.
 */
export function readsConnection(writer: Sqlite.Database, reader: Sqlite.Database): ReadsConnection {
  const cache = new Map<string, SqliteStatement>();
  const begin = writer.prepare('BEGIN');
  const commit = writer.prepare('COMMIT');
  let snapshot = false;
  const endSnapshot = (): void => {
    if (snapshot) {
      snapshot = false;
      if (writer.inTransaction) {
        commit.run();
      }
    }
  };
  const endAtTurnEnd = (): void => {
    try {
      endSnapshot();
    } catch {
      // a read transaction can only fail to end if a statement is still running on it; drop it
      // rather than let the next write transaction fail to begin
      if (writer.inTransaction) {
        writer.prepare('ROLLBACK').run();
      }
    }
  };
  const readOn = (onWriter: Sqlite.Statement, onReader: Sqlite.Statement): Sqlite.Statement => {
    if (snapshot) {
      return onWriter;
    }
    if (writer.inTransaction) {
      // a group is being executed: its rows are not committed yet
      return onReader;
    }
    begin.run();
    snapshot = true;
    setImmediate(endAtTurnEnd);
    return onWriter;
  };
  const conn: SqliteDatabase = {
    close: () => {
      reader.close();
    },
    prepare(source: string): SqliteStatement {
      let st = cache.get(source);
      if (st === undefined) {
        const onWriter = writer.prepare(source);
        const onReader = reader.prepare(source);
        const writeOn = (): Sqlite.Statement => {
          endSnapshot();
          return writer.inTransaction ? onReader : onWriter;
        };
        st = onWriter.reader
          ? {
              reader: true,
              all: (params) => readOn(onWriter, onReader).all(params),
              run: (params) => readOn(onWriter, onReader).run(params),
              iterate: (params) => readOn(onWriter, onReader).iterate(params),
            }
          : {
              reader: false,
              all: (params) => writeOn().all(params),
              run: (params) => writeOn().run(params),
              iterate: (params) => writeOn().iterate(params),
            };
        if (cache.size < 1000) {
          cache.set(source, st);
        }
      }
      return st;
    },
  };
  return { conn, endSnapshot };
}

export type SqliteRole = 'writer' | 'reader';

/**
 * Opens a connection in WAL mode with foreign keys and a busy timeout. The writer commits with
 * `synchronous=NORMAL`: its commits reach the operating system at once, and the group commit makes them
 * durable with one `fdatasync` of the WAL, off the event loop, before any of them is acknowledged
 * (see `walSync`). The reader never writes; it keeps `synchronous=FULL` all the same.
 */
export function openSqlite(file: string, role: SqliteRole): Sqlite.Database {
  const before = inodeOf(file);
  const db = new Sqlite(file);
  db.pragma('journal_mode = WAL');
  // `tonus db restore` renames a new file over the database while it holds it exclusively; a connection
  // that opened the old file and waited for that lock would serve a file no one else sees any more
  if (before !== undefined && inodeOf(file) !== before) {
    db.close();
    throw new Error(`${file} was replaced while it was being opened (a restore?); start again`);
  }
  db.pragma(`synchronous = ${role === 'writer' ? 'NORMAL' : 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

function inodeOf(file: string): number | undefined {
  try {
    return statSync(file).ino;
  } catch {
    return undefined;
  }
}

/** Makes a path's directory entry durable (a new file is only safe once its name is). */
function syncDirectory(path: string): void {
  const fd = openSync(dirname(path), 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes the WAL of `file` to disk on libuv's thread pool, so the event loop keeps serving while the
 * disk works. `fdatasync` acts on the file, not on the descriptor, so it also flushes what SQLite wrote
 * through its own descriptor: once it returns, every commit written before the call is on disk, as
 * `synchronous=FULL` would have made it. The WAL exists from the moment a connection opened it in WAL
 * mode and is removed only when the last connection closes, so one descriptor serves for the store's life.
 */
export function walSync(file: string): { sync: () => Promise<void>; close: () => void } {
  const wal = `${file}-wal`;
  if (!existsSync(wal)) {
    throw new Error(`${wal}: the write-ahead log is missing; is ${file} in WAL mode?`);
  }
  syncDirectory(wal);
  const fd = openSync(wal, 'r');
  return {
    sync: () =>
      new Promise<void>((resolve, reject) => {
        fdatasync(fd, (err) => {
          if (err === null) {
            resolve();
          } else {
            reject(err);
          }
        });
      }),
    close: () => {
      closeSync(fd);
    },
  };
}
