// @vitest-environment happy-dom
/**
 * @module A clinician's patient timeline in words: an encounter by its triage level, an outcome by its
 * scale and score, self-care by its measure, never a raw code or a JSON object; and a record that cannot
 * be read says why instead of waiting forever. Above it the course from the server's summary: the pain
 * chart with its table, each outcome measure with its scores and the server's flags said in words, under
 * the decision-support notice; a summary that cannot be read says so. The FHIR export link points at the
 * record's route and saves the Bundle it answers, or says why not. The server is replaced by a stand-in
 * answering as it does.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Router } from 'wouter';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PatientSummary } from '../../../src/domain/records/summary';
import { WEB_CLINICIAN_EN as c, WEB_EN } from '../../../src/i18n/web.en';
import { WEB_COURSE_EN as w } from '../../../src/i18n/web-course.en';
import { PatientPage } from './PatientPage';

/** The charts drawn: uPlot draws on a canvas, which happy-dom has not; Chromium draws it in the e2e test. */
const plots = vi.hoisted(() => [] as { series: string[]; data: unknown[][] }[]);
vi.mock('uplot', () => ({
  default: class {
    constructor(opts: { series: { label?: string }[] }, data: unknown[][]) {
      plots.push({ series: opts.series.map((x) => x.label ?? ''), data });
    }
    readonly width = 0;
    setSize(): void {
      // nothing drawn, nothing to resize
    }
    destroy(): void {
      // nothing drawn, nothing to take down
    }
  },
}));

const ID = '0b9d3c1e-6a2f-4c8e-9d41-7f25a1c3e8b0';
const BASE = `/api/patients/${ID}`;

/** What the stand-in server holds: the record and each list, by path under the patient. */
let held: Record<string, unknown> = {};
/** The status the record itself answers with. */
let recordStatus = 200;
/** The status the summary answers with (the record may be read while its summary is not). */
let summaryStatus = 200;
/** The status the FHIR export answers with. */
let fhirStatus = 200;

/**
 * The server's summary of the patient, as the API sends it: two weeks of diary, pain 6 then 3 (the second
 * week flagged), the pain NRS over three visits (the last flagged) and the ODI (no change rule: no flag).
 */
const SUMMARY: PatientSummary = {
  patientId: ID,
  rule: { id: 'pain_change_2_points_or_30_percent', sourceIds: ['S5'], status: 'P' },
  diary: [6, 6, 6, 6, 6, 6, 6, 3, 3, 3, 3, 3, 3, 3].map((pain, i) => ({
    date: `2026-03-${String(i + 1).padStart(2, '0')}`,
    entries: 1,
    meanPain: pain,
    maxPain: pain,
    maxPsfsSeverity: 2,
    totalMinutes: 10,
    importantChange: i >= 7,
  })),
  pain: { baseline: 6, latest: 3, importantChange: true, direction: 'better' },
  outcomes: [
    {
      instrument: 'odi',
      points: [
        { takenAt: '2026-03-01T09:00:00.000Z', value: 42, band: 'severe', importantChange: null },
        { takenAt: '2026-03-09T09:00:00.000Z', value: 22, band: 'moderate', importantChange: null },
      ],
    },
    {
      instrument: 'start_back',
      points: [
        { takenAt: '2026-03-01T09:00:00.000Z', value: 5, band: 'high', importantChange: null },
      ],
    },
    {
      instrument: 'nrs',
      points: [
        { takenAt: '2026-03-01T09:00:00.000Z', value: 7, importantChange: false },
        { takenAt: '2026-03-05T09:00:00.000Z', value: 6, importantChange: false },
        { takenAt: '2026-03-09T09:00:00.000Z', value: 3, importantChange: true },
      ],
    },
  ],
};
const BUNDLE = { resourceType: 'Bundle', type: 'collection', entry: [] };

function reply(status: number, body: unknown): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
    }),
  );
}

