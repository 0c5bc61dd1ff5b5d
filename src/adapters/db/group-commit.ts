/**
 * @module Group commit for SQLite, the one writer of a single-writer database. Requests' units of work
 * queue up; each turn of the event loop runs the waiting ones in one `BEGIN IMMEDIATE … COMMIT`, each in
 * its own savepoint (a failed or throwing unit rolls back itself only, never half-stored, never another's
 * failure; a read's audit entry, one statement, needs none). The commit goes to the operating system at once; an `fdatasync` of the log, started right
 * after it on a thread of libuv's pool, makes the group durable, and only then does any unit of the group
 * settle. While the disk works the event loop goes on serving, and the next groups execute, commit and
 * start their own flush (a few at most at once). A flush covers every group committed before it
 * started, so whichever flush returns first acknowledges all of those. A write costs the disk one flush
 * per group, and the event loop none. The audit entry of a read (`record`) is answered once its group is
 * committed and every earlier write is on disk, without waiting for its own flush.
 */
import type Sqlite from 'better-sqlite3';
import type { Result } from '../../domain/shared/index.js';
import type { Repos } from '../../app/shared/index.js';
import { IdleWaiters } from './idle-waiters.js';

/** Units sharing one commit at most; bounds how long one group holds the event loop. */
const MAX_GROUP = 256;
/** Read audit entries sharing one commit at most (one short statement each). */
const MAX_RECORDS = 1024;
/** Flushes running at once; libuv's pool (4 threads) must keep room for scrypt and file work. */
const MAX_FLUSHES = 2;

/** A unit of work (`submit`): answered once a flush covering its group returned. */
interface Pending {
  readonly work: (tx: Repos) => Promise<Result<unknown>>;
  readonly resolve: (r: Result<unknown>) => void;
  readonly reject: (e: unknown) => void;
}

/**
 * A read's audit entry (`record`): one statement, run synchronously in the group without a savepoint
 * (SQLite undoes a failed statement by itself). It is answered once its group is committed (in the
 * operating system, so a killed process keeps it) and every unit of work committed in an earlier group
 * is on disk: the read never waits for its own entry's flush (the next flush makes it durable, a few
 * milliseconds later, and only a power cut in between can lose it), yet it is never answered with data
 * that a power cut could still take back.
 */
interface Recorded {
  readonly statement: () => void;
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

/** A unit whose group is committed, waiting for a flush: how to tell its caller. */
interface Waiting {
  readonly settle: () => void;
  readonly reject: (e: unknown) => void;
}

/** A committed group, numbered in commit order. */
interface Committed {
  readonly seq: number;
  readonly units: readonly Waiting[];
}

/** The transaction statements, prepared once. */
interface Control {
  readonly begin: Sqlite.Statement;
  readonly commit: Sqlite.Statement;
  readonly rollback: Sqlite.Statement;
  readonly savepoint: Sqlite.Statement;
  readonly rollbackTo: Sqlite.Statement;
  readonly release: Sqlite.Statement;
}

export class GroupCommit {
  private readonly conn: Sqlite.Database;
  private readonly control: Control;
  private readonly repos: Repos;
  private readonly sync: () => Promise<void>;
  private readonly beforeBegin: () => void;
  private queue: Pending[] = [];
  private records: Recorded[] = [];
  private executing = false;
  /** Committed to the operating system, waiting for a flush to reach the disk, in commit order. */
  private committed: Committed[] = [];
  /** Groups committed so far; a flush started now covers every one of them. */
  private committedSeq = 0;
  /** The last group holding a unit of work: what a record of a later group waits for. */
  private dataSeq = 0;
  /** The last group a returned flush covered. */
  private durableSeq = 0;
  /** Records waiting for an earlier group's flush, in the order of that group. */
  private afterData: Committed[] = [];
  /** The last group some started flush covers. */
  private requestedSeq = 0;
  private flushing = 0;
  /** Set once a flush failed: what was committed since may not be on disk, so nothing more is promised. */
  private broken: Error | null = null;
  private readonly idleWaiters = new IdleWaiters();

  /**
   * `conn` must be written by this writer only; `repos` run on it; `sync` makes every commit written
   * before the call durable (`fdatasync` of the WAL); `beforeBegin` ends whatever read transaction the
   * reads of this turn hold open on `conn` (see `readsConnection`), so the group's own can begin.
   */
  constructor(
    conn: Sqlite.Database,
    repos: Repos,
    sync: () => Promise<void>,
    beforeBegin: () => void = () => undefined,
  ) {
    this.conn = conn;
    this.control = {
      begin: conn.prepare('BEGIN IMMEDIATE'),
      commit: conn.prepare('COMMIT'),
      rollback: conn.prepare('ROLLBACK'),
      savepoint: conn.prepare('SAVEPOINT unit'),
      rollbackTo: conn.prepare('ROLLBACK TO unit'),
      release: conn.prepare('RELEASE unit'),
    };
    this.repos = repos;
    this.sync = sync;
    this.beforeBegin = beforeBegin;
  }

