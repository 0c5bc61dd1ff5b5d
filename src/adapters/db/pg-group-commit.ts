/**
 * @module Group commit for PostgreSQL. Every request's unit of work used to be its own transaction; on
 * one patient's chart they then ran one after another, since each holds the patient's chart stamp row
 * (renewed by a trigger) from its insert to its commit, flush of the log included. Here the units that
 * arrive in one turn of the event loop share one transaction on one pooled connection, each in its own
 * savepoint, exactly as on SQLite (`group-commit.ts`): a failed or throwing unit rolls back itself only,
 * never half-stored, never another's failure. `COMMIT` returns once the commit is on disk
 * (`synchronous_commit=on`, which the store's pool sets on every connection: `durablePool`), and only then
 * does any unit of the group settle. A few groups run at once
 * on their own connections, so the next group executes while the last one's flush is under way.
 */
import type pg from 'pg';
import type { Result } from '../../domain/shared/index.js';
import type { Repos } from '../../app/shared/index.js';
import { IdleWaiters } from './idle-waiters.js';

/**
 * Units sharing one transaction at most. PostgreSQL keeps the ids of 64 subtransactions (savepoints that
 * wrote) per transaction in shared memory; beyond that other sessions' snapshots must look them up on
 * disk, so a group stays below.
 */
const MAX_GROUP = 60;
/** Groups executing at once, each on its own pooled connection. */
const MAX_GROUPS = 2;
/**
 * A deadlock (or serialisation failure) between two servers' groups aborts one statement of one unit.
 * That unit is rolled back to its savepoint and runs again in a later group, at most this many times.
 */
const MAX_ATTEMPTS = 3;
const RETRYABLE = new Set(['40P01', '40001']);

interface Pending<Tx> {
  readonly work: (tx: Tx) => Promise<Result<unknown>>;
  readonly resolve: (r: Result<unknown>) => void;
  readonly reject: (e: unknown) => void;
  attempts: number;
}

function retryable(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/** `Tx` is what a unit works with: the store's repositories (tests give their own). */
export class PgGroupCommit<Tx = Repos> {
  private readonly pool: pg.Pool;
  private readonly reposOn: (client: pg.PoolClient) => Tx;
  private queue: Pending<Tx>[] = [];
  private executing = 0;
  private scheduled = false;
  private readonly idleWaiters = new IdleWaiters();

  /** `reposOn(client)` gives the repositories running on `client` (the group's transaction). */
  constructor(pool: pg.Pool, reposOn: (client: pg.PoolClient) => Tx) {
    this.pool = pool;
    this.reposOn = reposOn;
  }

  /** Runs `work` in the next group; settles once the group's commit is on disk (or it failed). */
  submit<T>(work: (tx: Tx) => Promise<Result<T>>): Promise<Result<T>> {
    return new Promise<Result<T>>((resolve, reject) => {
      this.queue.push({
        work,
        resolve: resolve as (r: Result<unknown>) => void,
        reject,
        attempts: 0,
      });
      this.kick();
    });
  }

  /** Resolves once nothing is queued or executing (before closing the pool). */
  idle(): Promise<void> {
    return this.idleWaiters.wait(this.isIdle());
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && this.executing === 0 && !this.scheduled;
  }

  private kick(): void {
    if (!this.scheduled && this.executing < MAX_GROUPS && this.queue.length > 0) {
      this.scheduled = true;
      // one turn of the event loop: every request that reached this point by then shares the commit
      setImmediate(() => {
        this.scheduled = false;
        const group = this.queue.splice(0, MAX_GROUP);
        if (group.length > 0) {
          this.executing += 1;
          void this.execute(group).finally(() => {
            this.executing -= 1;
            this.kick();
            this.settleIdle();
          });
        }
        this.kick();
      });
    }
  }

  private async execute(group: readonly Pending<Tx>[]): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      for (const p of group) {
        p.reject(e);
      }
      return;
    }
    const repos = this.reposOn(client);
    // one unit alone needs no savepoint: its failure rolls the whole transaction back
    const alone = group.length === 1;
    const settle: (() => void)[] = [];
    const again: Pending<Tx>[] = [];
    let broken: unknown = null;
    /** The lone unit failed and its transaction is rolled back already. */
    let rolledBack = false;
    try {
      await client.query(alone ? 'BEGIN' : 'BEGIN; SAVEPOINT unit');
      let first = true;
      for (const p of group) {
        if (!alone && !first) {
          // parameterless, so both go in one round trip
          await client.query('RELEASE unit; SAVEPOINT unit');
        }
        first = false;
        try {
          const r = await p.work(repos);
          if (!r.ok) {
            await client.query(alone ? 'ROLLBACK' : 'ROLLBACK TO unit');
            rolledBack = alone;
          }
          settle.push(() => {
            p.resolve(r);
          });
        } catch (e) {
          await client.query(alone ? 'ROLLBACK' : 'ROLLBACK TO unit');
          rolledBack = alone;
          if (retryable(e) && p.attempts + 1 < MAX_ATTEMPTS) {
            p.attempts += 1;
            again.push(p);
          } else {
            settle.push(() => {
              p.reject(e);
            });
          }
        }
      }
      if (!rolledBack) {
        // a transaction left aborted (a unit that caught its own failed statement and answered ok) is
        // rolled back by COMMIT without an error: only the command tag tells, and then nothing is stored
        const end = await client.query('COMMIT');
        if (end.command !== 'COMMIT') {
          throw new Error(`the group's transaction ended in ${end.command}, not COMMIT`);
        }
      }
    } catch (e) {
      // BEGIN, a savepoint or COMMIT failed (connection lost, disk full): nothing of the group is stored
      broken = e;
      try {
        await client.query('ROLLBACK');
      } catch {
        // the connection is unusable; it is dropped below
      }
    }
    client.release(broken instanceof Error ? broken : undefined);
    if (broken !== null) {
      for (const p of group) {
        p.reject(broken);
      }
      return;
    }
    for (const s of settle) {
      s();
    }
    if (again.length > 0) {
      // the other group holds its locks no longer: a later group runs these again
      this.queue.unshift(...again);
    }
  }

  private settleIdle(): void {
    this.idleWaiters.settle(this.isIdle());
  }
}
