/**
 * @module A clinician's write holds the patient's assignment until its commit, seen from a second
 * connection. PostgreSQL (READ COMMITTED): a DELETE of the assignment issued while the write's transaction
 * holds it waits for that commit; a DELETE not yet committed when the write looks is waited for, then
 * seen (the write refused, nothing stored, the denial audited), or, rolled back, not seen. SQLite: the
 * write's transaction excludes every other writer, so the DELETE cannot run until the commit.
 * Synchronised on what the databases show (a lock wait, a busy error), never on time.
 */
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ok, type Result } from '../../src/domain/shared/index.js';
import {
  transactOnPatient,
  type PatientAccess,
  type RequestContext,
} from '../../src/app/shared/index.js';
import {
  assignPatient,
  registerPatient,
  useService,
  type Principal,
  type ServiceFixture,
} from '../support/service.js';

function actorOf(by: Principal): PatientAccess['actor'] {
  return {
    kind: 'user',
    userId: by.userId,
    role: by.role,
    patientId: by.patientId,
    sessionHash: 'unused',
  };
}

/** A gate a unit of work waits at, and the news that it got there. */
function gate(): { reached: Promise<void>; at: () => Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  let reach: () => void = () => undefined;
  const opened = new Promise<void>((r) => (open = r));
  const reached = new Promise<void>((r) => (reach = r));
  return {
    reached,
    at: () => {
      reach();
      return opened;
    },
    open,
  };
}

/** Asks `probe` until it answers true; a bounded number of times, each after a short pause. */
async function until(what: string, probe: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 2000; i += 1) {
    if (await probe()) {
      return;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`never: ${what}`);
}

/** A plan written by `by` on `patientId` through `transactOnPatient`, waiting at `g` once inserted. */
function planWrite(
  f: ServiceFixture,
  by: Principal,
  patientId: string,
  requestId: string,
  g?: ReturnType<typeof gate>,
): Promise<Result<string>> {
  const ctx: RequestContext = { actor: actorOf(by), requestId };
  const access: PatientAccess = { actor: actorOf(by), patientId };
  return transactOnPatient(f.s.deps, ctx, access, 'plan.create', async (tx) => {
    const id = f.s.deps.ids.newId();
    await tx.plans.insert({
      id,
      patientId,
      body: { selfCare: [], goals: [requestId] },
      createdAt: f.s.deps.clock.now(),
      createdBy: by.userId,
    });
    await g?.at();
    return ok(id);
  });
}

async function plansOf(f: ServiceFixture, patientId: string): Promise<number> {
  const rows = await f.s.store.db
    .selectFrom('plans')
    .select('id')
    .where('patient_id', '=', patientId)
    .execute();
  return rows.length;
}

async function auditOf(f: ServiceFixture, requestId: string) {
  return f.s.store.db
    .selectFrom('audit_log')
    .select(['outcome', 'resource_type', 'resource_id', 'patient_id'])
    .where('request_id', '=', requestId)
    .execute();
}

