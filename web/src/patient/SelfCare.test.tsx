// @vitest-environment happy-dom
/**
 * @module The self-care timers in a DOM with fake time: a stretch hold counts down and counts the holds, an
 * ice pack runs its 15–20 minutes and raises a notification when it is done (the Notification API is the
 * browser's, so it is replaced here), the drinking tracker moves towards its target or stops at the kidney
 * team's limit when the plan says so, and each session is sent once with its Idempotency-Key (the network is
 * replaced; the outbox is the real one). The page follows the newer of the clinician's plan and the last
 * symptom check on the device, says which, and under a plan shows only its measures, how often a day, and
 * the check's cautions of the same measure. A check read in another language than it was answered in is
 * asked of the server again with the same answers and shown in the page's language. A signed-in patient's
 * last check saved on the record takes the place of a device's missing or older one, with the record's time.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ResultLine } from '../../../src/app/interview/view';
import { en } from '../../../src/i18n/en';
import { WEB_EN as t } from '../../../src/i18n/web.en';
import { WEB_ES } from '../../../src/i18n/web.es';
import { LocaleProvider } from '../i18n';
import { WEB_PROBLEMS_EN as problems } from '../../../src/i18n/web-problems.en';
import { noteServerDate } from '../server-clock';
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
/** What the page asked the interview (`POST /api/interview`): the answers and the language. */
let asked: { answers: object; locale: string }[] = [];
/** The server's refusal of every session sent (problem+json), or none: it stores them. */
let refusal: object | null = null;
/** No network: every session sent fails before reaching the server. */
let offline = false;
/**
 * The patient's latest check saved on the record (`GET …/interviews/latest`): its answers, language and
 * when it was saved; `null` for none (404), `'fails'` for a server that cannot read it (500).
 */
let onRecord: { at: string; answers: object; locale: string } | 'fails' | null = null;
/** What the interview answers for a check's answers, worded in `locale` (unless a test says otherwise). */
let interviewReply: (locale: string) => object = interviewAnswer;
/** A slow interview: its reply to these answers (the default one) waits until `release` settles. */
let held: { answers: object; release: Promise<void> } | null = null;

/** The interview's result for the same answers, worded in `locale`: it sends the patient to care now. */
function interviewAnswer(locale: string): object {
  const advice =
    locale === 'es'
      ? 'Vaya ahora a un servicio de urgencias.'
      : 'Go to an emergency department now.';
  return {
    type: 'result',
    selfCare: { mode: 'seek_care_now', heading: '', items: [], withheld: [] },
    triage: { level: 'emergency', advice, reasons: [] },
  };
}
const requestPermission = vi.fn(() => Promise.resolve('granted'));

function item(measure: string, extra: Partial<Item> = {}): Item {
  return { measure, text: '', cautions: [], sourceIds: [], status: 'V', ...extra };
}

/**
 * The last result as the interview leaves it on this device, with these self-care items, arrived at `at`
 * (none: a result cached before the interview kept its time).
 */
function withPlan(items: Item[], at?: string, selfCare: object = {}, triage: object = {}): void {
  const last = {
    selfCare: { mode: 'follow', heading: '', items, withheld: [], ...selfCare },
    triage: { level: 'routine', advice: '', reasons: [], ...triage },
  };
  localStorage.setItem('tonus.cache.lastResult', JSON.stringify(last));
  if (at !== undefined) {
    localStorage.setItem('tonus.cache.lastResultAt', JSON.stringify(at));
  }
}

