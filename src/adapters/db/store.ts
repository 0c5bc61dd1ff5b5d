/**
 * @module Opens the database (SQLite file or PostgreSQL), runs the migrations and offers the use cases'
 * `Store`. Every write is acknowledged only after its commit is on disk. On SQLite, writes that arrive
 * together share one commit and one flush of the log, made off the event loop (`group-commit.ts`); on
 * PostgreSQL they share one transaction on a pooled connection (`pg-group-commit.ts`), and the audit
 * entries of the reads of one turn one insert (`pg.ts`).
 */
import type Sqlite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import type pg from 'pg';
import type { Repos, Store } from '../../app/shared/index.js';
import { migrationProvider } from './migrations.js';
import { GroupCommit } from './group-commit.js';
import { auditBatcher, durablePool, kyselyOn, preparedRunner } from './pg.js';
import { PgGroupCommit } from './pg-group-commit.js';
import { auditInsertSql, auditValues, makeRepos } from './repositories.js';
import { cachingPrepare, directRunner, openSqlite, readsConnection, walSync } from './sqlite.js';
import type { Database, Dialect } from './schema.js';

export type DatabaseTarget =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly poolSize?: number };

export interface OpenStore extends Store {
  /** Reads and checks outside the use cases (tests, operator commands); on SQLite the reader connection. */
  readonly db: Kysely<Database>;
  /** The SQLite reader connection, for the online backup; `null` on PostgreSQL. */
  readonly sqlite: Sqlite.Database | null;
  close(): Promise<void>;
}

async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  }
}

/**
 * SQLite: the writer connection belongs to the group commit; reads see committed data only (on the
 * writer between groups, in one snapshot per turn of the event loop; on the reader connection during a
 * group). Hot statements run straight on the connections (`directRunner`).
 */
async function openSqliteStore(file: string): Promise<OpenStore> {
  const writerConn = cachingPrepare(openSqlite(file, 'writer'));
  const writer = new Kysely<Database>({ dialect: new SqliteDialect({ database: writerConn }) });
  await migrate(writer, 'sqlite');
  const wal = walSync(file);
  // the migrations committed without a flush of their own
  await wal.sync();
  const readerConn = cachingPrepare(openSqlite(file, 'reader'));
  const reads = readsConnection(writerConn, readerConn);
  const reader = new Kysely<Database>({ dialect: new SqliteDialect({ database: reads.conn }) });
  // a read's audit entry runs on the writer's statement directly: no unit of work, promise or savepoint
  const auditInsert = writerConn.prepare(auditInsertSql(writer, 'sqlite'));
  const group = new GroupCommit(
    writerConn,
    makeRepos(writer, 'sqlite', directRunner(writerConn)),
    wal.sync,
    reads.endSnapshot,
  );
  return {
    dialect: 'sqlite',
    db: reader,
    sqlite: readerConn,
    read: makeRepos(reader, 'sqlite', directRunner(reads.conn)),
    transact: (work) => group.submit(work),
    recordRead: (entry) =>
      group.record(() => {
        auditInsert.run(auditValues(entry));
      }),
    async close() {
      await group.idle();
      reads.endSnapshot();
      wal.close();
      await reader.destroy();
      await writer.destroy();
      // Kysely closes a connection only if it ever used it (the backup uses the reader directly): a
      // connection left open keeps the file locked against `tonus db restore`
      for (const conn of [readerConn, writerConn]) {
        if (conn.open) {
          conn.close();
        }
      }
    },
  };
}

/**
 * Opens the store and brings its schema up to date. `connectionLost` hears of a PostgreSQL connection the
 * server ended while it was idle (the pool replaces it; ignored when absent).
 */
export async function openStore(
  target: DatabaseTarget,
  connectionLost: (e: Error) => void = () => undefined,
): Promise<OpenStore> {
  if (target.dialect === 'sqlite') {
    return openSqliteStore(target.file);
  }
  const pool = durablePool(target.url, target.poolSize ?? 10, connectionLost);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db, 'postgres');
  // the repositories on the pool itself, made once, for every read; hot statements prepared by name
  const outsideTransactions = makeRepos(db, 'postgres', preparedRunner(pool));
  // a group's connection keeps its repositories (and their Kysely) for as long as the pool keeps it
  const onConnection = new WeakMap<pg.PoolClient, Repos>();
  const group = new PgGroupCommit(pool, (client) => {
    let repos = onConnection.get(client);
    if (repos === undefined) {
      repos = makeRepos(kyselyOn(client), 'postgres', preparedRunner(client));
      onConnection.set(client, repos);
    }
    return repos;
  });
  const audits = auditBatcher(pool);
  return {
    dialect: 'postgres',
    db,
    sqlite: null,
    read: outsideTransactions,
    transact: (work) => group.submit(work),
    // the reads' audit entries of one turn: one autocommitted insert, settled once its commit is on disk
    recordRead: (entry) => audits.append(entry),
    async close() {
      await group.idle();
      await audits.idle();
      await db.destroy();
    },
  };
}
