/**
 * @module The server's log lines never carry a query value: an invitation token (`/accept-invite?token=…`,
 * which anyone reading the logs could take) or an EMG upload's `fileName` (clinics name files after their
 * patients) is censored on every line, while the path and the parameter's name stay for tracing.
 */
import { describe, expect, test } from 'vitest';
import { loggableUrl } from '../../src/adapters/http/server.js';
import { DIALECTS, useService } from '../support/service.js';

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
  const lines: string[] = [];
  const f = useService(dialect, {
    env: { TONUS_LOG_LEVEL: 'info' },
    options: {
      logStream: {
        write: (line: string) => {
          lines.push(line);
        },
      },
    },
    world: true,
  });

  test('an invitation token and a patient-named upload appear on no line', async () => {
    lines.length = 0;
    await f.s.app.inject({ method: 'GET', url: `/accept-invite?token=${TOKEN}` });
    await f.s.app.inject({ method: 'GET', url: `/api/no-such-route?token=${TOKEN}` });
    const up = await f.s.app.inject({
      method: 'POST',
      url: `/api/patients/${f.w.patient.patientId}/emg-studies?fileName=${PATIENT_FILE}`,
      headers: { ...f.w.clinician.headers, 'content-type': 'application/octet-stream' },
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
