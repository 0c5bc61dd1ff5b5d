/**
 * @module A test database as it was before a migration, for tests of what the migration does to rows
 * written earlier: the migrations up to and including a named one are run, then the caller writes the rows
 * of the time (with the columns of the time) before the store opens it and runs the rest.
 */
import BetterSqlite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrations } from '../../src/adapters/db/migrations.js';
import type { Database } from '../../src/adapters/db/schema.js';
import type { DatabaseTarget } from '../../src/adapters/db/store.js';
import type { TestDb, TestDialect } from './service.js';

/** Where `tdb` lives, as the store opens it. */
export function targetOf(dialect: TestDialect, tdb: TestDb): DatabaseTarget {
  return dialect === 'sqlite'
    ? { dialect, file: `${tdb.dataDir}/tonus.db` }
    : { dialect, url: tdb.env.DATABASE_URL ?? '' };
}

/** Migrates `target` up to `last` (included) and lets `write` put rows in it as they were then. */
export async function databaseBefore(
  target: DatabaseTarget,
  last: string,
  write: (db: Kysely<Database>) => Promise<void>,
): Promise<void> {
  const db = new Kysely<Database>({
    dialect:
      target.dialect === 'sqlite'
        ? new SqliteDialect({ database: new BetterSqlite(target.file) })
        : new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url }) }),
  });
  try {
    const earlier = Object.fromEntries(
      Object.entries(migrations(target.dialect)).filter(([name]) => name <= last),
    );
    const { error } = await new Migrator({
      db,
      provider: { getMigrations: () => Promise.resolve(earlier) },
    }).migrateToLatest();
    if (error !== undefined) {
      throw error instanceof Error
        ? error
        : new Error('the earlier migrations failed', { cause: error });
    }
    await write(db);
  } finally {
    await db.destroy();
  }
}