async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** The screen with the interview's last result holding `items` (arrived at `at`), or with no result on this device. */
async function show(items: Item[] | null, at?: string): Promise<void> {
  if (items !== null) {
    withPlan(items, at);
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
  // the device's clock agrees with the server's until a test says otherwise
  noteServerDate(new Date().toUTCString());
  refusal = null;
  offline = false;
  onRecord = null;
  interviewReply = interviewAnswer;
  held = null;
  localStorage.clear();
  localStorage.setItem('tonus.locale', 'en');
  sent = [];
  asked = [];
  plans = [];
  notified = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (url === '/api/interview') {
        const body = JSON.parse(init.body as string) as { answers: object; locale: string };
        asked.push(body);
        if (held !== null && JSON.stringify(body.answers) === JSON.stringify(held.answers)) {
          return held.release.then(
            () => new Response(JSON.stringify(interviewAnswer(body.locale)), { status: 200 }),
          );
        }
        return Promise.resolve(
          new Response(JSON.stringify(interviewReply(body.locale)), { status: 200 }),
        );
      }
      if (url === '/api/patients/p1/interviews/latest') {
        if (offline) {
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        if (onRecord === null || onRecord === 'fails') {
          const status = onRecord === null ? 404 : 500;
          return Promise.resolve(
            new Response(JSON.stringify({ status, detail: 'no', errors: [] }), { status }),
          );
        }
        return Promise.resolve(
          new Response(JSON.stringify({ encounterId: 'e1', ...onRecord }), { status: 200 }),
        );
      }
      if (init.method === 'POST') {
        if (offline) {
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        const body = JSON.parse(init.body as string) as Record<string, unknown>;
        sent.push({ url, key: headers.get('idempotency-key'), body });
        if (refusal !== null) {
          return Promise.resolve(new Response(JSON.stringify(refusal), { status: 422 }));
        }
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

describe('saving a session', () => {
  /** The massage card's status line, once the session has been logged. */
  async function logMassage(): Promise<HTMLElement> {
    await show([item('massage')]);
    const card = screen.getByRole('article', { name: t.selfCare.massage });
    fireEvent.click(within(card).getByRole('button', { name: t.selfCare.logSession }));
    return within(card).getByRole('status');
  }

  test('says saved only once the server has stored it, not when the button is pressed', async () => {
    const status = await logMassage();
    expect(status.textContent).toBe(t.selfCare.saving);
    await settle();
    expect(status.textContent).toBe(`✓ ${t.selfCare.logged}`);
    expect(sent).toHaveLength(1);
  });

  test('a session the server refuses says so, with its reason, and never that it was saved', async () => {
    refusal = {
      status: 422,
      detail: 'startedAt: in the future',
      errors: [{ code: 'record.in_future', pointer: '/startedAt', field: 'startedAt', detail: '' }],
    };
    const status = await logMassage();
    await settle();
    expect(status.textContent).toBe(
      `${problems.refused}: ${problems.code['record.in_future'](problems.fields.startedAt)}`,
    );
    expect(status.textContent).not.toContain(t.selfCare.logged);
  });

  test('offline, the session is said to be kept on this device until the network returns', async () => {
    offline = true;
    const status = await logMassage();
    await settle();
    expect(status.textContent).toBe(t.selfCare.loggedOffline);
    expect(JSON.parse(localStorage.getItem('tonus.outbox') ?? '[]')).toHaveLength(1);
  });

  test('on a device whose clock is three hours slow, the session starts at the server’s time', async () => {
    noteServerDate(new Date(Date.now() + 3 * 3_600_000).toUTCString());
    await logMassage();
    await settle();
    // ten minutes of massage, just ended at the server's 12:00
    expect(sent[0]?.body).toMatchObject({
      measure: 'massage',
      minutes: 10,
      startedAt: '2026-03-02T11:50:00.000Z',
    });
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
    expect(screen.getByText(t.selfCare.target(2, 3))).toBeTruthy();
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
    expect(screen.queryByText(t.selfCare.target(2, 3))).toBeNull();
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

describe("the newer of the clinician's plan and the symptom check", () => {
  /** A plan the clinician wrote at `createdAt`, with these measures and how often a day. */
  function planOf(createdAt: string, selfCare: [string, number][]): unknown {
    return {
      id: `pl-${createdAt}`,
      patientId: 'p1',
      body: {
        selfCare: selfCare.map(([measure, timesPerDay]) => ({ measure, timesPerDay })),
        goals: [],
      },
      createdAt,
      createdBy: 'c1',
    };
  }

  const SKIN =
    'You may not feel heat or cold well: keep a cloth between skin and pack and check your skin every few minutes.';
  const KIDNEY =
    'With kidney disease, do not take magnesium, potassium or electrolyte drinks unless your kidney team agrees.';

  /** The measure cards on the page, by title, in the order shown (the goals card is not a measure). */
  function cards(): string[] {
    return screen
      .queryAllByRole('article')
      .map((a) => a.querySelector('h2')?.textContent ?? '')
      .filter((h) => h !== t.selfCare.goals);
  }

  /** The cautions shown with a measure's card (they sit just after it). */
  function cautionsOf(title: string): string[] {
    const card = screen.getByRole('article', { name: title });
    return [...(card.parentElement?.querySelectorAll('.cautions li') ?? [])].map(
      (li) => li.textContent,
    );
  }

  const CHECK = [
    item('stretch', { text: 'Stretch gently.' }),
    item('heat', { text: 'Heat helps.', cautions: [SKIN] }),
    item('hydration', { amounts: { litresPerDay: [2, 3] } }),
  ];

  /** A plan written at noon on 1 March: drinking 4 times a day, stretching twice. */
  const NOON_PLAN = planOf('2026-03-01T12:00:00.000Z', [
    ['hydration', 4],
    ['stretch', 2],
  ]);

  const UNTIL_SEEN = {
    mode: 'until_seen',
    heading: 'What you can do until a doctor sees you',
    withheldText: 'Massage is left out until a doctor has ruled out a serious cause.',
  };

  test('a plan written after the check governs: only its measures, in its order, each with how often a day', async () => {
    plans = [NOON_PLAN];
    withPlan(CHECK, '2026-03-01T09:00:00.000Z', UNTIL_SEEN);
    await show(null);
    // heat was in the check but the clinician left it out: it is not shown
    expect(cards()).toEqual([t.selfCare.hydration, t.selfCare.stretch]);
    expect(screen.getByRole('article', { name: t.selfCare.hydration }).textContent).toContain(
      t.selfCare.timesPerDay(4),
    );
    expect(screen.getByRole('article', { name: t.selfCare.stretch }).textContent).toContain(
      t.selfCare.timesPerDay(2),
    );
    expect(screen.getByText(t.selfCare.fromPlan('March 1, 2026'))).toBeTruthy();
    expect(screen.queryByText(t.selfCare.fromCheck, { exact: false })).toBeNull();
    // what the older check said of the list as a whole no longer applies
    expect(screen.queryByText(UNTIL_SEEN.heading)).toBeNull();
    expect(screen.queryByText(UNTIL_SEEN.withheldText)).toBeNull();
  });

  test('a check after the plan governs: its own measures and words, and no plan frequencies', async () => {
    plans = [NOON_PLAN];
    withPlan(CHECK, '2026-03-02T08:00:00.000Z', UNTIL_SEEN);
    await show(null);
    expect(screen.getByRole('heading', { name: UNTIL_SEEN.heading })).toBeTruthy();
    expect(screen.getByText(UNTIL_SEEN.withheldText)).toBeTruthy();
    expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.heat, t.selfCare.hydration]);
    expect(screen.queryByText(t.selfCare.timesPerDay(4))).toBeNull();
    expect(screen.queryByText(t.selfCare.timesPerDay(2))).toBeNull();
    expect(screen.getByText(t.selfCare.fromCheckOn('March 2, 2026'))).toBeTruthy();
    expect(screen.queryByText(t.selfCare.fromPlan('March 1, 2026'))).toBeNull();
  });

  test('a check after the plan that sends the patient to care now wins: its advice, and no measure to delay it', async () => {
    plans = [NOON_PLAN];
    withPlan(
      [],
      '2026-03-02T08:00:00.000Z',
      { mode: 'seek_care_now' },
      { level: 'emergency', advice: 'Go to an emergency department now.' },
    );
    await show(null);
    expect(screen.getByRole('alert').textContent).toBe('Go to an emergency department now.');
    expect(cards()).toEqual([]);
    expect(screen.queryByText(t.selfCare.noPlan)).toBeNull();
    expect(screen.getByText(t.selfCare.fromCheckOn('March 2, 2026'))).toBeTruthy();
  });

  test("a check after the plan that sends the patient to care now says so before anything else, the old plan's goals included", async () => {
    plans = [
      {
        ...(NOON_PLAN as { body: object }),
        body: { selfCare: [{ measure: 'stretch', timesPerDay: 2 }], goals: ['Sleep through'] },
      },
    ];
    withPlan(
      [],
      '2026-03-02T08:00:00.000Z',
      { mode: 'seek_care_now' },
      { level: 'emergency', advice: 'Go to an emergency department now.' },
    );
    await show(null);
    const alert = screen.getByRole('alert');
    const goals = screen.getByRole('article', { name: t.selfCare.goals });
    // the emergency advice is the first thing after the page's title
    expect(alert.compareDocumentPosition(goals) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toBe(alert);
  });

  test('a check answered in English and read on a Spanish page is worded again in Spanish, its urgent advice first, still from when it arrived', async () => {
    localStorage.setItem('tonus.locale', 'es');
    withPlan(
      [],
      '2026-03-02T08:00:00.000Z',
      { mode: 'seek_care_now' },
      { level: 'emergency', advice: 'Go to an emergency department now.' },
    );
    localStorage.setItem('tonus.cache.lastResultAnswers', JSON.stringify({ fever: true }));
    localStorage.setItem('tonus.cache.lastResultLocale', JSON.stringify('en'));
    await show(null);
    await settle();
    expect(asked).toEqual([{ answers: { fever: true }, locale: 'es' }]);
    expect(screen.getByRole('alert').textContent).toBe('Vaya ahora a un servicio de urgencias.');
    expect(screen.getByText(WEB_ES.selfCare.fromCheckOn('2 de marzo de 2026'))).toBeTruthy();
    // kept in the new words, still from 08:00, and not asked again
    expect(localStorage.getItem('tonus.cache.lastResultLocale')).toBe('"es"');
    expect(localStorage.getItem('tonus.cache.lastResultAt')).toBe('"2026-03-02T08:00:00.000Z"');
    await settle(1_000);
    expect(asked).toHaveLength(1);
  });

  test('a check read in the language it was answered in is not asked again; one cached without its answers keeps its words', async () => {
    withPlan([], '2026-03-02T08:00:00.000Z', { mode: 'seek_care_now' }, { advice: 'Go now.' });
    localStorage.setItem('tonus.cache.lastResultAnswers', JSON.stringify({ fever: true }));
    localStorage.setItem('tonus.cache.lastResultLocale', JSON.stringify('en'));
    await show(null);
    await settle();
    expect(asked).toEqual([]);
    cleanup();
    localStorage.setItem('tonus.locale', 'es');
    localStorage.removeItem('tonus.cache.lastResultAnswers');
    await show(null);
    await settle();
    expect(asked).toEqual([]);
    expect(screen.getByRole('alert').textContent).toBe('Go now.');
  });

  test('a plan with no check on this device governs', async () => {
    plans = [planOf('2026-03-01T12:00:00.000Z', [['ice', 2]])];
    await show(null);
    expect(cards()).toEqual([t.selfCare.ice]);
    expect(screen.getByText(t.selfCare.fromPlan('March 1, 2026'))).toBeTruthy();
  });

  test('a check cached before its time was kept yields to the plan, even a plan older than today', async () => {
    plans = [planOf('2026-02-01T12:00:00.000Z', [['massage', 1]])];
    await show(CHECK);
    expect(cards()).toEqual([t.selfCare.massage]);
    expect(screen.getByText(t.selfCare.fromPlan('February 1, 2026'))).toBeTruthy();
  });

  test('a check cached before its time was kept still shows when there is no plan, without a day', async () => {
    await show(CHECK);
    expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.heat, t.selfCare.hydration]);
    expect(screen.getByText(t.selfCare.fromCheck)).toBeTruthy();
  });

  test('says how often a day in Spanish for a Spanish page, and which plan it follows', async () => {
    localStorage.setItem('tonus.locale', 'es');
    plans = [
      planOf('2026-03-01T12:00:00.000Z', [
        ['stretch', 1],
        ['hydration', 3],
      ]),
    ];
    await show(null);
    const es = WEB_ES.selfCare;
    expect(screen.getByRole('article', { name: es.stretch }).textContent).toContain(
      es.timesPerDay(1),
    );
    expect(screen.getByRole('article', { name: es.hydration }).textContent).toContain(
      es.timesPerDay(3),
    );
    expect(es.timesPerDay(1)).toBe('Una vez al día');
    expect(es.timesPerDay(3)).toBe('3 veces al día');
    expect(t.selfCare.timesPerDay(1)).toBe('Once a day');
    expect(screen.getByText(es.fromPlan('1 de marzo de 2026'))).toBeTruthy();
  });

  test("keeps the check's caution on the plan's same measure, and invents none for the others", async () => {
    plans = [
      planOf('2026-03-01T12:00:00.000Z', [
        ['heat', 2],
        ['hydration', 3],
        ['massage', 1],
      ]),
    ];
    await show(CHECK, '2026-03-01T09:00:00.000Z');
    expect(cards()).toEqual([t.selfCare.heat, t.selfCare.hydration, t.selfCare.massage]);
    expect(cautionsOf(t.selfCare.heat)).toEqual([SKIN]);
    expect(cautionsOf(t.selfCare.hydration)).toEqual([]);
    // massage was not in the check at all
    expect(cautionsOf(t.selfCare.massage)).toEqual([]);
    expect(screen.getAllByText(SKIN)).toHaveLength(1);
  });

  test('under a plan for heat, the skin caution the check gave its ice still holds: it is about the patient, not the pack', async () => {
    plans = [planOf('2026-03-01T12:00:00.000Z', [['heat', 2]])];
    await show([item('ice', { cautions: [SKIN] })], '2026-03-01T09:00:00.000Z');
    expect(cards()).toEqual([t.selfCare.heat]);
    expect(cautionsOf(t.selfCare.heat)).toEqual([SKIN]);
  });

  test("under a plan for supplements, the kidney caution the check gave with the kidney team's limit still holds", async () => {
    plans = [planOf('2026-03-01T12:00:00.000Z', [['supplements', 1]])];
    await show(
      [item('hydration', { reason: 'hydration_renal_allowance', cautions: [KIDNEY] })],
      '2026-03-01T09:00:00.000Z',
    );
    expect(cautionsOf(t.selfCare.supplements)).toEqual([KIDNEY]);
  });

  test('under a plan for supplements, no kidney caution when the check found no kidney limit', async () => {
    plans = [planOf('2026-03-01T12:00:00.000Z', [['supplements', 1]])];
    await show(
      [item('hydration', { reason: 'hydration_target', cautions: [] })],
      '2026-03-01T09:00:00.000Z',
    );
    expect(cautionsOf(t.selfCare.supplements)).toEqual([]);
  });

  test("under the plan, the kidney team's limit the check found still governs the drinking tracker", async () => {
    plans = [planOf('2026-03-01T12:00:00.000Z', [['hydration', 5]])];
    await show(
      [item('hydration', { reason: 'hydration_renal_allowance', cautions: [KIDNEY] })],
      '2026-03-01T09:00:00.000Z',
    );
    expect(screen.getByText(t.selfCare.fromPlan('March 1, 2026'))).toBeTruthy();
    expect(screen.getByLabelText(t.selfCare.renalLimitLabel)).toBeTruthy();
    expect(screen.queryByText(t.selfCare.target(2, 3))).toBeNull();
    expect(screen.getByRole('button', { name: t.selfCare.addGlass }).hasAttribute('disabled')).toBe(
      true,
    );
    expect(cautionsOf(t.selfCare.hydration)).toEqual([KIDNEY]);
  });

  test('supplements and keeping active from the plan get a card; the doctor, not a count on the page, says how much of a supplement', async () => {
    plans = [
      planOf('2026-03-01T12:00:00.000Z', [
        ['supplements', 2],
        ['stay_active', 3],
      ]),
    ];
    await show(null);
    expect(cards()).toEqual([t.selfCare.supplements, t.selfCare.stayActive]);
    const supplements = screen.getByRole('article', { name: t.selfCare.supplements });
    expect(supplements.textContent).toContain(t.selfCare.supplementsAsk);
    // a count beside a supplement would read as a dose
    expect(supplements.textContent).not.toContain(t.selfCare.timesPerDay(2));
    expect(screen.getByRole('article', { name: t.selfCare.stayActive }).textContent).toContain(
      t.selfCare.timesPerDay(3),
    );
  });

  describe('the last check saved on the record', () => {
    /** A check answered on another device, in Spanish, saved on the record at 10:00 on 1 March. */
    const SAVED = {
      at: '2026-03-01T10:00:00.000Z',
      answers: { 'findings.fever_reported': false, 'history.onset': null },
      locale: 'es',
    };
    /** What the interview says of those answers: stretching and ice until a doctor has seen the patient. */
    function untilSeen(locale: string): object {
      return {
        type: 'result',
        selfCare: {
          ...UNTIL_SEEN,
          heading:
            locale === 'es' ? 'Lo que puede hacer hasta que le vea un médico' : UNTIL_SEEN.heading,
          items: [item('stretch', { text: 'Stretch gently.' }), item('ice', { cautions: [SKIN] })],
          withheld: ['massage'],
        },
        triage: { level: 'consultation_24', advice: 'See a doctor within a day.', reasons: [] },
      };
    }
    const cached = (key: string): unknown =>
      JSON.parse(localStorage.getItem(`tonus.cache.${key}`) ?? 'null');

    test("a fresh device shows the self-care of the check saved on the record, in the page's language, from when it was saved", async () => {
      onRecord = SAVED;
      interviewReply = untilSeen;
      await show(null);
      await settle();
      // the answers saved, asked of the interview in the page's language (English), not the check's
      expect(asked).toEqual([{ answers: SAVED.answers, locale: 'en' }]);
      expect(screen.getByRole('heading', { name: UNTIL_SEEN.heading })).toBeTruthy();
      expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.ice]);
      expect(cautionsOf(t.selfCare.ice)).toEqual([SKIN]);
      expect(screen.getByText(t.selfCare.fromCheckOn('March 1, 2026'))).toBeTruthy();
      expect(screen.queryByText(t.selfCare.noPlan)).toBeNull();
      // kept as this device's last result, from when it was saved on the record
      expect(cached('lastResultAt')).toBe(SAVED.at);
      expect(cached('lastResultAnswers')).toEqual(SAVED.answers);
      expect(cached('lastResultLocale')).toBe('en');
      // the next visit finds the same check on the device: nothing asked again
      cleanup();
      await show(null);
      await settle();
      expect(asked).toHaveLength(1);
      expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.ice]);
    });

    test('signed in again on a device whose cache was cleared, a saved check that sends the patient to care now says so first, in Spanish on a Spanish page', async () => {
      localStorage.setItem('tonus.locale', 'es');
      onRecord = { ...SAVED, locale: 'en' };
      await show(null);
      await settle();
      expect(asked).toEqual([{ answers: SAVED.answers, locale: 'es' }]);
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toBe('Vaya ahora a un servicio de urgencias.');
      expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toBe(alert);
      expect(cards()).toEqual([]);
      expect(screen.getByText(WEB_ES.selfCare.fromCheckOn('1 de marzo de 2026'))).toBeTruthy();
    });

    test("a device with a newer check of its own keeps it: the record's older check is not asked for", async () => {
      onRecord = SAVED;
      interviewReply = untilSeen;
      withPlan(CHECK, '2026-03-02T08:00:00.000Z');
      localStorage.setItem('tonus.cache.lastResultAnswers', JSON.stringify({ fever: true }));
      localStorage.setItem('tonus.cache.lastResultLocale', JSON.stringify('en'));
      await show(null);
      await settle();
      expect(asked).toEqual([]);
      expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.heat, t.selfCare.hydration]);
      expect(screen.getByText(t.selfCare.fromCheckOn('March 2, 2026'))).toBeTruthy();
      expect(cached('lastResultAt')).toBe('2026-03-02T08:00:00.000Z');
      expect(cached('lastResultAnswers')).toEqual({ fever: true });
    });

    test("a device with an older check, or one kept before its time was, takes the record's newer check", async () => {
      onRecord = SAVED;
      interviewReply = untilSeen;
      withPlan(CHECK, '2026-02-20T08:00:00.000Z');
      localStorage.setItem('tonus.cache.lastResultAnswers', JSON.stringify({ fever: true }));
      localStorage.setItem('tonus.cache.lastResultLocale', JSON.stringify('en'));
      await show(null);
      await settle();
      expect(asked).toHaveLength(1);
      expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.ice]);
      expect(screen.getByText(t.selfCare.fromCheckOn('March 1, 2026'))).toBeTruthy();
      cleanup();
      localStorage.clear();
      localStorage.setItem('tonus.locale', 'en');
      await show(CHECK);
      await settle();
      expect(asked).toHaveLength(2);
      expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.ice]);
      expect(cached('lastResultAt')).toBe(SAVED.at);
    });

    test("new words for the device's older check that arrive after the record's check took its place are not kept", async () => {
      onRecord = SAVED;
      interviewReply = untilSeen;
      let release: () => void = () => undefined;
      held = { answers: { fever: true }, release: new Promise((r) => (release = r)) };
      // an older check answered in Spanish, read on an English page: asked again, slowly
      withPlan(CHECK, '2026-02-20T08:00:00.000Z');
      localStorage.setItem('tonus.cache.lastResultAnswers', JSON.stringify({ fever: true }));
      localStorage.setItem('tonus.cache.lastResultLocale', JSON.stringify('es'));
      await show(null);
      await settle();
      expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.ice]);
      release();
      await settle();
      expect(asked).toHaveLength(2);
      // the record's check stands, in its own words: the old check's words are not put in its place
      expect(screen.queryByText('Go to an emergency department now.')).toBeNull();
      expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.ice]);
      expect(cached('lastResultAnswers')).toEqual(SAVED.answers);
      expect(cached('lastResult')).toMatchObject({ selfCare: { mode: 'until_seen' } });
    });

    test("the same check saved on the record a moment after its result arrived keeps this device's time and words", async () => {
      onRecord = { ...SAVED, at: '2026-03-01T10:00:02.000Z' };
      withPlan(CHECK, '2026-03-01T10:00:00.000Z');
      // the same answers, in another order
      localStorage.setItem(
        'tonus.cache.lastResultAnswers',
        JSON.stringify({ 'history.onset': null, 'findings.fever_reported': false }),
      );
      localStorage.setItem('tonus.cache.lastResultLocale', JSON.stringify('en'));
      await show(null);
      await settle();
      expect(asked).toEqual([]);
      expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.heat, t.selfCare.hydration]);
      expect(cached('lastResultAt')).toBe('2026-03-01T10:00:00.000Z');
    });

    test("the newer of the plan and the check still decides, with the record's time: a plan written after the saved check governs", async () => {
      plans = [NOON_PLAN];
      onRecord = SAVED;
      interviewReply = untilSeen;
      await show(null);
      await settle();
      expect(asked).toHaveLength(1);
      expect(cards()).toEqual([t.selfCare.hydration, t.selfCare.stretch]);
      expect(screen.getByText(t.selfCare.fromPlan('March 1, 2026'))).toBeTruthy();
      expect(screen.queryByText(UNTIL_SEEN.heading)).toBeNull();
      cleanup();
      localStorage.clear();
      localStorage.setItem('tonus.locale', 'en');
      onRecord = { ...SAVED, at: '2026-03-02T07:00:00.000Z' };
      await show(null);
      await settle();
      expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.ice]);
      expect(screen.getByText(t.selfCare.fromCheckOn('March 2, 2026'))).toBeTruthy();
    });

    test('offline, with none saved, or when the record cannot be read, the page stays as it was', async () => {
      for (const state of ['offline', 'none', 'fails'] as const) {
        cleanup();
        offline = state === 'offline';
        onRecord = ({ offline: SAVED, none: null, fails: 'fails' } as const)[state];
        await show(null);
        await settle();
        expect(asked, state).toEqual([]);
        expect(screen.getByText(t.selfCare.noPlan)).toBeTruthy();
        expect(localStorage.getItem('tonus.cache.lastResult'), state).toBeNull();
      }
      cleanup();
      offline = false;
      onRecord = 'fails';
      withPlan(CHECK, '2026-02-20T08:00:00.000Z');
      await show(null);
      await settle();
      expect(cards()).toEqual([t.selfCare.stretch, t.selfCare.heat, t.selfCare.hydration]);
      expect(screen.getByText(t.selfCare.fromCheckOn('February 20, 2026'))).toBeTruthy();
    });
  });
});

