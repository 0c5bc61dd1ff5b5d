// @vitest-environment happy-dom
/**
 * @module The EMG upload in a DOM with what is known of rest: "recorded at rest" and the phases typed in rows
 * (added and removed) travel with the file in the upload's query as the server's schema takes them; a phase
 * that ends before it starts blocks the upload, with the schema's message beside its end, until it is mended;
 * and the server's refusal naming a phase's field is shown beside that field. A study that cannot be read (a
 * bad id in the address) says so in words.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { EmgAnalysisView, EmgChannelView } from '../../../src/app/emg/view';
import { WEB_EN } from '../../../src/i18n/web.en';
import { Emg } from './Emg';

/** The server is outside the component: a stand-in for the browser's upload request, answering as it does. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  static answer: { status: number; body: unknown } = { status: 201, body: {} };
  url = '';
  readonly headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  statusText = '';
  responseText = '';
  readonly upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  open(_method: string, url: string): void {
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
  send(body: unknown): void {
    this.body = body;
    FakeXhr.sent.push(this);
    queueMicrotask(() => {
      this.status = FakeXhr.answer.status;
      this.responseText = JSON.stringify(FakeXhr.answer.body);
      this.onload?.();
    });
  }
}

const STUDY = {
  id: 's1',
  fileName: 'night.edf',
  state: 'queued',
  progress: 0,
  error: null,
  analysis: null,
};

const PATIENT = { id: 'p1', name: 'Ana Ruiz' };

/** The server's answers to the page's reads: the patient, the study (when set) and the trace windows. */
const server: { patient: number; study: unknown; studyStatus: number; traces: string[] } = {
  patient: 200,
  study: null,
  studyStatus: 200,
  traces: [],
};

const answer = (status: number, body: unknown): Promise<Response> =>
  Promise.resolve({
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    headers: new Headers(),
    text: () => Promise.resolve(JSON.stringify(body)),
  } as unknown as Response);

/** Never answered: the screen stays as it was. */
const pending = (): Promise<Response> => new Promise<Response>(() => undefined);

