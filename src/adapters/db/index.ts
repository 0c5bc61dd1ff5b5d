/** @module The database adapter: SQLite or PostgreSQL behind one Kysely schema, migrations and repositories. */
export { openStore, type DatabaseTarget, type OpenStore } from './store.js';
export { backupSqlite, checkBackup, restoreSqlite, type BackupReport } from './backup.js';
export type { Dialect } from './schema.js';
export { databaseFailureOf, isDatabaseUnreachable } from './failure.js';
