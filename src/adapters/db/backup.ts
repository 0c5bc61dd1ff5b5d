/**
 * @module SQLite online backup and restore. The backup copies a consistent snapshot while the server runs;
 * the restore checks the file is a sound Tonus database first, then replaces the database in one rename
 * (the server must be stopped). PostgreSQL is backed up with its own tools (`pg_dump`, see README).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import Sqlite from 'better-sqlite3';

export interface BackupReport {
  readonly file: string;
  readonly pages: number;
}

export async function backupSqlite(db: Sqlite.Database, file: string): Promise<BackupReport> {
  const r = await db.backup(file);
  return { file, pages: r.totalPages };
}

/** Why a file cannot be restored, or `null` when it is a sound Tonus database. */
export function checkBackup(file: string): string | null {
  if (!existsSync(file)) {
    return `${file}: no such file`;
  }
  let db: Sqlite.Database | undefined;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') {
      return `${file}: the database is damaged (${String(integrity)})`;
    }
    const table = db
      .prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    return table === undefined ? `${file}: not a Tonus database (no migrations table)` : null;
  } catch (e) {
    return `${file}: not a SQLite database (${e instanceof Error ? e.message : String(e)})`;
  } finally {
    db?.close();
  }
}

/** Replaces `target` with the backup in `file`; the server using `target` must be stopped. */
export async function restoreSqlite(file: string, target: string): Promise<string | null> {
  const problem = checkBackup(file);
  if (problem !== null) {
    return problem;
  }
  const source = new Sqlite(file, { readonly: true, fileMustExist: true });
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  try {
    await source.backup(staging);
  } finally {
    source.close();
  }
  // a stale WAL beside the old file would be replayed into the restored one
  for (const suffix of ['-wal', '-shm']) {
    rmSync(`${target}${suffix}`, { force: true });
  }
  renameSync(staging, target);
  return null;
}