  /** Runs `work` in the next group, in a savepoint of its own; settles once its group is on disk. */
  submit<T>(work: (tx: Repos) => Promise<Result<T>>): Promise<Result<T>> {
    if (this.broken !== null) {
      return Promise.reject(this.broken);
    }
    return new Promise<Result<T>>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (r: Result<unknown>) => void, reject });
      this.kick();
    });
  }

  /**
   * Runs `statement` (one synchronous statement on the writer: a read's audit entry) in the next group;
   * settles once that group is committed and every earlier unit of work is on disk (`Recorded`).
   */
  record(statement: () => void): Promise<void> {
    if (this.broken !== null) {
      return Promise.reject(this.broken);
    }
    return new Promise<void>((resolve, reject) => {
      this.records.push({ statement, resolve, reject });
      this.kick();
    });
  }

  /** Resolves once nothing is queued, executing or waiting for the disk (before closing the store). */
  idle(): Promise<void> {
    return this.idleWaiters.wait(this.isIdle());
  }

  private isIdle(): boolean {
    return (
      this.queue.length === 0 &&
      this.records.length === 0 &&
      !this.executing &&
      this.flushing === 0 &&
      this.committed.length === 0 &&
      this.afterData.length === 0
    );
  }

  private kick(): void {
    if (!this.executing && (this.queue.length > 0 || this.records.length > 0)) {
      this.executing = true;
      // one turn of the event loop: every request that reached this point by then shares the commit
      setImmediate(() => {
        void this.execute();
      });
    }
  }

  private async execute(): Promise<void> {
    const group = this.queue.splice(0, MAX_GROUP);
    const records = this.records.splice(0, MAX_RECORDS);
    if (this.broken !== null) {
      // queued before the failure: not executed, so nothing of it is stored
      for (const p of [...group, ...records]) {
        p.reject(this.broken);
      }
      this.executing = false;
      this.kick();
      this.settleIdle();
      return;
    }
    const { begin, commit, rollback, savepoint, rollbackTo, release } = this.control;
    const done: Waiting[] = [];
    const early: Waiting[] = [];
    try {
      this.beforeBegin();
      begin.run();
      for (const p of group) {
        savepoint.run();
        try {
          const r = await p.work(this.repos);
          if (!r.ok) {
            rollbackTo.run();
          }
          done.push({
            settle: () => {
              p.resolve(r);
            },
            reject: p.reject,
          });
        } catch (e) {
          rollbackTo.run();
          done.push({
            settle: () => {
              p.reject(e);
            },
            reject: p.reject,
          });
        } finally {
          release.run();
        }
      }
      // a record is one statement, which SQLite undoes by itself when it fails: a savepoint (two more
      // statements) would only cost the read it audits; nor does it wait for a promise of its own
      for (const r of records) {
        try {
          r.statement();
          early.push({ settle: r.resolve, reject: r.reject });
        } catch (e) {
          early.push({
            settle: () => {
              r.reject(e);
            },
            reject: r.reject,
          });
        }
      }
      commit.run();
      this.committedSeq += 1;
      this.committed.push({ seq: this.committedSeq, units: done });
      // what the reads before this group may have shown: data of earlier groups, perhaps not yet on disk
      const shown = this.dataSeq;
      if (done.length > 0) {
        this.dataSeq = this.committedSeq;
      }
      if (shown <= this.durableSeq) {
        for (const w of early) {
          w.settle();
        }
      } else if (early.length > 0) {
        this.afterData.push({ seq: shown, units: early });
      }
    } catch (e) {
      // BEGIN, a savepoint or COMMIT itself failed (disk full, I/O error): nothing of the group is stored
      if (this.conn.inTransaction) {
        rollback.run();
      }
      for (const p of [...group, ...records]) {
        p.reject(e);
      }
    } finally {
      this.executing = false;
      this.kick();
      this.flush();
    }
  }

  private flush(): void {
    if (this.broken !== null) {
      this.fail(this.broken);
    } else if (this.requestedSeq < this.committedSeq && this.flushing < this.flushLimit()) {
      const covers = this.committedSeq;
      this.requestedSeq = covers;
      this.flushing += 1;
      this.sync().then(
        () => {
          this.flushing -= 1;
          this.durable(covers);
        },
        (e: unknown) => {
          this.flushing -= 1;
          // after a failed fsync the kernel may have dropped the dirty pages; a later fsync can succeed
          // without them, so this store promises nothing more (the operator restarts the server)
          this.broken ??= new Error('the database log could not be written to disk', { cause: e });
          this.flush();
        },
      );
    }
    this.settleIdle();
  }

  /**
   * Flushes allowed at once now. While a durable write waits for a flush not yet started, two (it gets one
   * at once). When only audit entries of reads (already answered) are not yet covered, one: the flush
   * running now is followed straight away by one covering them, so they reach the disk within two
   * flushes, and a load of reads costs the disk (and the processor) half the flushes.
   */
  private flushLimit(): number {
    return this.dataSeq > this.requestedSeq ? MAX_FLUSHES : 1;
  }

  /** Every group up to `seq` is on disk: its units are told how they ended. */
  private durable(seq: number): void {
    this.durableSeq = Math.max(this.durableSeq, seq);
    for (const list of [this.committed, this.afterData]) {
      while (list.length > 0 && (list[0]?.seq ?? Infinity) <= seq) {
        for (const w of list.shift()?.units ?? []) {
          w.settle();
        }
      }
    }
    this.flush();
  }

  private fail(e: Error): void {
    const groups = [...this.committed, ...this.afterData];
    this.committed = [];
    this.afterData = [];
    for (const g of groups) {
      for (const w of g.units) {
        w.reject(e);
      }
    }
  }

  private settleIdle(): void {
    this.idleWaiters.settle(this.isIdle());
  }
}