beforeEach(() => {
  FakeXhr.sent = [];
  FakeXhr.answer = { status: 201, body: STUDY };
  server.patient = 200;
  server.study = null;
  server.studyStatus = 200;
  server.traces = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      if (url === '/api/patients/p1') {
        return server.patient === 200
          ? answer(200, PATIENT)
          : answer(server.patient, { detail: 'Not Found' });
      }
      if (url.includes('/trace?')) {
        // a trace is only counted: the viewer's own tests draw it
        server.traces.push(url);
        return pending();
      }
      if (server.studyStatus !== 200) {
        return answer(server.studyStatus, { detail: 'no EMG study with this id' });
      }
      // the study's progress is polled after an upload: left unanswered unless a test sets the study
      return server.study === null ? pending() : answer(200, server.study);
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const recording = (): File =>
  new File([new Uint8Array([48, 32, 32])], 'night.edf', { type: 'application/octet-stream' });

const fileInput = (): HTMLInputElement => screen.getByLabelText(/Upload a recording/);
const row = (n: number): HTMLElement => screen.getByRole('group', { name: `Phase ${n}` });

/** Adds a phase row and types it in. */
async function addPhase(
  phase: string,
  onset: string,
  offset: string,
  label = '',
): Promise<HTMLElement> {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Add a phase' }));
  const rows = screen.getAllByRole('group', { name: /^Phase \d+$/ });
  const r = rows[rows.length - 1] as HTMLElement;
  await user.selectOptions(within(r).getByLabelText('Phase'), phase);
  if (label !== '') {
    await user.type(within(r).getByLabelText(/^Name/), label);
  }
  await user.type(within(r).getByLabelText('Start (s)'), onset);
  await user.type(within(r).getByLabelText('End (s)'), offset);
  return r;
}

const sendButton = (): HTMLButtonElement =>
  screen.getByRole<HTMLButtonElement>('button', { name: 'Upload and analyse' });

/** Presses "Upload and analyse" once it can be pressed (the patient's name has been read). */
async function send(): Promise<void> {
  const b = sendButton();
  await waitFor(() => expect(b.disabled).toBe(false));
  await userEvent.setup().click(b);
}

/** Picks the recording, then presses "Upload and analyse". */
async function pickAndSend(): Promise<void> {
  await userEvent.setup().upload(fileInput(), recording());
  await send();
}

/** The query parameters of the one upload sent. */
function sentQuery(): URLSearchParams {
  expect(FakeXhr.sent).toHaveLength(1);
  return new URL(FakeXhr.sent[0]?.url ?? '', 'http://localhost').searchParams;
}

describe('rest information sent with an EMG upload', () => {
  test('"recorded at rest" and the phases left after adding and removing rows travel with the file', async () => {
    const user = userEvent.setup();
    render(<Emg patientId="p1" studyId={null} />);
    await user.click(screen.getByLabelText(/Recorded at rest/));
    await addPhase('rest', '0', '30');
    await addPhase('extension', '1', '2');
    await addPhase('task', '30', '45,5', 'lifting');
    // the middle row was a slip: removed, the rows after it move up
    await user.click(within(row(2)).getByRole('button', { name: 'Remove phase 2' }));
    expect(screen.getAllByRole('group', { name: /^Phase \d+$/ })).toHaveLength(2);
    await pickAndSend();
    const q = sentQuery();
    expect(q.get('fileName')).toBe('night.edf');
    expect(q.get('atRest')).toBe('true');
    expect(JSON.parse(q.get('phases') ?? 'null')).toEqual([
      { phase: 'rest', onsetS: 0, offsetS: 30 },
      { phase: 'task', onsetS: 30, offsetS: 45.5, label: 'lifting' },
    ]);
    expect(FakeXhr.sent[0]?.headers['content-type']).toBe('application/octet-stream');
    expect((FakeXhr.sent[0]?.body as File).name).toBe('night.edf');
    // the study the server made is shown, its analysis queued
    expect(await screen.findByText(/^night\.edf:/)).toBeTruthy();
  });

  test('without rest information, the upload carries neither parameter (the file’s annotations apply)', async () => {
    render(<Emg patientId="p1" studyId={null} />);
    await pickAndSend();
    const q = sentQuery();
    expect(q.has('atRest')).toBe(false);
    expect(q.has('phases')).toBe(false);
  });

  test('a phase ending before it starts blocks the upload, named beside its end, until it is mended', async () => {
    const user = userEvent.setup();
    render(<Emg patientId="p1" studyId={null} />);
    const r = await addPhase('rest', '10', '5');
    await pickAndSend();
    expect(FakeXhr.sent).toHaveLength(0);
    const end = within(r).getByLabelText<HTMLInputElement>('End (s)');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(end.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toContain('phases[0].offsetS');
    expect(message?.textContent).toContain('must come after onsetS');
    expect(within(r).getByLabelText('Start (s)').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText(/The recording was not sent/)).toBeTruthy();
    // mended, the same file is sent with the mended phase
    await user.clear(end);
    await user.type(end, '50');
    expect(end.getAttribute('aria-invalid')).toBeNull();
    await user.click(sendButton());
    expect(JSON.parse(sentQuery().get('phases') ?? 'null')).toEqual([
      { phase: 'rest', onsetS: 10, offsetS: 50 },
    ]);
  });

  test('a start left empty is named too: a phase needs both its times', async () => {
    const user = userEvent.setup();
    render(<Emg patientId="p1" studyId={null} />);
    await user.click(screen.getByRole('button', { name: 'Add a phase' }));
    await user.type(within(row(1)).getByLabelText('End (s)'), '20');
    await pickAndSend();
    expect(FakeXhr.sent).toHaveLength(0);
    const start = within(row(1)).getByLabelText('Start (s)');
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(start.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('phases[0].onsetS');
  });

  test('the server’s refusal naming a phase’s field is shown beside that field', async () => {
    FakeXhr.answer = {
      status: 400,
      body: {
        type: 'urn:tonus:problem:schema.too_long',
        title: 'Bad Request',
        status: 400,
        detail: 'phases[0].label: at most 80 characters',
        errors: [
          {
            code: 'schema.too_long',
            pointer: '/phases/0/label',
            field: 'phases[0].label',
            detail: 'phases[0].label: at most 80 characters',
          },
        ],
      },
    };
    render(<Emg patientId="p1" studyId={null} />);
    const r = await addPhase('task', '0', '10', 'carrying');
    await pickAndSend();
    expect(FakeXhr.sent).toHaveLength(1);
    const label = within(r).getByLabelText(/^Name/);
    await waitFor(() => expect(label.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(label.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'phases[0].label: at most 80 characters',
    );
    // the file stays picked, to be sent again once the name is mended
    expect(sendButton().disabled).toBe(false);
    expect(screen.getByTestId('chosen-file').textContent).toBe('night.edf');
  });
});

describe('a recording is sent to the patient named on the page, and only when asked', () => {
  test('the heading names the patient; picking a file sends nothing, the button sends it once', async () => {
    const user = userEvent.setup();
    render(<Emg patientId="p1" studyId={null} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'EMG — Ana Ruiz' })).toBeTruthy();
    await user.upload(fileInput(), recording());
    // picked, not sent: the file, its size and the patient are shown first
    expect(FakeXhr.sent).toHaveLength(0);
    const chosen = screen.getByRole('group', { name: 'To be sent' });
    expect(within(chosen).getByTestId('chosen-file').textContent).toBe('night.edf');
    expect(within(chosen).getByText('3 bytes')).toBeTruthy();
    expect(within(chosen).getByTestId('chosen-patient').textContent).toBe('Ana Ruiz');
    await send();
    expect(FakeXhr.sent).toHaveLength(1);
    expect(await screen.findByText(/^night\.edf: waiting to be analysed$/)).toBeTruthy();
    // the upload's progress bar goes once the study's own state is shown
    expect(screen.queryByRole('progressbar')).toBeNull();
    // sent, the choice is cleared: a second press cannot send the file twice
    expect(screen.queryByRole('button', { name: 'Upload and analyse' })).toBeNull();
    expect(FakeXhr.sent).toHaveLength(1);
  });

  test('a patient whose record cannot be read is said so, and nothing can be sent', async () => {
    server.patient = 404;
    const user = userEvent.setup();
    render(<Emg patientId="p1" studyId={null} />);
    expect((await screen.findByRole('alert')).textContent).toContain('could not be read');
    await user.upload(fileInput(), recording());
    expect(sendButton().disabled).toBe(true);
    await user.click(sendButton());
    expect(FakeXhr.sent).toHaveLength(0);
  });
});

const FEATURES: EmgChannelView['features'] = {
  burstCount: 4,
  activeFraction: 0.12,
  spasmsAtRest: 1,
  spasmCandidates: 0,
  episodesInTasks: 0,
  phasicSpasms: 1,
  sustainedSpasms: 0,
  rms100msMeanUv: 21.5,
  rms100msPeakUv: 80.25,
  linearEnvelopeMeanUv: 18,
  linearEnvelopePeakUv: 70,
  ecgBeats: 0,
  heartRateBpm: null,
  activeEpochs: 3,
  meanMnfHz: 95.2,
  meanMdfHz: 80.1,
  mnfSlopeHzPerS: null,
  mdfSlopeHzPerS: -0.05,
  mdfSlopePercentPerS: -0.062,
  perMinute: [],
};

const ANALYSIS: EmgAnalysisView = {
  view: 'emg-analysis/1',
  file: 'night.edf',
  format: 'edf',
  analysedFromS: 0,
  analysedToS: 60,
  segments: 1,
  onset: { method: 'hodges_bui', name: 'Hodges–Bui', caveat: null },
  rest: { source: 'at_rest_option', known: true, restS: 60, taskS: 0, text: 'At rest.' },
  phases: [],
  channels: [
    {
      label: 'L3 left',
      fs: 1000,
      notchesHz: [],
      restRmsUv: 5,
      bursts: [],
      spasms: [],
      features: FEATURES,
      flexionRelaxation: null,
    },
  ],
  skipped: [],
  warnings: [],
  notice: WEB_EN.notice,
};

describe('a stored study', () => {
  test('an analysed study shows its features in words with units, under the decision-support notice', async () => {
    server.study = { ...STUDY, state: 'done', progress: 1, analysis: ANALYSIS };
    render(<Emg patientId="p1" studyId="s1" />);
    const table = await screen.findByTestId('features');
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads).toContain('Bursts');
    expect(heads).toContain('RMS, 100 ms windows, mean (µV)');
    expect(heads).toContain('Median frequency slope (%/s)');
    // no column is headed by the view's raw key
    for (const key of Object.keys(FEATURES)) {
      expect(heads).not.toContain(key);
    }
    expect(screen.getByRole('note').textContent).toBe(
      'Decision support, not a diagnosis: a clinician must confirm every result.',
    );
    expect(screen.getByText(/^night\.edf: analysed$/)).toBeTruthy();
  });

  test('a study still queued shows no notice and no trace yet', async () => {
    server.study = STUDY;
    render(<Emg patientId="p1" studyId="s1" />);
    expect(await screen.findByText(/^night\.edf: waiting to be analysed$/)).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Trace' })).toBeNull();
  });

  test('a failed study says it failed and why, with no progress, no trace and no trace request', async () => {
    const reason = 'version (byte 0): expected "0" (EDF) or 0xFF "BIOSEMI" (BDF), found "x"';
    server.study = { ...STUDY, state: 'failed', progress: 0, error: reason };
    render(<Emg patientId="p1" studyId="s1" />);
    const status = await screen.findByText(/^night\.edf: the analysis failed/);
    expect(status.textContent).toBe(
      `night.edf: the analysis failed: ${reason}. Nothing was analysed; check the file, then upload it again.`,
    );
    expect(status.textContent).not.toMatch(/Analysing|%/);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Trace' })).toBeNull();
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByTestId('features')).toBeNull();
    // the page settles (the patient read, the study read once) without asking for a trace
    expect(await screen.findByRole('heading', { level: 1, name: 'EMG — Ana Ruiz' })).toBeTruthy();
    expect(server.traces).toEqual([]);
  });

  test('a study id the server does not know says so in words, and shows no upload, trace or table', async () => {
    server.studyStatus = 404;
    render(<Emg patientId="p1" studyId="nope" />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This record does not exist, or its patient is not assigned to you.',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('EMG study');
    expect(screen.queryByLabelText(/Upload a recording/)).toBeNull();
    expect(screen.queryByTestId('features')).toBeNull();
    expect(server.traces).toEqual([]);
  });

  test('a session that ended while the study is read says to sign in again', async () => {
    server.studyStatus = 401;
    render(<Emg patientId="p1" studyId="s1" />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your session has ended: sign in again to see this patient.',
    );
  });
});