beforeEach(() => {
  plots.length = 0;
  recordStatus = 200;
  summaryStatus = 200;
  fhirStatus = 200;
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
          ? reply(200, { id: ID, name: 'Ada Demo', birthDate: null, sex: null })
          : reply(recordStatus, { status: recordStatus, errors: [] });
      }
      const path = url.slice(BASE.length + 1);
      if (path === 'summary') {
        return reply(summaryStatus, summaryStatus === 200 ? SUMMARY : { status: summaryStatus });
      }
      if (path === 'fhir') {
        return reply(fhirStatus, fhirStatus === 200 ? BUNDLE : { status: fhirStatus });
      }
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
      <PatientPage id={ID} />
    </Router>,
  );
}

/** The timeline's rows as "what: detail", newest first. */
function rows(): string[] {
  return [...document.querySelectorAll('table[aria-labelledby="pp-timeline"] tbody tr')].map(
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
    `${c.kinds.outcome}: ODI: 31 %, moderate disability`,
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

test('the summary fixture is shaped exactly as the API sends it', () => {
  expect(PatientSummary.parse(SUMMARY)).toEqual(SUMMARY);
});

test('the course shows the pain chart with its table and each outcome measure, the server’s flags said in words', async () => {
  show();
  const course = await screen.findByRole('region', { name: w.title });
  await within(course).findByRole('note');
  expect(within(course).getByRole('note').textContent).toContain(WEB_EN.notice);
  // the pain of the first and last week with the server's flag and its source
  expect(within(course).getByTestId('pain-summary').textContent).toBe(
    `◆ ${w.pain.summary(6, 3, true, 'better')} Sources S5 (P)`,
  );
  expect(w.pain.summary(6, 3, true, 'better')).toContain('a clinically important change, better');
  // the chart, named for screen readers, and its table: one row a day, the flagged days said in words
  expect(within(course).getByRole('img', { name: w.chart.chartSummary(14) })).toBeTruthy();
  const chartTable = within(course).getByRole('table', { name: w.chart.chartSummary(14) });
  const days = within(chartTable).getAllByRole('row').slice(1);
  expect(days).toHaveLength(14);
  expect(days.map((r) => r.lastElementChild?.textContent)).toEqual([
    ...Array<string>(7).fill(w.chart.noChange),
    ...Array<string>(7).fill(`◆ ${w.chart.importantChange}`),
  ]);
  // the chart draws the summary's days: spasms, worst severity and mean pain, in the clinician's words
  const plot = plots.at(-1);
  expect(plot?.series.slice(1)).toEqual([
    w.chart.onAxis(w.chart.episodes, 'right'),
    w.chart.onAxis(w.chart.worstSeverity, 'right'),
    w.chart.onAxis(w.chart.meanPain, 'left'),
  ]);
  expect(plot?.data[3]).toEqual(SUMMARY.diary.map((d) => d.meanPain));
  expect(plot?.data[0]).toHaveLength(14);
  // each outcome measure by its scale's name, scores in words, the server's flag or its absence in words
  const cells = (name: string): string[][] =>
    within(within(course).getByRole('table', { name }))
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
  expect(cells('Pain NRS')).toEqual([
    ['7 of 10', w.outcomes.notImportant],
    ['6 of 10', w.outcomes.notImportant],
    ['3 of 10', `◆ ${w.outcomes.important}`],
  ]);
  // with the band the scale gave each score: a total alone does not tell STarT Back's risk
  expect(cells('ODI')).toEqual([
    ['42 %, severe disability', w.outcomes.noRule],
    ['22 %, moderate disability', w.outcomes.noRule],
  ]);
  expect(cells('STarT Back')).toEqual([['5 of 9, high risk', w.outcomes.noRule]]);
  // the flag is a word and a shape, the shape hidden from screen readers (they hear the word)
  const flagged = within(course).getAllByText(w.outcomes.important);
  expect(flagged).toHaveLength(1);
  expect(flagged[0]?.querySelector('[aria-hidden="true"]')?.textContent).toBe('◆ ');
  // nothing in the course shows a raw code
  expect(course.textContent).not.toMatch(/start_back|importantChange|null|undefined/);
});

test('a summary with no diary and no outcome measures says so, without the notice', async () => {
  const empty: PatientSummary = {
    ...SUMMARY,
    diary: [],
    pain: { baseline: null, latest: null, importantChange: false, direction: null },
    outcomes: [],
  };
  vi.mocked(fetch).mockImplementation((input) => {
    const url = input;
    if (url === `${BASE}/summary`) {
      return reply(200, empty);
    }
    return url === BASE
      ? reply(200, { id: ID, name: 'Ada Demo', birthDate: null, sex: null })
      : reply(200, { items: [] });
  });
  show();
  const course = await screen.findByRole('region', { name: w.title });
  await within(course).findByText(w.empty);
  expect(within(course).queryByRole('note')).toBeNull();
  expect(within(course).queryByRole('img')).toBeNull();
});

test.each([
  [500, w.failed(500)],
  [401, 'Your session has ended: sign in again to see this patient.'],
])(
  'a summary answering %i says why in place of the course, and the timeline still shows',
  async (status, words) => {
    summaryStatus = status;
    show();
    const course = await screen.findByRole('region', { name: w.title });
    expect((await within(course).findByRole('alert')).textContent).toBe(words);
    expect(within(course).queryByRole('note')).toBeNull();
    expect(within(course).queryByRole('table')).toBeNull();
    expect(within(course).queryByText(w.loading)).toBeNull();
    await waitFor(() => {
      expect(rows()).toHaveLength(6);
    });
  },
);

test('the course says it is loading until the summary arrives', async () => {
  let answer: (r: Response) => void = () => undefined;
  const pending = new Promise<Response>((resolve) => {
    answer = resolve;
  });
  const stand = vi.mocked(fetch).getMockImplementation();
  vi.mocked(fetch).mockImplementation((input, init) =>
    input === `${BASE}/summary` ? pending : (stand?.(input, init) ?? pending),
  );
  show();
  const course = await screen.findByRole('region', { name: w.title });
  expect(within(course).getByRole('status').textContent).toBe(w.loading);
  answer(
    new Response(JSON.stringify(SUMMARY), { headers: { 'content-type': 'application/json' } }),
  );
  await within(course).findByRole('note');
  expect(within(course).queryByText(w.loading)).toBeNull();
});

test('the FHIR export points at the record’s route, and a click saves the Bundle it answers under a sensible name', async () => {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${String(blobs.size)}`;
    blobs.set(url, b as Blob);
    return url;
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob !== undefined) {
      saved.push({ name: this.download, blob });
    }
  });
  try {
    show();
    const link = screen.getByRole('link', { name: w.exportFhir });
    expect(link.getAttribute('href')).toBe(`${BASE}/fhir`);
    expect(link.getAttribute('download')).toBe(`tonus-patient-${ID}-fhir-r4.json`);
    fireEvent.click(link);
    await waitFor(() => {
      expect(saved).toHaveLength(1);
    });
    expect(vi.mocked(fetch)).toHaveBeenCalledWith(`${BASE}/fhir`, expect.anything());
    expect(saved[0]?.name).toBe(`tonus-patient-${ID}-fhir-r4.json`);
    expect(JSON.parse(await (saved[0]?.blob.text() ?? Promise.resolve('')))).toEqual(BUNDLE);
    expect(screen.queryByRole('alert')).toBeNull();
  } finally {
    create.mockRestore();
    click.mockRestore();
  }
});

test('an export refused (the session ended) saves nothing and says why', async () => {
  fhirStatus = 401;
  const create = vi.spyOn(URL, 'createObjectURL');
  try {
    show();
    fireEvent.click(screen.getByRole('link', { name: w.exportFhir }));
    expect((await screen.findByRole('alert')).textContent).toBe(w.exportFailed(401));
    expect(create).not.toHaveBeenCalled();
  } finally {
    create.mockRestore();
  }
});
