/**
 * @module The server's log lines never carry a query value: an invitation token (`/accept-invite?token=…`,
 * which anyone reading the logs could take) or an EMG upload's `fileName` (clinics name files after their
 * patients) is censored on every line, while the path and the parameter's name stay for tracing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loggableUrl } from '../../src/adapters/http/server.js';
import type { Service } from '../../src/main/server.js';
import {
  buildWorld,
  DIALECTS,
  freshDb,
  startService,
  type TestDb,
  type World,
} from '../support/service.js';

const TOKEN = 'inv_S3cretInvitationToken0123456789';
const PATIENT_FILE = 'Jane-Quimby-1957-rest.csv';
const CSV = 'time,emg\n0,0.1\n0.001,0.2\n0.002,0.1\n';

test('a logged URL keeps the path and the parameter names, never a value', () => {
  expect(loggableUrl('/accept-invite?token=abc&next=/x')).toBe(
    '/accept-invite?token=[redacted]&next=[redacted]',
  );
  expect(loggableUrl('/api/me')).toBe('/api/me');
  expect(loggableUrl('/api/x?')).toBe('/api/x?');
  expect(loggableUrl('/api/x?flag')).toBe('/api/x?flag=[redacted]');
});

describe.each(DIALECTS)('log lines on %s', (dialect) => {
  let db: TestDb;
  let s: Service;
  let w: World;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await freshDb(dialect);
    s = await startService(
      db,
      { TONUS_LOG_LEVEL: 'info' },
      {
        logStream: {
          write: (line: string) => {
            lines.push(line);
          },
        },
      },
    );
    w = await buildWorld(s);
  });
  afterAll(async () => {
    await s.close();
    await db.drop();
  });

  test('an invitation token and a patient-named upload appear on no line', async () => {
    lines.length = 0;
    await s.app.inject({ method: 'GET', url: `/accept-invite?token=${TOKEN}` });
    await s.app.inject({ method: 'GET', url: `/api/no-such-route?token=${TOKEN}` });
    const up = await s.app.inject({
      method: 'POST',
      url: `/api/patients/${w.patient.patientId}/emg-studies?fileName=${PATIENT_FILE}`,
      headers: { ...w.clinician.headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(CSV),
    });
    expect(up.statusCode).toBeLessThan(500);
    const log = lines.join('');
    // the requests were logged, with their paths
    expect(log).toContain('/accept-invite?token=[redacted]');
    expect(log).toContain('/emg-studies?fileName=[redacted]');
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain('Quimby');
  });
});