describe('on postgres, the assignment is held FOR SHARE until the write commits', () => {
  const f = useService('postgres', { world: true });
  let other: pg.Client;
  let probe: pg.Client;
  let otherPid: number;

  const DELETE = 'delete from assignments where clinician_id = $1 and patient_id = $2';

  beforeAll(async () => {
    const url = f.db.env.DATABASE_URL;
    other = new pg.Client({ connectionString: url });
    probe = new pg.Client({ connectionString: url });
    await other.connect();
    await probe.connect();
    otherPid = (await other.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]
      ?.pid as number;
  });
  afterAll(async () => {
    await other.end();
    await probe.end();
  });

  /** Whether the backend `pid` is waiting for a lock that another session holds. */
  const blocked = async (pid: number): Promise<boolean> => {
    const r = await probe.query<{ n: number }>('select cardinality(pg_blocking_pids($1)) as n', [
      pid,
    ]);
    return (r.rows[0]?.n ?? 0) > 0;
  };

  /** The backend running the write's `FOR SHARE` lookup, once it waits for a lock. */
  const waitingShareLookup = async (): Promise<boolean> => {
    const r = await probe.query<{ pid: number }>(
      `select pid from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and query ilike '%from "assignments"%for share%'
          and cardinality(pg_blocking_pids(pid)) > 0`,
    );
    return r.rows.length > 0;
  };

  /** Runs `then` while the other connection's transaction is open, and ends it with `end` (rollback on failure). */
  const endingWith = async (end: 'commit' | 'rollback', then: () => Promise<void>) => {
    try {
      await then();
    } catch (e) {
      await other.query('rollback');
      throw e;
    }
    await other.query(end);
  };

  test('a DELETE issued while the write holds the assignment waits until the write commits', async () => {
    const patient = await registerPatient(f.s, 'Patient Held');
    const pid = patient.patientId ?? '';
    await assignPatient(f.s, f.w.admin, f.w.clinician, patient);
    const g = gate();
    const write = planWrite(f, f.w.clinician, pid, 'held-write', g);
    await g.reached;
    let deleted = false;
    const del = other.query(DELETE, [f.w.clinician.userId, pid]).then((r) => {
      deleted = true;
      return r;
    });
    try {
      await until('the DELETE waits for a lock', () => blocked(otherPid));
      expect(deleted).toBe(false);
    } finally {
      g.open();
    }
    const written = await write;
    expect(written.ok).toBe(true);
    expect((await del).rowCount).toBe(1);
    // the write committed with the assignment in place; the end came after it
    expect(await plansOf(f, pid)).toBe(1);
    expect(await auditOf(f, 'held-write')).toEqual([]);
  });

  test('a DELETE not yet committed when the write looks: the write waits, then is refused, stores nothing and audits the denial', async () => {
    const patient = await registerPatient(f.s, 'Patient Ending');
    const pid = patient.patientId ?? '';
    await assignPatient(f.s, f.w.admin, f.w.clinician, patient);
    await other.query('begin');
    expect((await other.query(DELETE, [f.w.clinician.userId, pid])).rowCount).toBe(1);
    const write = planWrite(f, f.w.clinician, pid, 'late-write');
    await endingWith('commit', () => until('the write waits for the DELETE', waitingShareLookup));
    expect(await write).toEqual({
      ok: false,
      issues: [{ code: 'record.not_found', path: [], params: { resource: 'patient' } }],
    });
    expect(await plansOf(f, pid)).toBe(0);
    expect(await auditOf(f, 'late-write')).toEqual([
      { outcome: 'denied', resource_type: 'patient', resource_id: pid, patient_id: null },
    ]);
  });

  test('a DELETE rolled back while the write waited: the write goes on and is stored', async () => {
    const patient = await registerPatient(f.s, 'Patient Kept');
    const pid = patient.patientId ?? '';
    await assignPatient(f.s, f.w.admin, f.w.clinician, patient);
    await other.query('begin');
    await other.query(DELETE, [f.w.clinician.userId, pid]);
    const write = planWrite(f, f.w.clinician, pid, 'kept-write');
    await endingWith('rollback', () => until('the write waits for the DELETE', waitingShareLookup));
    expect((await write).ok).toBe(true);
    expect(await plansOf(f, pid)).toBe(1);
  });
});

describe('on sqlite, the write transaction excludes the DELETE until its commit', () => {
  const f = useService('sqlite', { world: true });

  test('another connection cannot end the assignment while the write is open, and can once it committed', async () => {
    const patient = await registerPatient(f.s, 'Patient Locked');
    const pid = patient.patientId ?? '';
    await assignPatient(f.s, f.w.admin, f.w.clinician, patient);
    const file = f.s.store.sqlite?.name ?? '';
    const other = new Sqlite(file);
    try {
      other.pragma('busy_timeout = 0');
      const del = other.prepare(
        'delete from assignments where clinician_id = ? and patient_id = ?',
      );
      const g = gate();
      const write = planWrite(f, f.w.clinician, pid, 'sqlite-write', g);
      await g.reached;
      expect(() => del.run(f.w.clinician.userId, pid)).toThrow(/locked|busy/i);
      g.open();
      expect((await write).ok).toBe(true);
      expect(del.run(f.w.clinician.userId, pid).changes).toBe(1);
      expect(await plansOf(f, pid)).toBe(1);
    } finally {
      other.close();
    }
  });
});
