/**
 * @module Group commit for SQLite, the one writer of a single-writer database. Requests' units of work
 * queue up; each turn of the event loop runs the waiting ones in one `BEGIN IMMEDIATE … COMMIT`, each in
 * its own savepoint (a failed or throwing unit rolls back itself only, never half-stored, never another's
 * failure). The commit goes to the operating system at once; one `fdatasync` of the log then makes the
 * whole group durable on a thread of libuv's pool, and only then does any unit of the group settle. While
 * that flush runs, the event loop goes on serving and the next group already executes and commits; it
 * waits for the next flush. So a write costs the disk one flush per group, and the event loop none.
 */
import type Sqlite from 'better-sqlite3';
import type { Result } from '../../domain/shared/index.js';
import type { Repos } from '../../app/shared/index.js';

/** Units sharing one commit at most; bounds how long one group holds the event loop. */
const MAX_GROUP = 256;

interface Pending {
  readonly work: (tx: Repos) => Promise<Result<unknown>>;
  readonly resolve: (r: Result<unknown>) => void;
  readonly reject: (e: unknown) => void;
}

/** How a unit ended, told to its caller once the group is durable. */
type Settle = () => void;

interface Waiting {
  readonly settle: Settle;
  readonly reject: (e: unknown) => void;
}

export class GroupCommit {
  private readonly conn: Sqlite.Database;
  private readonly repos: Repos;
  private readonly sync: () => Promise<void>;
  private queue: Pending[] = [];
  private executing = false;
  /** Committed to the operating system, waiting for the next flush to reach the disk. */
  private committed: Waiting[] = [];
  private syncing = false;
  /** Set once a flush failed: what was committed since may not be on disk, so nothing more is promised. */
  private broken: Error | null = null;
  private idleWaiters: (() => void)[] = [];

  /**
   * `conn` must be used by this writer only; `repos` run on it; `sync` makes every commit written so far
   * durable (`fdatasync` of the WAL).
   */
  constructor(conn: Sqlite.Database, repos: Repos, sync: () => Promise<void>) {
    this.conn = conn;
    this.repos = repos;
    this.sync = sync;
  }

  submit<T>(work: (tx: Repos) => Promise<Result<T>>): Promise<Result<T>> {
    if (this.broken !== null) {
      return Promise.reject(this.broken);
    }
    return new Promise<Result<T>>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (r: Result<unknown>) => void, reject });
      this.kick();
    });
  }

  /** Resolves once nothing is queued, executing or waiting for the disk (before closing the store). */
  idle(): Promise<void> {
    if (this.isIdle()) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return (
      this.queue.length === 0 && !this.executing && !this.syncing && this.committed.length === 0
    );
  }

  private kick(): void {
    if (!this.executing && this.queue.length > 0) {
      this.executing = true;
      // one turn of the event loop: every request that reached this point by then shares the commit
      setImmediate(() => {
        void this.execute();
      });
    }
  }

  private async execute(): Promise<void> {
    const group = this.queue.splice(0, MAX_GROUP);
    const done: Waiting[] = [];
    try {
      this.conn.exec('BEGIN IMMEDIATE');
      for (const p of group) {
        this.conn.exec('SAVEPOINT unit');
        try {
          const r = await p.work(this.repos);
          if (!r.ok) {
            this.conn.exec('ROLLBACK TO unit');
          }
          done.push({
            settle: () => {
              p.resolve(r);
            },
            reject: p.reject,
          });
        } catch (e) {
          this.conn.exec('ROLLBACK TO unit');
          done.push({
            settle: () => {
              p.reject(e);
            },
            reject: p.reject,
          });
        } finally {
          this.conn.exec('RELEASE unit');
        }
      }
      this.conn.exec('COMMIT');
      this.committed.push(...done);
    } catch (e) {
      // BEGIN, a savepoint or COMMIT itself failed (disk full, I/O error): nothing of the group is stored
      if (this.conn.inTransaction) {
        this.conn.exec('ROLLBACK');
      }
      for (const p of group) {
        p.reject(e);
      }
    } finally {
      this.executing = false;
      this.kick();
      this.flush();
    }
  }

  private flush(): void {
    if (this.syncing || this.committed.length === 0) {
      this.settleIdle();
      return;
    }
    const group = this.committed;
    this.committed = [];
    if (this.broken !== null) {
      this.fail(group, this.broken);
      return;
    }
    this.syncing = true;
    this.sync().then(
      () => {
        for (const w of group) {
          w.settle();
        }
        this.afterSync();
      },
      (e: unknown) => {
        // after a failed fsync the kernel may have dropped the dirty pages; a later fsync can succeed
        // without them, so this store promises nothing more (the operator restarts the server)
        this.broken = new Error('the database log could not be written to disk', { cause: e });
        this.fail(group, this.broken);
        this.afterSync();
      },
    );
  }

  private afterSync(): void {
    this.syncing = false;
    this.flush();
  }

  private fail(group: readonly Waiting[], e: Error): void {
    for (const w of group) {
      w.reject(e);
    }
    this.flush();
  }

  private settleIdle(): void {
    if (this.isIdle()) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) {
        w();
      }
    }
  }
}
