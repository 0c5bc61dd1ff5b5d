/**
 * @module A clinician's write racing the end of their assignment, on both databases, made deterministic:
 * the store the HTTP server is given ends the assignment right after `openPatient` saw it (its lookup of
 * the assignment returns "yes" once the end is committed), before the write's transaction begins. Every
 * record-creating route on a patient then answers as to a clinician never assigned (the same 404), stores
 * nothing, and keeps one `denied` audit entry; the Idempotency-Key of the refused write stays free. In
 * one group commit, the refused unit fails no other unit that shares the commit.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ok } from '../../src/domain/shared/index.js';
import type { AuditAction } from '../../src/domain/records/index.js';
import { buildHttpServer, type HttpServer } from '../../src/adapters/http/index.js';
import {
  transactOnPatient,
  type PatientAccess,
  type RequestContext,
  type Store,
} from '../../src/app/shared/index.js';
import { VALID_BODIES } from '../support/bodies.js';
import {
  assignPatient,
  DIALECTS,
  registerPatient,
  useService,
  type Principal,
} from '../support/service.js';
import { tableCounts } from '../support/table-counts.js';

const CSV = 't,emg\n0,1\n0.001,2\n0.002,3\n0.003,4\n';

/** The write routes on one patient's data a clinician may use while assigned. */
const CLINICIAN_WRITES = [
  'PATCH /api/patients/:id',
  'POST /api/patients/:id/emg-studies',
  'POST /api/patients/:id/encounters',
  'POST /api/patients/:id/orders',
  'POST /api/patients/:id/outcomes',
  'POST /api/patients/:id/plans',
];

/**
 * `inner`, but the next time the assignment of `pair()` is looked up and found (by `openPatient`), it is
 * ended and that end committed before the lookup answers "found".
 */
function endingAfterLookup(inner: Store): {
  store: Store;
  arm: (clinicianId: string, patientId: string) => void;
  fired: () => boolean;
} {
  let armed: { clinicianId: string; patientId: string } | null = null;
  let fired = false;
  const assignments = inner.read.assignments;
  const store: Store = {
    dialect: inner.dialect,
    read: {
      ...inner.read,
      assignments: {
        ...assignments,
        async exists(clinicianId, patientId) {
          const seen = await assignments.exists(clinicianId, patientId);
          if (
            seen &&
            armed !== null &&
            armed.clinicianId === clinicianId &&
            armed.patientId === patientId
          ) {
            armed = null;
            const ended = await inner.transact(async (tx) =>
              ok(await tx.assignments.delete(clinicianId, patientId)),
            );
            fired = ended.ok && ended.value;
          }
          return seen;
        },
      },
    },
    transact: (work) => inner.transact(work),
    recordRead: (entry) => inner.recordRead(entry),
  };
  return {
    store,
    arm: (clinicianId, patientId) => {
      armed = { clinicianId, patientId };
      fired = false;
    },
    fired: () => fired,
  };
}

