/**
 * @module The authorisation matrix: every route the server registers × (anonymous, the patient, another
 * patient, the assigned clinician, an unassigned clinician, an admin) → the expected status, and an audit
 * entry for every allowed access to patient data. A new route without a row here fails the test.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import {
  DIALECTS,
  ORIGIN,
  registerPatient,
  useService,
  type Principal,
} from '../support/service.js';
import { VALID_BODIES } from '../support/bodies.js';

const WHO = [
  'anonymous',
  'patient',
  'otherPatient',
  'clinician',
  'otherClinician',
  'admin',
] as const;
type Who = (typeof WHO)[number];
type Row = readonly [
  anonymous: number,
  patient: number,
  otherPatient: number,
  clinician: number,
  otherClinician: number,
  admin: number,
];

const ALL = (s: number): Row => [s, s, s, s, s, s];
const SIGNED_IN = (s: number): Row => [401, s, s, s, s, s];
const ADMIN_ONLY = (s: number): Row => [401, 403, 403, 403, 403, s];
/** Patient data the patient and their clinicians read; everybody else is told it does not exist. */
const READ_OWN: Row = [401, 200, 404, 200, 404, 404];
const CLINICIAN_READ: Row = [401, 403, 404, 200, 404, 404];
const PATIENT_WRITES: Row = [401, 201, 404, 403, 404, 404];
const BOTH_WRITE: Row = [401, 201, 404, 201, 404, 404];
const CLINICIAN_WRITES: Row = [401, 403, 404, 201, 404, 404];
/** A change to a patient's own entry: only the patient, and a repeat answers as the first did. */
const PATIENT_CHANGES: Row = [401, 200, 404, 403, 404, 404];
/** A change to the record itself: the patient and their clinicians (an admin writes no patient data). */
const BOTH_UPDATE: Row = [401, 200, 404, 200, 404, 404];

const MATRIX: Readonly<Record<string, Row>> = {
  'GET /api/health': ALL(200),
  'GET /api/openapi.json': ALL(200),
  'POST /api/auth/register': ALL(201),
  'POST /api/auth/login': ALL(200),
  'POST /api/auth/accept-invite': ALL(201),
  'POST /api/auth/tokens': SIGNED_IN(201),
  'GET /api/me': SIGNED_IN(200),
  // each principal's own password, from the one they signed in with to a new one
  'POST /api/me/password': SIGNED_IN(204),
  'GET /api/admin/users': ADMIN_ONLY(200),
  // a spare account of nobody below: disabled, enabled again, then given reset links
  'POST /api/admin/users/:userId/disable': ADMIN_ONLY(200),
  'POST /api/admin/users/:userId/enable': ADMIN_ONLY(200),
  'POST /api/admin/users/:userId/reset-link': ADMIN_ONLY(201),
  // a fresh link of the spare account each time
  'POST /api/auth/reset-password': ALL(204),
  'POST /api/admin/invitations': ADMIN_ONLY(201),
  'POST /api/admin/assignments': ADMIN_ONLY(201),
  'GET /api/admin/assignments': ADMIN_ONLY(200),
  // the other clinician's assignment to the other patient: no row below reads through it
  'DELETE /api/admin/assignments/:clinicianId/:patientId': ADMIN_ONLY(204),
  'GET /api/admin/invitations': ADMIN_ONLY(200),
  'DELETE /api/admin/invitations/:invitationId': ADMIN_ONLY(204),
  'GET /api/audit': ADMIN_ONLY(200),
  'GET /api/patients': SIGNED_IN(200),
  'GET /api/patients/:id': READ_OWN,
  'PATCH /api/patients/:id': BOTH_UPDATE,
  'GET /api/patients/:id/summary': READ_OWN,
  'GET /api/patients/:id/diary': READ_OWN,
  'POST /api/patients/:id/diary': PATIENT_WRITES,
  'POST /api/patients/:id/diary/:entryId/entered-in-error': PATIENT_CHANGES,
  'GET /api/patients/:id/self-care': READ_OWN,
  'POST /api/patients/:id/self-care': PATIENT_WRITES,
  'GET /api/patients/:id/outcomes': READ_OWN,
  'POST /api/patients/:id/outcomes': BOTH_WRITE,
  'GET /api/patients/:id/plans': READ_OWN,
  'POST /api/patients/:id/plans': CLINICIAN_WRITES,
  'GET /api/patients/:id/orders': CLINICIAN_READ,
  'POST /api/patients/:id/orders': CLINICIAN_WRITES,
  'GET /api/patients/:id/encounters': READ_OWN,
  'POST /api/patients/:id/encounters': CLINICIAN_WRITES,
  'GET /api/patients/:id/encounters/:encounterId': READ_OWN,
  'GET /api/patients/:id/encounters/:encounterId/report.pdf': READ_OWN,
  'POST /api/interview': ALL(200),
  'POST /api/patients/:id/interviews': PATIENT_WRITES,
  // after the row above: the patient has saved a check
  'GET /api/patients/:id/interviews/latest': READ_OWN,
  'GET /api/patients/:id/emg-studies': CLINICIAN_READ,
  'POST /api/patients/:id/emg-studies': CLINICIAN_WRITES,
  'GET /api/patients/:id/emg-studies/:studyId': CLINICIAN_READ,
  'GET /api/patients/:id/emg-studies/:studyId/progress': CLINICIAN_READ,
  'GET /api/patients/:id/emg-studies/:studyId/trace': CLINICIAN_READ,
  'GET /api/patients/:id/fhir': READ_OWN,
  // a clinician imports a new patient of their own
  'POST /api/fhir/import': [401, 403, 403, 201, 201, 403],
  // CDS Hooks: open to browser sandboxes (CORS); a service call needs the EHR's JWT, never a session
  'GET /cds-services': ALL(200),
  'OPTIONS /cds-services': ALL(204),
  'OPTIONS /cds-services/:service': ALL(204),
  'POST /cds-services/:service': ALL(401),
  // last: it revokes the session it is sent with
  'POST /api/auth/logout': ALL(204),
};

