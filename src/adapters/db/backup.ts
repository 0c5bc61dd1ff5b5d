/**
 * @module SQLite online backup and restore. The backup copies a consistent snapshot while the server runs;
 * the restore checks the file is a sound Tonus database first, then replaces the database in one rename
 * (refused while a server has the database open). PostgreSQL is backed up with its own tools (`pg_dump`, see README).
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

/**
 * Takes `target` for this process alone, or says why not. A running server (or any process with the
 * database open) holds a shared lock on the file for as long as its connection is open, so the exclusive
 * lock is refused at once while one runs. The operating system drops those locks when a process dies, so
 * a killed server (even by SIGKILL) never leaves the database locked. Held, the lock also keeps a server
 * that starts meanwhile from opening the old file until the restored one is in place.
 */
function takeExclusively(target: string): Sqlite.Database | string {
  let guard: Sqlite.Database | undefined;
  try {
    guard = new Sqlite(target, { fileMustExist: true, timeout: 0 });
    guard.pragma('locking_mode = EXCLUSIVE');
    guard.exec('BEGIN EXCLUSIVE; COMMIT');
    // out of WAL: the old file's log is folded in and removed under the lock, and closing the guard
    // later deletes no log beside the restored file
    guard.pragma('journal_mode = DELETE');
    guard.exec('BEGIN EXCLUSIVE; COMMIT');
    return guard;
  } catch (e) {
    guard?.close();
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
      ? `${target} is in use (is \`tonus serve\` running on it?); stop every server using it, then restore`
      : `${target}: cannot take the database for the restore (${e instanceof Error ? e.message : String(e)})`;
  }
}

/**
 * Replaces `target` with the backup in `file`, refused while any process (a server) has `target` open.
 * The restored copy is staged beside it and renamed over it while the old file is held exclusively.
 */
export async function restoreSqlite(file: string, target: string): Promise<string | null> {
  const problem = checkBackup(file);
  if (problem !== null) {
    return problem;
  }
  const guard = existsSync(target) ? takeExclusively(target) : null;
  if (typeof guard === 'string') {
    return guard;
  }
  try {
    const source = new Sqlite(file, { readonly: true, fileMustExist: true });
    const staging = `${target}.restoring`;
    rmSync(staging, { force: true });
    try {
      await source.backup(staging);
    } finally {
      source.close();
    }
    // no connection uses the old file (the guard holds it), so no log beside it is live
    for (const suffix of ['-wal', '-shm', '-journal']) {
      rmSync(`${target}${suffix}`, { force: true });
    }
    renameSync(staging, target);
    return null;
  } finally {
    guard?.close();
  }
}
