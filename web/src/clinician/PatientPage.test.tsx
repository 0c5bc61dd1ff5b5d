// @vitest-environment happy-dom
/**
 * @module A clinician's patient timeline in words: an encounter by its triage level, an outcome by its
 * scale and score, self-care by its measure, never a raw code or a JSON object; and a record that cannot
 * be read says why instead of waiting forever. The server is replaced by a stand-in answering as it does.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { Router } from 'wouter';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { PatientPage } from './PatientPage';

const BASE = '/api/patients/p1';

/** What the stand-in server holds: the record and each list, by path under the patient. */
let held: Record<string, unknown> = {};
/** The status the record itself answers with. */
let recordStatus = 200;

function reply(status: number, body: unknown): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
    }),
  );
}

beforeEach(() => {
  recordStatus = 200;
  held = {
    encounters: [
      {
        id: 'e1',
        createdAt: '2026-03-01T10:00:00.000Z',
        result: { triage: { level: 'emergency' } },
      },
    ],
    diary: [
      {
        id: 'd1',
        createdAt: '2026-03-02T08:00:00.000Z',
        startedAt: '2026-03-02T07:00:00.000Z',
        psfsSeverity: 2,
        painNrs: 6,
        durationMinutes: 15,
      },
    ],
    outcomes: [
      {
        id: 'o1',
        createdAt: '2026-03-03T08:00:00.000Z',
        takenAt: '2026-03-03T08:00:00.000Z',
        instrument: 'odi',
        score: { value: 31.11111111111111, detail: { band: 'moderate', sectionsAnswered: 9 } },
      },
      {
        id: 'o2',
        createdAt: '2026-03-04T08:00:00.000Z',
        takenAt: '2026-03-04T08:00:00.000Z',
        instrument: 'start_back',
        score: { value: 5, detail: { psychosocial: 3, risk: 'medium' } },
      },
      {
        id: 'o3',
        createdAt: '2026-03-05T08:00:00.000Z',
        takenAt: '2026-03-05T08:00:00.000Z',
        instrument: 'rmdq',
        score: { value: null, detail: { unanswered: 20 } },
      },
    ],
    'self-care': [
      {
        id: 's1',
        createdAt: '2026-03-06T08:00:00.000Z',
        startedAt: '2026-03-06T08:00:00.000Z',
        measure: 'stretch',
        minutes: 5,
      },
    ],
  };
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      if (url === BASE) {
        return recordStatus === 200
          ? reply(200, { id: 'p1', name: 'Ada Demo' })
          : reply(recordStatus, { status: recordStatus, errors: [] });
      }
      const path = url.slice(BASE.length + 1);
      return recordStatus === 200
        ? reply(200, { items: held[path] ?? [] })
        : reply(recordStatus, { status: recordStatus, errors: [] });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function show(): void {
  render(
    <Router>
      <PatientPage id="p1" />
    </Router>,
  );
}

/** The timeline's rows as "what: detail", newest first. */
function rows(): string[] {
  return [...document.querySelectorAll('tbody tr')].map(
    (tr) =>
      `${tr.querySelector('th')?.textContent ?? ''}: ${tr.querySelectorAll('td')[1]?.textContent ?? ''}`,
  );
}

test('every record of the timeline is told in words, newest first', async () => {
  show();
  await waitFor(() => {
    expect(rows()).toHaveLength(6);
  });
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ada Demo');
  expect(rows()).toEqual([
    `${c.kinds.self_care}: Stretching, 5 min`,
    `${c.kinds.outcome}: RMDQ: not scored (too few answers)`,
    `${c.kinds.outcome}: STarT Back: 5 of 9, medium risk`,
    `${c.kinds.outcome}: ODI: 31 %`,
    `${c.kinds.diary}: Spasm severity 2 of 3, pain 6 of 10, 15 min`,
    `${c.kinds.encounter}: Triage: Go to an emergency department now`,
  ]);
  // the timeline's title is said once, and names the table
  expect(screen.getAllByText(c.timeline)).toHaveLength(1);
  expect(screen.getByRole('table', { name: c.timeline })).toBeTruthy();
});

test.each([
  [404, 'This record does not exist, or its patient is not assigned to you.'],
  [401, 'Your session has ended: sign in again to see this patient.'],
])('a record answering %i says why, and offers nothing to do on it', async (status, words) => {
  recordStatus = status;
  show();
  expect((await screen.findByRole('alert')).textContent).toBe(words);
  expect(screen.queryByText(c.newAssessment)).toBeNull();
  expect(screen.queryByText('…')).toBeNull();
});
