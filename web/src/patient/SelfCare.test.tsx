// @vitest-environment happy-dom
/**
 * @module The self-care timers in a DOM with fake time: a stretch hold counts down and counts the holds, an
 * ice pack runs its 15–20 minutes and raises a notification when it is done (the Notification API is the
 * browser's, so it is replaced here), the drinking tracker moves towards its target or stops at the kidney
 * team's limit when the plan says so, and each session is sent once with its Idempotency-Key (the network is
 * replaced; the outbox is the real one).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ResultLine } from '../../../src/app/interview/view';
import { WEB_EN as t } from '../../../src/i18n/web.en';
import { WEB_ES } from '../../../src/i18n/web.es';
import { LocaleProvider } from '../i18n';
import { SessionProvider } from '../session';
import { SelfCare } from './SelfCare';

type Item = ResultLine['selfCare']['items'][number];

const PATIENT = { id: 'u1', role: 'patient', name: 'Ada', email: 'a@x.invalid', patientId: 'p1' };

interface Sent {
  readonly url: string;
  readonly key: string | null;
  readonly body: Record<string, unknown>;
}

let sent: Sent[] = [];
/** The plans the server holds for this patient (none unless a test gives one). */
let plans: unknown[] = [];
let notified: { title: string; body: string | undefined }[] = [];
const requestPermission = vi.fn(() => Promise.resolve('granted'));

function item(measure: string, extra: Partial<Item> = {}): Item {
  return { measure, text: '', cautions: [], sourceIds: [], status: 'V', ...extra };
}

/** The last result as the interview leaves it on this device, with these self-care items. */
function withPlan(items: Item[]): void {
  const last = { selfCare: { mode: 'follow', heading: '', items, withheld: [] } };
  localStorage.setItem('tonus.cache.lastResult', JSON.stringify(last));
}

async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** The screen with the interview's last result holding `items`, or with no result on this device. */
async function show(items: Item[] | null): Promise<void> {
  if (items !== null) {
    withPlan(items);
  }
  render(
    <LocaleProvider>
      <SessionProvider>
        <SelfCare />
      </SessionProvider>
    </LocaleProvider>,
  );
  // the session's look-up of /api/me
  await settle();
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
  localStorage.clear();
  localStorage.setItem('tonus.locale', 'en');
  sent = [];
  plans = [];
  notified = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (init.method === 'POST') {
        const body = JSON.parse(init.body as string) as Record<string, unknown>;
        sent.push({ url, key: headers.get('idempotency-key'), body });
        return Promise.resolve(
          new Response(JSON.stringify({ id: `s${sent.length}`, ...body }), { status: 201 }),
        );
      }
      const data = url === '/api/me' ? PATIENT : { items: url.endsWith('/plans') ? plans : [] };
      return Promise.resolve(new Response(JSON.stringify(data), { status: 200 }));
    }),
  );
  requestPermission.mockClear();
  // the browser's Notification: a constructor that records what it was asked to show
  const FakeNotification = Object.assign(
    function Notification(title: string, options?: NotificationOptions) {
      notified.push({ title, body: options?.body });
    },
    { permission: 'granted', requestPermission },
  );
  vi.stubGlobal('Notification', FakeNotification);
  // happy-dom has no Web Locks: one tab, so the lock is granted at once
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

describe('a stretch hold', () => {
  test('counts down the chosen seconds, counts each hold done, and saves the session once with its key', async () => {
    await show([item('stretch', { amounts: { holdSeconds: [30, 60] } })]);
    const card = screen.getByRole('article', { name: t.selfCare.stretch });
    fireEvent.change(card.querySelector('select') as HTMLSelectElement, {
      target: { value: '45' },
    });
    fireEvent.click(screen.getByRole('button', { name: t.selfCare.startHold }));
    await settle(10_000);
    expect(card.querySelector('[role="timer"]')?.textContent).toBe(t.selfCare.holding(35));
    expect(screen.getByText(t.selfCare.repsDone(0))).toBeTruthy();
    // a second hold cannot start while one runs
    expect(
      screen.getByRole('button', { name: t.selfCare.startHold }).hasAttribute('disabled'),
    ).toBe(true);
    await settle(35_000);
    expect(screen.getByText(t.selfCare.repsDone(1))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: t.selfCare.startHold }));
    await settle(44_000);
    expect(screen.getByText(t.selfCare.repsDone(1))).toBeTruthy();
    await settle(1_000);
    expect(screen.getByText(t.selfCare.repsDone(2))).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: t.selfCare.logSession }));
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('/api/patients/p1/self-care');
    // two holds of 45 s: a minute and a half, rounded to whole minutes
    expect(sent[0]?.body).toMatchObject({ measure: 'stretch', minutes: 2 });
    expect(sent[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByText(t.selfCare.repsDone(0))).toBeTruthy();
    // saved: the button waits for the next hold, so the same session is not sent twice
    expect(
      screen.getByRole('button', { name: t.selfCare.logSession }).hasAttribute('disabled'),
    ).toBe(true);
  });
});

