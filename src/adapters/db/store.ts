/**
 * @module Opens the database (SQLite file or PostgreSQL), runs the migrations and offers the use cases'
 * `Store`. On SQLite every write is acknowledged only after its commit is on disk (WAL, synchronous=FULL);
 * writes that arrive together share one commit (each in its own savepoint, so one failure rolls back
 * only itself), which keeps durable writes fast on a single-writer database.
 */
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Result } from '../../domain/shared/index.js';
import type { Repos, Store } from '../../app/shared/index.js';
import { migrationProvider } from './migrations.js';
import { makeRepos } from './repositories.js';
import type { Database, Dialect } from './schema.js';

export type DatabaseTarget =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly poolSize?: number };

export interface OpenStore extends Store {
  readonly db: Kysely<Database>;
  /** The SQLite connection, for the online backup; `null` on PostgreSQL. */
  readonly sqlite: Sqlite.Database | null;
  close(): Promise<void>;
}

/** Writes sharing one commit at most; bounds the latency one batch adds. */
const MAX_BATCH = 512;

class Rollback<T> extends Error {
  readonly result: Result<T>;
  constructor(result: Result<T>) {
    super('rollback');
    this.result = result;
  }
}

/** better-sqlite3 compiles a statement on every `prepare`; Kysely prepares per query, so reuse them. */
function cachingPrepare(db: Sqlite.Database): Sqlite.Database {
  const cache = new Map<string, Sqlite.Statement>();
  const prepare = db.prepare.bind(db);
  return new Proxy(db, {
    get(target, prop, receiver) {
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
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

export function openSqlite(file: string): Sqlite.Database {
  const db = new Sqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

interface Pending {
  readonly work: (tx: Repos) => Promise<Result<unknown>>;
  readonly resolve: (r: Result<unknown>) => void;
  readonly reject: (e: unknown) => void;
}

/** Group commit for SQLite: one transaction per turn of the event loop, one savepoint per write. */
class Batcher {
  private queue: Pending[] = [];
  private running = false;
  private readonly db: Kysely<Database>;
  private readonly dialect: Dialect;

  constructor(db: Kysely<Database>, dialect: Dialect) {
    this.db = db;
    this.dialect = dialect;
  }

  submit<T>(work: (tx: Repos) => Promise<Result<T>>): Promise<Result<T>> {
    return new Promise<Result<T>>((resolve, reject) => {
      this.queue.push({
        work,
        resolve: resolve as (r: Result<unknown>) => void,
        reject,
      });
      this.kick();
    });
  }

  private kick(): void {
    if (!this.running && this.queue.length > 0) {
      this.running = true;
      setImmediate(() => {
        void this.flush();
      });
    }
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, MAX_BATCH);
    const settle: (() => void)[] = [];
    try {
      await this.db.transaction().execute(async (trx) => {
        const repos = makeRepos(trx, this.dialect);
        for (const p of batch) {
          await sql`savepoint w`.execute(trx);
          try {
            const r = await p.work(repos);
            if (!r.ok) {
              await sql`rollback to savepoint w`.execute(trx);
            }
            await sql`release savepoint w`.execute(trx);
            settle.push(() => {
              p.resolve(r);
            });
          } catch (e) {
            await sql`rollback to savepoint w`.execute(trx);
            await sql`release savepoint w`.execute(trx);
            settle.push(() => {
              p.reject(e);
            });
          }
        }
      });
      // only now is every write of the batch on disk
      for (const f of settle) {
        f();
      }
    } catch (e) {
      for (const p of batch) {
        p.reject(e);
      }
    } finally {
      this.running = false;
      this.kick();
    }
  }
}

async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  }
}

/** Opens the store and brings its schema up to date. */
export async function openStore(target: DatabaseTarget): Promise<OpenStore> {
  if (target.dialect === 'sqlite') {
    const sqlite = openSqlite(target.file);
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: cachingPrepare(sqlite) }),
    });
    await migrate(db, 'sqlite');
    const batcher = new Batcher(db, 'sqlite');
    return {
      dialect: 'sqlite',
      db,
      sqlite,
      read: makeRepos(db, 'sqlite'),
      transact: (work) => batcher.submit(work),
      close: () => db.destroy(),
    };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db, 'postgres');
  return {
    dialect: 'postgres',
    db,
    sqlite: null,
    read: makeRepos(db, 'postgres'),
    transact: async <T>(work: (tx: Repos) => Promise<Result<T>>): Promise<Result<T>> => {
      try {
        return await db.transaction().execute(async (trx: Transaction<Database>) => {
          const r = await work(makeRepos(trx, 'postgres'));
          if (!r.ok) {
            throw new Rollback(r);
          }
          return r;
        });
      } catch (e) {
        if (e instanceof Rollback) {
          return e.result;
        }
        throw e;
      }
    },
    close: () => db.destroy(),
  };
}
