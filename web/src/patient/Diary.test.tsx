// @vitest-environment happy-dom
/**
 * @module The diary says what became of the entry just saved: stored by the server, kept on this device
 * until the network returns, or refused with its reason; an entry refused before does not make a later
 * one look unsent, and the patient can remove it once they have seen why. An entry starts by the server's
 * clock when the device's is set wrong. A saved entry typed by mistake is removed only once the patient says
 * yes, and one already marked as entered in error is not listed. The network is replaced; the outbox is the
 * real one.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Router } from 'wouter';
import { WEB_EN as t } from '../../../src/i18n/web.en';
import { WEB_PROBLEMS_EN as problems } from '../../../src/i18n/web-problems.en';
import { noteServerDate } from '../server-clock';
import { SessionProvider } from '../session';
import { LocaleProvider } from '../i18n';
import { Diary } from './Diary';

const PATIENT = { id: 'u1', role: 'patient', name: 'Ada', email: 'a@x.invalid', patientId: 'p1' };
const IN_FUTURE = {
  status: 422,
  detail: 'startedAt: in the future',
  errors: [{ code: 'record.in_future', pointer: '/startedAt', field: 'startedAt', detail: '' }],
};
const IN_FUTURE_WORDS = `${problems.refused}: ${problems.code['record.in_future'](problems.fields.startedAt)}`;

/** The diary entries the server received. */
let sent: Record<string, unknown>[] = [];
/** The server's refusal of every entry sent, or none: it stores them. */
let refusal: object | null = null;
let offline = false;
/** Who is signed in (`/api/me`), or nobody. */
let me: object | null = PATIENT;
/** The diary entries the server holds (`GET …/diary`). */
let stored: Record<string, unknown>[] = [];
/** The entries the server was asked to mark as entered in error. */
let marked: string[] = [];

async function settle(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
  noteServerDate(new Date().toUTCString());
  localStorage.clear();
  localStorage.setItem('tonus.locale', 'en');
  sent = [];
  refusal = null;
  offline = false;
  me = PATIENT;
  stored = [];
  marked = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit = {}) => {
      const mark = /\/diary\/([^/]+)\/entered-in-error$/.exec(url);
      if (init.method === 'POST' && mark?.[1] !== undefined) {
        const id = mark[1];
        if (offline) {
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        marked.push(id);
        stored = stored.map((e) =>
          e.id === id ? { ...e, enteredInError: { at: '', by: 'u1', reason: null } } : e,
        );
        return Promise.resolve(new Response(JSON.stringify(stored.find((e) => e.id === id))));
      }
      if (init.method === 'POST') {
        if (offline) {
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        const body = JSON.parse(init.body as string) as Record<string, unknown>;
        sent.push(body);
        return Promise.resolve(
          refusal === null
            ? new Response(JSON.stringify({ id: `d${sent.length}`, ...body }), { status: 201 })
            : new Response(JSON.stringify(refusal), { status: 422 }),
        );
      }
      if (url === '/api/me') {
        return Promise.resolve(
          me === null ? new Response('{}', { status: 401 }) : new Response(JSON.stringify(me)),
        );
      }
      if (url.endsWith('/diary')) {
        return Promise.resolve(new Response(JSON.stringify({ items: stored })));
      }
      return Promise.resolve(new Response('{}', { status: 404 }));
    }),
  );
  Object.defineProperty(navigator, 'locks', {
    configurable: true,
    value: { request: (_name: string, f: () => Promise<unknown>) => f() },
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function show(): Promise<void> {
  render(
    <LocaleProvider>
      <SessionProvider>
        <Router>
          <Diary />
        </Router>
      </SessionProvider>
    </LocaleProvider>,
  );
  await settle();
}

/** A moderate spasm with pain 6, saved; returns the form's status line. */
async function saveEntry(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: t.diary.severityWords[2] }));
  fireEvent.click(screen.getByRole('button', { name: '6' }));
  fireEvent.click(screen.getByRole('button', { name: t.diary.save }));
  await settle();
  const form = screen.getByRole('form', { name: t.diary.add });
  return within(form).getByRole('status');
}

function outbox(): { key: string; refused?: string }[] {
  return JSON.parse(localStorage.getItem('tonus.outbox') ?? '[]') as {
    key: string;
    refused?: string;
  }[];
}

test('an entry the server stores is said saved, even with an older refused entry still listed', async () => {
  await show();
  refusal = IN_FUTURE;
  expect((await saveEntry()).textContent).toBe(IN_FUTURE_WORDS);
  expect(outbox()).toHaveLength(1);
  refusal = null;
  // before: "saved on this device" because the refused entry was counted as waiting
  expect((await saveEntry()).textContent).toBe(t.diary.savedOnline);
  expect(sent).toHaveLength(2);
});

test('an entry refused by the server is listed with its reason and can be removed from this device', async () => {
  await show();
  refusal = IN_FUTURE;
  await saveEntry();
  const list = screen.getByRole('list');
  expect(list.textContent).toContain(
    `(${problems.refused}: ${problems.code['record.in_future'](problems.fields.startedAt)})`,
  );
  expect(list.textContent).not.toContain(t.diary.pending);
  fireEvent.click(within(list).getByRole('button', { name: t.diary.dismiss }));
  await settle();
  expect(outbox()).toEqual([]);
  expect(list.children).toHaveLength(0);
});