describe.each(DIALECTS)('a write racing the end of its assignment, on %s', (dialect) => {
  const f = useService(dialect, { world: true });
  let racing: ReturnType<typeof endingAfterLookup>;
  let http: HttpServer;

  beforeAll(async () => {
    racing = endingAfterLookup(f.s.store);
    http = await buildHttpServer(
      { ...f.s.deps, store: racing.store },
      {
        publicOrigin: null,
        maxJsonBytes: 1_000_000,
        loginPerMinute: 10_000,
        logLevel: 'silent',
        version: 'test',
      },
    );
  });
  afterAll(async () => {
    await http.app.close();
  });

  const post = (by: Principal, pattern: string, pid: string, key?: string) => {
    const [method, path] = pattern.split(' ') as ['POST' | 'PATCH', string];
    const url = path.replace(':id', pid);
    const idem = key === undefined ? {} : { 'idempotency-key': key };
    if (url.endsWith('/emg-studies')) {
      return http.app.inject({
        method: 'POST',
        url: `${url}?fileName=rest.csv`,
        headers: { ...by.headers, ...idem, 'content-type': 'application/octet-stream' },
        payload: CSV,
      });
    }
    const body = VALID_BODIES[pattern];
    if (body === undefined) {
      throw new Error(`no valid body for ${pattern}`);
    }
    return http.app.inject({
      method,
      url,
      headers: { ...by.headers, ...idem },
      payload: body(),
    });
  };

  const auditOf = (requestId: unknown) =>
    f.s.store.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'actor_id', 'resource_type', 'resource_id', 'patient_id'])
      .where('request_id', '=', String(requestId))
      .execute();

  /** The problem body without what names the request itself. */
  const problemOf = (body: string) => {
    const {
      instance: _instance,
      requestId: _requestId,
      ...rest
    } = JSON.parse(body) as Record<string, unknown>;
    return rest;
  };

  /** The counts `before` with the assignment ended: what the race changes, and nothing else. */
  const oneAssignmentLess = (before: Record<string, number>) => ({
    ...before,
    assignments: (before.assignments ?? Number.NaN) - 1,
  });

  const patientRoutes = () =>
    http.registered
      .filter(
        (r) =>
          (r.method === 'POST' || r.method === 'PATCH') && r.url.startsWith('/api/patients/:id'),
      )
      .map((r) => `${r.method} ${r.url}`);

  test('every write route on a patient: the assignment ended after the check stores nothing, answers the never-assigned 404 and audits the denial', async () => {
    const routes = patientRoutes();
    expect(routes).toEqual(expect.arrayContaining(CLINICIAN_WRITES));
    const patient = await registerPatient(f.s, 'Patient Raced');
    const pid = patient.patientId ?? '';
    const tested: string[] = [];
    for (const route of routes) {
      if (!CLINICIAN_WRITES.includes(route)) {
        // a patient-only route: the clinician is refused (403) whatever happens to the assignment
        await assignPatient(f.s, f.w.admin, f.w.clinician, patient);
        racing.arm(f.w.clinician.userId, pid);
        const before = await tableCounts(f.s);
        const r = await post(f.w.clinician, route, pid);
        expect(r.statusCode, route).toBe(403);
        expect(await tableCounts(f.s), route).toEqual(oneAssignmentLess(before));
        continue;
      }
      // assigned, the clinician may write here
      await assignPatient(f.s, f.w.admin, f.w.clinician, patient);
      expect((await post(f.w.clinician, route, pid)).statusCode, route).toBe(
        route.startsWith('PATCH') ? 200 : 201,
      );

      // a clinician never assigned to this patient
      const never = await post(f.w.otherClinician, route, pid);
      expect(never.statusCode, route).toBe(404);

      if (route.startsWith('PATCH')) {
        // a change, not a new row: the patient clears it first, so a stored change would show
        const cleared = await http.app.inject({
          method: 'PATCH',
          url: `/api/patients/${pid}`,
          headers: patient.headers,
          payload: { birthDate: null, sex: null },
        });
        expect(cleared.statusCode).toBe(200);
      }
      racing.arm(f.w.clinician.userId, pid);
      const before = await tableCounts(f.s);
      const r = await post(f.w.clinician, route, pid);
      expect(racing.fired(), route).toBe(true);
      if (route.startsWith('PATCH')) {
        const row = await f.s.store.db
          .selectFrom('patients')
          .select(['birth_date', 'sex'])
          .where('id', '=', pid)
          .executeTakeFirst();
        expect(row, route).toEqual({ birth_date: null, sex: null });
      }
      expect(r.statusCode, route).toBe(404);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(problemOf(r.body), route).toEqual(problemOf(never.body));
      // nothing stored: only the assignment's end
      expect(await tableCounts(f.s), route).toEqual(oneAssignmentLess(before));
      // one entry, the denial, as the never-assigned clinician's
      const action = (await auditOf(never.headers['x-request-id']))[0]?.action as AuditAction;
      expect(await auditOf(never.headers['x-request-id']), route).toEqual([
        {
          action,
          outcome: 'denied',
          actor_id: f.w.otherClinician.userId,
          resource_type: 'patient',
          resource_id: pid,
          patient_id: null,
        },
      ]);
      expect(await auditOf(r.headers['x-request-id']), route).toEqual([
        {
          action,
          outcome: 'denied',
          actor_id: f.w.clinician.userId,
          resource_type: 'patient',
          resource_id: pid,
          patient_id: null,
        },
      ]);
      tested.push(route);
    }
    expect(tested.sort()).toEqual(CLINICIAN_WRITES);
  });

  test('the Idempotency-Key of a refused write stays free: given again once assigned again, it creates', async () => {
    const patient = await registerPatient(f.s, 'Patient Keyed');
    const pid = patient.patientId ?? '';
    const route = 'POST /api/patients/:id/plans';
    await assignPatient(f.s, f.w.admin, f.w.clinician, patient);
    racing.arm(f.w.clinician.userId, pid);
    const refused = await post(f.w.clinician, route, pid, 'plan-key-1');
    expect(racing.fired()).toBe(true);
    expect(refused.statusCode).toBe(404);
    await assignPatient(f.s, f.w.admin, f.w.clinician, patient);
    const again = await post(f.w.clinician, route, pid, 'plan-key-1');
    expect(again.statusCode).toBe(201);
    const replay = await post(f.w.clinician, route, pid, 'plan-key-1');
    expect(replay.statusCode).toBe(201);
    expect(JSON.parse(replay.body)).toEqual(JSON.parse(again.body));
    const plans = await f.s.store.db
      .selectFrom('plans')
      .select('id')
      .where('patient_id', '=', pid)
      .execute();
    expect(plans).toHaveLength(1);
  });

  test('in one group commit, the refused write fails none of the others sharing it', async () => {
    const ended = await registerPatient(f.s, 'Patient Ended In Group');
    const kept = await registerPatient(f.s, 'Patient Kept In Group');
    await assignPatient(f.s, f.w.admin, f.w.clinician, ended);
    await assignPatient(f.s, f.w.admin, f.w.clinician, kept);
    const endedId = ended.patientId ?? '';
    const keptId = kept.patientId ?? '';
    const ctx = (requestId: string, by: Principal): RequestContext => ({
      actor: {
        kind: 'user',
        userId: by.userId,
        role: by.role,
        patientId: by.patientId,
        sessionHash: 'unused',
      },
      requestId,
    });
    const access = (by: Principal, patientId: string): PatientAccess => ({
      actor: {
        kind: 'user',
        userId: by.userId,
        role: by.role,
        patientId: by.patientId,
        sessionHash: 'unused',
      },
      patientId,
    });
    const plan = (patientId: string, by: Principal, requestId: string) =>
      transactOnPatient(
        f.s.deps,
        ctx(requestId, by),
        access(by, patientId),
        'plan.create',
        async (tx) => {
          const id = f.s.deps.ids.newId();
          await tx.plans.insert({
            id,
            patientId,
            body: { selfCare: [], goals: [requestId] },
            createdAt: f.s.deps.clock.now(),
            createdBy: by.userId,
          });
          return ok(id);
        },
      );
    // the assignment ends (committed) after the clinician's access was opened, before the writes
    await f.s.store.transact(async (tx) =>
      ok(await tx.assignments.delete(f.w.clinician.userId, endedId)),
    );
    // submitted in one tick, before any of them is executed: the group commit runs them in one transaction
    const results = await Promise.all([
      plan(keptId, f.w.clinician, 'group-1'),
      plan(endedId, f.w.clinician, 'group-2'),
      plan(keptId, f.w.clinician, 'group-3'),
      // the patient's own write: no check again
      plan(keptId, kept, 'group-4'),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true]);
    expect(results[1]).toEqual({
      ok: false,
      issues: [{ code: 'record.not_found', path: [], params: { resource: 'patient' } }],
    });
    const goals = await f.s.store.db
      .selectFrom('plans')
      .select(['patient_id', 'body'])
      .where('patient_id', 'in', [keptId, endedId])
      .execute();
    expect(
      goals
        .map(
          (g) =>
            `${g.patient_id === keptId ? 'kept' : 'ended'}:${(JSON.parse(g.body) as { goals: string[] }).goals.join()}`,
        )
        .sort(),
    ).toEqual(['kept:group-1', 'kept:group-3', 'kept:group-4']);
    const denied = await f.s.store.db
      .selectFrom('audit_log')
      .select(['request_id', 'outcome', 'resource_id', 'patient_id'])
      .where('request_id', '=', 'group-2')
      .execute();
    expect(denied).toEqual([
      { request_id: 'group-2', outcome: 'denied', resource_id: endedId, patient_id: null },
    ]);
  });
});
