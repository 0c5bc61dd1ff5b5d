// @vitest-environment happy-dom
/**
 * @module The EMG upload in a DOM with what is known of rest: "recorded at rest" and the phases typed in rows
 * (added and removed) travel with the file in the upload's query as the server's schema takes them; a phase
 * that ends before it starts blocks the upload, with the schema's message beside its end, until it is mended;
 * and the server's refusal naming a phase's field is shown beside that field.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
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

beforeEach(() => {
  FakeXhr.sent = [];
  FakeXhr.answer = { status: 201, body: STUDY };
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  // the study's progress is polled after an upload: left unanswered, the screen stays as the upload left it
  vi.stubGlobal(
    'fetch',
    vi.fn(() => new Promise<Response>(() => undefined)),
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
    await user.upload(fileInput(), recording());
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
    await userEvent.setup().upload(fileInput(), recording());
    const q = sentQuery();
    expect(q.has('atRest')).toBe(false);
    expect(q.has('phases')).toBe(false);
  });

  test('a phase ending before it starts blocks the upload, named beside its end, until it is mended', async () => {
    const user = userEvent.setup();
    render(<Emg patientId="p1" studyId={null} />);
    const r = await addPhase('rest', '10', '5');
    await user.upload(fileInput(), recording());
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
    await user.click(screen.getByRole('button', { name: 'Send night.edf again' }));
    expect(JSON.parse(sentQuery().get('phases') ?? 'null')).toEqual([
      { phase: 'rest', onsetS: 10, offsetS: 50 },
    ]);
  });

  test('a start left empty is named too: a phase needs both its times', async () => {
    const user = userEvent.setup();
    render(<Emg patientId="p1" studyId={null} />);
    await user.click(screen.getByRole('button', { name: 'Add a phase' }));
    await user.type(within(row(1)).getByLabelText('End (s)'), '20');
    await user.upload(fileInput(), recording());
    expect(FakeXhr.sent).toHaveLength(0);
    const start = within(row(1)).getByLabelText('Start (s)');
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(start.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('phases[0].onsetS');
  });

  test('the server’s refusal naming a phase’s field is shown beside that field', async () => {
    const user = userEvent.setup();
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
    await user.upload(fileInput(), recording());
    expect(FakeXhr.sent).toHaveLength(1);
    const label = within(r).getByLabelText(/^Name/);
    await vi.waitFor(() => expect(label.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(label.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'phases[0].label: at most 80 characters',
    );
    expect(screen.getByRole('button', { name: 'Send night.edf again' })).toBeTruthy();
  });
});
