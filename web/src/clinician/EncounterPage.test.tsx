// @vitest-environment happy-dom
/**
 * @module A stored encounter is shown as saved (when it was computed and with which knowledge base), not as
 * a live result; one that cannot be read says why. The server is replaced by a stand-in answering as it does.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { toClinicianView } from '../../../src/app/views/index';
import { parseAssessment } from '../../../src/domain/assessment/index';
import { assess } from '../../../src/domain/engine/index';
import { en } from '../../../src/i18n/index';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { EncounterPage } from './EncounterPage';

const INPUT = {
  patient: { ageYears: 40, sex: 'female' },
  findings: { paraspinal_tenderness: true },
};

function serve(status: number): void {
  const parsed = parseAssessment(INPUT);
  if (!parsed.ok) {
    throw new Error('fixture');
  }
  const result = toClinicianView(
    assess(parsed.value, { audience: 'clinician', asOf: '2026-03-01' }),
    en,
  );
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      Promise.resolve(
        url.endsWith('/encounters/e1') && status === 200
          ? new Response(
              JSON.stringify({
                id: 'e1',
                input: INPUT,
                result,
                createdAt: '2026-03-01T10:00:00.000Z',
                kbVersion: '1.1.0',
              }),
              { status: 200 },
            )
          : new Response(JSON.stringify({ status, errors: [] }), { status }),
      ),
    ),
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

test('a stored encounter says when it was computed and with which knowledge base, not how fast', async () => {
  serve(200);
  render(<EncounterPage id="p1" encounterId="e1" />);
  expect(await screen.findByRole('heading', { name: c.storedResult })).toBeTruthy();
  expect(screen.getByText(/^Computed on .+ with knowledge base 1\.1\.0$/)).toBeTruthy();
  expect(screen.queryByText(c.updatedIn(0))).toBeNull();
});

test('an encounter that cannot be read says why', async () => {
  serve(404);
  render(<EncounterPage id="p1" encounterId="e1" />);
  expect((await screen.findByRole('alert')).textContent).toBe(
    'This record does not exist, or its patient is not assigned to you.',
  );
});
