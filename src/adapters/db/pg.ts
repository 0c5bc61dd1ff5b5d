/**
 * @module The PostgreSQL side of the store: hot statements as named prepared statements (parsed and
 * planned once per connection, not at every call), a Kysely instance over one pooled connection (for
 * the group commit's transaction), and the audit entries of the reads of one turn written by one insert.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { auditValues, AUDIT_COLUMNS } from './repositories.js';
import type { AuditEntry } from '../../domain/records/index.js';
import type { Database } from './schema.js';
import type { HotQuery, RunQuery } from './sqlite.js';

/** How long a request waits for a database connection before it is answered 503. */
export const CONNECT_TIMEOUT_MS = 10_000;

/** Reads' audit entries written by one insert at most. */
const MAX_BATCH = 500;

const names = new Map<string, string>();

/** The name a statement is prepared under on every connection: one per text, for the process's life. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `tonus_${String(names.size + 1)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * The store's connection pool. A write is acknowledged once its commit is on disk, so every connection
 * commits with `synchronous_commit=on`, whatever the server, the database, the role or the connection
 * string set as the default: with `off` PostgreSQL answers COMMIT before the log is flushed, and a crash
 * then could lose writes already acknowledged. The pool sets it on each new connection before handing it
 * out (pg-pool's `onConnect` is awaited); a connection that cannot take it is closed and its request fails.
 *
 * A connection that cannot be had within {@link CONNECT_TIMEOUT_MS} (a server that does not answer, or every
 * connection busy that long) fails its request, answered 503, rather than holding it for minutes. An idle
 * connection the server ends (a restart, an administrator) is reported to `lost` and dropped by the pool;
 * the next request opens a new one. Without that listener Node would end the whole process on it.
 */
export function durablePool(url: string, max: number, lost: (e: Error) => void): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // pg-pool 3.14 awaits it before handing the connection out (index.js `_acquireClient`); @types/pg says void
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    onConnect: async (client: pg.ClientBase) => {
      await client.query('SET synchronous_commit TO on');
    },
  });
  pool.on('error', lost);
  return pool;
}

/** Runs the compiled hot statements as named prepared statements on `on` (the pool or one connection). */
export function preparedRunner(on: pg.Pool | pg.PoolClient): RunQuery {
  return async <R>(q: HotQuery<R>) => {
    const r = await on.query({ name: nameOf(q.sql), text: q.sql, values: [...q.parameters] });
    return { rows: r.rows as R[] };
  };
}

/** Kysely over `client` alone: every query of the group's transaction runs on its connection. */
export function kyselyOn(client: pg.PoolClient): Kysely<Database> {
  const held = {
    query: client.query.bind(client),
    // the group commit releases the connection itself, once its transaction has ended
    release: () => undefined,
  };
  return new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: { connect: () => Promise.resolve(held), end: () => Promise.resolve() },
    }),
  });
}

// one row per element of the arrays: a single statement text (prepared once) for any number of entries
const BATCH_INSERT = `insert into audit_log (${AUDIT_COLUMNS.join(', ')}) select * from unnest(${AUDIT_COLUMNS.map(
  (_, i) => `$${String(i + 1)}::text[]`,
).join(', ')})`;

interface Queued {
  readonly entry: AuditEntry;
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

/**
 * Writes the audit entries of the reads of one turn of the event loop with one autocommitted insert,
 * and settles each once that commit is on disk (`synchronous_commit=on`: PostgreSQL shows a commit to
 * others only after its flush). If the insert fails, each entry is tried alone, so one bad entry fails
 * its own read only.
 */
export function auditBatcher(pool: pg.Pool): {
  append: (e: AuditEntry) => Promise<void>;
  idle: () => Promise<void>;
} {
  let queue: Queued[] = [];
  let scheduled = false;
  const running = new Set<Promise<void>>();
  const insert = (entries: readonly AuditEntry[]): Promise<unknown> => {
    const columns = AUDIT_COLUMNS.map(() => [] as unknown[]);
    for (const e of entries) {
      auditValues(e).forEach((v, i) => columns[i]?.push(v));
    }
    return pool.query({ name: 'tonus_audit_batch', text: BATCH_INSERT, values: columns });
  };
  const write = async (batch: readonly Queued[]): Promise<void> => {
    try {
      await insert(batch.map((q) => q.entry));
      for (const q of batch) {
        q.resolve();
      }
    } catch (e) {
      if (batch.length === 1) {
        batch[0]?.reject(e);
        return;
      }
      await Promise.all(
        batch.map((q) =>
          insert([q.entry]).then(
            () => {
              q.resolve();
            },
            (err: unknown) => {
              q.reject(err);
            },
          ),
        ),
      );
    }
  };
  const flush = (): void => {
    scheduled = false;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      const p = write(batch).finally(() => running.delete(p));
      running.add(p);
    }
  };
  return {
    append: (entry) =>
      new Promise<void>((resolve, reject) => {
        queue.push({ entry, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }),
    async idle() {
      while (scheduled || running.size > 0) {
        await Promise.all([...running, new Promise((r) => setImmediate(r))]);
      }
    },
  };
}