describe("a child's check", () => {
  const heading = en.selfCareMode.child_doctor_advises;

  test('lists no adult measure or timer, and says a doctor advises instead of "no plan yet"', async () => {
    withPlan([], '2026-03-02T08:00:00.000Z', { mode: 'child_doctor_advises', heading });
    await show(null);
    expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
    expect(screen.queryByText(t.selfCare.noPlan)).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('meter')).toBeNull();
  });
});

describe('the timers say what they do', () => {
  /** The words before a card's length picker. */
  const lengthLabel = (card: string): string =>
    screen.getByRole('article', { name: card }).querySelector('label')?.firstChild?.textContent ??
    '';

  test('each card names its own length: a stretch is held, a pack stays on, a massage lasted (no "Hold" for a massage)', async () => {
    await show([
      item('stretch', { amounts: { holdSeconds: [30, 60] } }),
      item('ice', { amounts: { minutes: [15, 20] } }),
      item('massage'),
    ]);
    expect(lengthLabel(t.selfCare.stretch)).toBe('Hold each stretch for');
    expect(lengthLabel(t.selfCare.ice)).toBe('Keep the pack on for');
    expect(lengthLabel(t.selfCare.massage)).toBe('The massage lasted');
    const massage = screen.getByRole('article', { name: t.selfCare.massage });
    expect(massage.textContent).not.toMatch(/\bHold\b/);
  });

  test('the buttons say what they start and stop, and a stopped pack says nothing is saved', async () => {
    await show([
      item('stretch', { amounts: { holdSeconds: [30, 60] } }),
      item('heat', { amounts: { minutes: [15, 20] } }),
    ]);
    expect(screen.getByRole('button', { name: 'Start timing a hold' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start timing a hold' }));
    await settle(5_000);
    const stretch = screen.getByRole('article', { name: t.selfCare.stretch });
    expect(stretch.querySelector('[role="timer"]')?.textContent).toBe(
      'Keep holding the stretch: 25 s left',
    );
    fireEvent.click(screen.getByRole('button', { name: t.selfCare.startTimer }));
    expect(screen.getByRole('button', { name: 'Stop the timer (nothing is saved)' })).toBeTruthy();
  });

  test('in Spanish the same three lengths have three different names, none a bare "Mantener"', () => {
    const names = [WEB_ES.selfCare.holdFor, WEB_ES.selfCare.packFor, WEB_ES.selfCare.massageFor];
    expect(new Set(names).size).toBe(3);
    expect(names).not.toContain('Mantener durante');
    expect(WEB_ES.selfCare.massageFor).toBe('El masaje duró');
    expect(WEB_ES.selfCare.stopTimer).toBe('Parar el temporizador (no se guarda nada)');
  });
});