describe('an ice pack', () => {
  test('runs the minutes chosen within 15–20, then notifies once and logs the session once', async () => {
    await show([item('ice', { amounts: { minutes: [15, 20] } })]);
    const card = screen.getByRole('article', { name: t.selfCare.ice });
    const select = card.querySelector('select') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => Number(o.value))).toEqual([15, 20]);
    fireEvent.change(select, { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: t.selfCare.startTimer }));
    await settle(60_000);
    expect(card.querySelector('[role="timer"]')?.textContent).toBe(t.selfCare.timeLeft(19, 0));
    await settle(18 * 60_000 + 59_000);
    expect(card.querySelector('[role="timer"]')?.textContent).toBe(t.selfCare.timeLeft(0, 1));
    expect(notified).toEqual([]);
    expect(sent).toEqual([]);
    await settle(1_000);
    expect(notified).toEqual([{ title: t.appName, body: t.selfCare.timerDone }]);
    expect(screen.getByRole('alert').textContent).toContain(t.selfCare.timerDone);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({
      measure: 'ice',
      minutes: 20,
      startedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(sent[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    // nothing more happens once it is done
    await settle(5 * 60_000);
    expect(notified).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  test('a pack taken off early is neither notified nor logged', async () => {
    await show([item('heat', { amounts: { minutes: [15, 20] } })]);
    fireEvent.click(screen.getByRole('button', { name: t.selfCare.startTimer }));
    await settle(5 * 60_000);
    fireEvent.click(screen.getByRole('button', { name: t.selfCare.stopTimer }));
    await settle(20 * 60_000);
    expect(notified).toEqual([]);
    expect(sent).toEqual([]);
  });

  test('asks for permission to notify when it has not been given yet', async () => {
    (Notification as unknown as { permission: string }).permission = 'default';
    await show([item('ice', { amounts: { minutes: [15, 20] } })]);
    fireEvent.click(screen.getByRole('button', { name: t.selfCare.startTimer }));
    expect(requestPermission).toHaveBeenCalledTimes(1);
  });
});

describe('the drinking tracker', () => {
  test('moves towards the 2–3 L target a glass at a time, each glass logged once', async () => {
    await show([item('hydration', { amounts: { litresPerDay: [2, 3] } })]);
    expect(screen.getByText(t.selfCare.target('2–3'))).toBeTruthy();
    const meter = document.querySelector('meter') as HTMLMeterElement;
    expect(meter.getAttribute('max')).toBe('3000');
    for (let i = 0; i < 3; i++) {
      fireEvent.click(screen.getByRole('button', { name: t.selfCare.addGlass }));
      await settle();
    }
    expect(meter.getAttribute('value')).toBe('750');
    expect(screen.getByRole('status').textContent).toBe(t.selfCare.drunk(750));
    expect(sent.map((s) => s.body.measure)).toEqual(['hydration', 'hydration', 'hydration']);
    expect(new Set(sent.map((s) => s.key)).size).toBe(3);
  });

  test('when the plan says the kidney team sets the limit, the target is that limit and the tracker stops there', async () => {
    await show([item('hydration', { reason: 'hydration_renal_allowance' })]);
    expect(screen.queryByText(t.selfCare.target('2–3'))).toBeNull();
    const add = screen.getByRole('button', { name: t.selfCare.addGlass });
    // no limit entered yet: nothing to aim for
    expect(add.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText(t.selfCare.renalLimitLabel), {
      target: { value: '500' },
    });
    const meter = document.querySelector('meter') as HTMLMeterElement;
    expect(meter.getAttribute('max')).toBe('500');
    fireEvent.click(add);
    await settle();
    expect(add.hasAttribute('disabled')).toBe(false);
    fireEvent.click(add);
    await settle();
    expect(meter.getAttribute('value')).toBe('500');
    expect(add.hasAttribute('disabled')).toBe(true);
    expect(sent).toHaveLength(2);
  });
});

describe("the clinician's plan", () => {
  const plan = {
    id: 'pl1',
    patientId: 'p1',
    body: {
      selfCare: [{ measure: 'stretch', timesPerDay: 3 }],
      goals: ['Walk to the shops without a spasm', 'Sleep through the night'],
      reviewOn: '2026-03-16',
    },
    createdAt: '2026-03-01T10:00:00.000Z',
    createdBy: 'c1',
  };

  test('shows the goals the clinician wrote and the day they will review it', async () => {
    plans = [plan];
    await show(null);
    const card = screen.getByRole('article', { name: t.selfCare.goals });
    expect([...card.querySelectorAll('li')].map((li) => li.textContent)).toEqual(plan.body.goals);
    expect(card.textContent).toContain(t.selfCare.reviewOn('March 16, 2026'));
    // the plan's measures get their timers
    expect(screen.getByRole('article', { name: t.selfCare.stretch })).toBeTruthy();
  });

  test('words the review day in Spanish for a Spanish page', async () => {
    localStorage.setItem('tonus.locale', 'es');
    plans = [plan];
    await show([]);
    const card = screen.getByRole('article', { name: WEB_ES.selfCare.goals });
    expect(card.textContent).toContain(WEB_ES.selfCare.reviewOn('16 de marzo de 2026'));
  });

  test('shows no goals card when there is no plan', async () => {
    await show([]);
    expect(screen.queryByRole('article', { name: t.selfCare.goals })).toBeNull();
    expect(screen.getByText(t.selfCare.noPlan)).toBeTruthy();
  });
});