test('an entry still waiting for the network is said kept on this device, and cannot be removed', async () => {
  await show();
  offline = true;
  expect((await saveEntry()).textContent).toBe(t.diary.savedOffline);
  const list = screen.getByRole('list');
  expect(list.textContent).toContain(t.diary.pending);
  expect(within(list).queryByRole('button')).toBeNull();
  expect(outbox()).toHaveLength(1);
});

test('on a device whose clock is three hours slow, the entry starts by the server’s clock', async () => {
  noteServerDate(new Date(Date.now() + 3 * 3_600_000).toUTCString());
  await show();
  await saveEntry();
  // five minutes (the default) before the server's 12:00
  expect(sent[0]).toMatchObject({ startedAt: '2026-03-02T11:55:00Z', durationMinutes: 5 });
});

test('signed out, the diary links to the sign-in page', async () => {
  me = null;
  await show();
  const link = screen.getByRole('link', { name: t.diary.signInFirst });
  expect(link.getAttribute('href')).toBe('/sign-in');
});

test('an episode from earlier in the day is dated when the patient says it started, by this device’s local time', async () => {
  await show();
  fireEvent.click(screen.getByRole('radio', { name: t.diary.earlier }));
  fireEvent.change(screen.getByLabelText(t.diary.startedAt), {
    target: { value: '2026-03-01T22:15' },
  });
  fireEvent.change(screen.getByLabelText(t.diary.lasted), { target: { value: '30' } });
  expect((await saveEntry()).textContent).toBe(t.diary.savedOnline);
  expect(sent[0]).toMatchObject({
    startedAt: new Date('2026-03-01T22:15').toISOString().replace(/\.\d+Z$/, 'Z'),
    durationMinutes: 30,
  });
  // the next entry is "just ended" again
  expect(screen.getByRole<HTMLInputElement>('radio', { name: t.diary.justNow }).checked).toBe(true);
});

test('a start later than now is refused on the form, and nothing is sent', async () => {
  await show();
  fireEvent.click(screen.getByRole('radio', { name: t.diary.earlier }));
  const start = screen.getByLabelText(t.diary.startedAt);
  fireEvent.change(start, { target: { value: '2026-03-09T08:00' } });
  await saveEntry();
  expect(sent).toEqual([]);
  expect(screen.getByText(t.diary.startInFuture)).toBeTruthy();
  expect(start.getAttribute('aria-invalid')).toBe('true');
});

test('what set it off, what helped and a note go with the entry when given, and are left out when not', async () => {
  await show();
  fireEvent.change(screen.getByLabelText(t.diary.trigger), { target: { value: 'lifting' } });
  fireEvent.change(screen.getByLabelText(t.diary.helped), { target: { value: ' heat pack ' } });
  await saveEntry();
  expect(sent[0]).toMatchObject({ trigger: 'lifting', helped: 'heat pack' });
  expect(sent[0]).not.toHaveProperty('note');
  await saveEntry();
  expect(sent[1]).not.toHaveProperty('trigger');
  expect(sent[1]).not.toHaveProperty('helped');
});

/** A saved entry as the server lists it. */
function entry(id: string, painNrs: number, enteredInError: object | null = null): object {
  return {
    id,
    patientId: 'p1',
    startedAt: `2026-03-01T0${painNrs}:00:00.000Z`,
    durationMinutes: 5,
    psfsSeverity: 2,
    painNrs,
    trigger: null,
    helped: null,
    note: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    createdBy: 'u1',
    enteredInError,
  };
}

test('a saved entry typed by mistake is removed only after the patient says yes, and leaves the list', async () => {
  stored = [entry('e3', 3), entry('e9', 9)] as Record<string, unknown>[];
  await show();
  const list = screen.getByRole('list');
  const removes = within(list).getAllByRole('button', { name: /^Remove the entry of / });
  expect(removes).toHaveLength(2);
  // newest first: the pain 9 entry
  fireEvent.click(removes[0] as HTMLElement);
  await settle();
  expect(screen.getByText(t.diary.removeQuestion)).toBeTruthy();
  // asking is not removing
  expect(marked).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: t.diary.removeKeep }));
  await settle();
  expect(marked).toEqual([]);
  fireEvent.click(
    within(list).getAllByRole('button', { name: /^Remove the entry of / })[0] as HTMLElement,
  );
  await settle();
  fireEvent.click(screen.getByRole('button', { name: t.diary.removeYes }));
  await settle();
  expect(marked).toEqual(['e9']);
  expect(screen.getByRole('form', { name: t.diary.add }).textContent).toContain(t.diary.removed);
  expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
  expect(screen.getByRole('list').textContent).toContain(`${t.diary.meanPain}: 3`);
});

test('an entry already marked as entered in error is not listed, and offline a removal says so', async () => {
  stored = [entry('e3', 3), entry('e9', 9, { at: '', by: 'u1', reason: null })] as Record<
    string,
    unknown
  >[];
  await show();
  const items = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(items).toHaveLength(1);
  expect(items[0]?.textContent).toContain(`${t.diary.meanPain}: 3`);
  offline = true;
  fireEvent.click(
    within(screen.getByRole('list')).getByRole('button', { name: /^Remove the entry of / }),
  );
  await settle();
  fireEvent.click(screen.getByRole('button', { name: t.diary.removeYes }));
  await settle();
  expect(screen.getByRole('form', { name: t.diary.add }).textContent).toContain(
    t.diary.removeOffline,
  );
  expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
});
