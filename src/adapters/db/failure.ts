/** @module Why the database failed, from an error: the operator's words at start-up, 503 to a request after it. */
import type { DatabaseFailure } from '../../domain/records/index.js';

/**
 * node-postgres's own errors when a connection ends or none can be had in time carry no code, only these
 * messages (pg `client.js`, pg-pool `index.js`).
 */
const PG_CONNECTION_LOST =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** Why opening the database failed, from the error's code (Node's, PostgreSQL's SQLSTATE, SQLite's); `null` for a bug. */
export function databaseFailureOf(e: unknown): DatabaseFailure | null {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === '3D000') {
    return 'no_database';
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return 'unknown_host';
  }
  // SQLSTATE class 28: invalid authorization (a wrong password, a user the server does not know)
  if (code.startsWith('28')) {
    return 'login_refused';
  }
  // class 08: connection exception; 57P01-57P03: the server ended the connection (an administrator, a
  // crash, a shutdown) or is starting up or shutting down
  if (
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'EHOSTUNREACH',
      'ENETUNREACH',
      '57P01',
      '57P02',
      '57P03',
    ].includes(code) ||
    code.startsWith('08') ||
    (code === '' && e instanceof Error && PG_CONNECTION_LOST.test(e.message))
  ) {
    return 'no_server';
  }
  if (
    [
      'EACCES',
      'EPERM',
      'EROFS',
      '42501',
      'SQLITE_CANTOPEN',
      'SQLITE_READONLY',
      'SQLITE_PERM',
    ].includes(code)
  ) {
    return 'not_permitted';
  }
  // class 53: insufficient resources (too many connections, a full disk)
  if (['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'ENOSPC'].includes(code) || code.startsWith('53')) {
    return 'other';
  }
  return null;
}

/**
 * The failures that mean the database cannot be reached at all just now (as opposed to a refused permission
 * or a damaged file): a request meeting one is answered 503, to be tried again, not 500.
 */
export function isDatabaseUnreachable(e: unknown): boolean {
  const f = databaseFailureOf(e);
  return f === 'no_server' || f === 'no_database' || f === 'unknown_host' || f === 'login_refused';
}