/** A recording of four samples: enough for a reader to tell its rate (the trace route reads it). */
const CSV = 't,emg\n0,1\n0.001,2\n0.002,3\n0.003,4\n';

let n = 0;
const unique = (): string => `${Date.now()}-${(n += 1)}`;

describe.each(DIALECTS)('access matrix on %s', (dialect) => {
  const f = useService(dialect, { world: true });
  let encounterId: string;
  let studyId: string;
  let entryId: string;
  let invitationId: string;
  let loginEmail: string;
  let spare: Principal;

  beforeAll(async () => {
    const enc = await f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${f.w.patient.patientId}/encounters`,
      headers: f.w.clinician.headers,
      payload: VALID_BODIES['POST /api/patients/:id/encounters']?.(),
    });
    encounterId = (JSON.parse(enc.body) as { id: string }).id;
    const up = await f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${f.w.patient.patientId}/emg-studies?fileName=rest.csv`,
      headers: { ...f.w.clinician.headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(CSV),
    });
    studyId = (JSON.parse(up.body) as { id: string }).id;
    const entry = await f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${f.w.patient.patientId}/diary`,
      headers: f.w.patient.headers,
      payload: VALID_BODIES['POST /api/patients/:id/diary']?.(),
    });
    entryId = (JSON.parse(entry.body) as { id: string }).id;
    const inv = await f.s.app.inject({
      method: 'POST',
      url: '/api/admin/invitations',
      headers: f.w.admin.headers,
      payload: { email: `revoke-${unique()}@test.invalid`, name: 'Revoked', role: 'clinician' },
    });
    invitationId = (JSON.parse(inv.body) as { id: string }).id;
    spare = await registerPatient(f.s, 'Spare');
    loginEmail = `login-${unique()}@test.invalid`;
    await f.s.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email: loginEmail, password: 'correct horse battery', name: 'Login' },
    });
  });

  async function bodyFor(key: string, who: Who): Promise<object | undefined> {
    switch (key) {
      case 'POST /api/me/password':
        return {
          currentPassword:
            who === 'clinician' || who === 'otherClinician'
              ? 'another long password'
              : 'correct horse battery',
          newPassword: 'a brand new passphrase',
        };
      case 'POST /api/auth/reset-password': {
        const link = await f.s.app.inject({
          method: 'POST',
          url: `/api/admin/users/${spare.userId}/reset-link`,
          headers: f.w.admin.headers,
        });
        return {
          token: (JSON.parse(link.body) as { token: string }).token,
          newPassword: 'a brand new passphrase',
        };
      }
      case 'POST /api/auth/register':
        return {
          email: `r-${unique()}@test.invalid`,
          password: 'correct horse battery',
          name: 'New',
        };
      case 'POST /api/auth/login':
        return { email: loginEmail, password: 'correct horse battery' };
      case 'POST /api/auth/accept-invite': {
        const inv = await f.s.app.inject({
          method: 'POST',
          url: '/api/admin/invitations',
          headers: f.w.admin.headers,
          payload: { email: `i-${unique()}@test.invalid`, name: 'Invitee', role: 'clinician' },
        });
        return {
          token: (JSON.parse(inv.body) as { token: string }).token,
          password: 'another long password',
        };
      }
      case 'POST /api/admin/invitations':
        return { email: `i-${unique()}@test.invalid`, name: 'Invitee', role: 'clinician' };
      case 'POST /api/admin/assignments':
        return { clinicianId: f.w.clinician.userId, patientId: f.w.patient.patientId };
      default:
        return VALID_BODIES[key]?.();
    }
  }

  function headersOf(who: Who): Record<string, string> {
    return who === 'anonymous' ? { origin: ORIGIN } : f.w[who].headers;
  }

  test('every registered route has a row, and every row a route', () => {
    const registered = f.s.registered.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(MATRIX).sort());
  });

  test('each principal gets the expected status on every route, and allowed patient data access is audited', async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const [key, row] of Object.entries(MATRIX)) {
      const [method, pattern] = key.split(' ') as [
        'GET' | 'POST' | 'PATCH' | 'DELETE' | 'OPTIONS',
        string,
      ];
      const url = pattern
        .replace(':clinicianId', f.w.otherClinician.userId)
        .replace(':userId', spare.userId)
        .replace(':patientId', f.w.otherPatient.patientId ?? '')
        .replace(':invitationId', invitationId)
        .replace(':id', f.w.patient.patientId ?? '')
        .replace(':encounterId', encounterId)
        .replace(':studyId', studyId)
        .replace(':entryId', entryId);
      for (const [i, who] of WHO.entries()) {
        const upload = pattern.endsWith('/emg-studies') && method === 'POST';
        const r = await f.s.app.inject({
          method,
          url: upload ? `${url}?fileName=rest.csv` : url,
          headers: {
            ...headersOf(who),
            ...(upload ? { 'content-type': 'application/octet-stream' } : {}),
          },
          ...(method === 'POST' || method === 'PATCH'
            ? { payload: upload ? Buffer.from(CSV) : await bodyFor(key, who) }
            : {}),
        });
        got.push(`${key} as ${who}: ${r.statusCode}`);
        want.push(`${key} as ${who}: ${row[i]}`);
        if (r.statusCode >= 400) {
          expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
        if (pattern.startsWith('/api/patients/:id') && r.statusCode < 300) {
          const requestId = String(r.headers['x-request-id']);
          const entries = await f.s.store.db
            .selectFrom('audit_log')
            .selectAll()
            .where('request_id', '=', requestId)
            .execute();
          expect(
            entries.map((e) => [e.outcome, e.patient_id, e.actor_id]),
            `${key} as ${who}`,
          ).toContainEqual([
            'allowed',
            f.w.patient.patientId,
            f.w[who as Exclude<Who, 'anonymous'>].userId,
          ]);
        }
      }
    }
    expect(got).toEqual(want);
  });
});
