// @vitest-environment happy-dom
/**
 * @module How the interview sends what the patient answered: a checklist's "None of these" and "I don't
 * know for any of these" fill only the lines not answered yet, so a Yes already ticked (a red flag) reaches
 * the server; a number answer is checked against the question's range before it is sent, the problem said
 * in words beside the input and corrected in place; a refusal that sending again cannot mend offers Back,
 * not Try again. The network is replaced by a server that asks one question, then gives a result.
 */
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import type { QuestionLine } from '../../../src/app/interview/view';
import { WEB_EN as t } from '../../../src/i18n/web.en';
import { WEB_ES } from '../../../src/i18n/web.es';
import { WEB_PROBLEMS_EN as problems } from '../../../src/i18n/web-problems.en';
import {
  AGE,
  asked,
  interviewServer,
  renderInterview,
  resultLine,
  sent,
  settle,
  tick,
} from './interview.fixture';

const CHECKLIST: QuestionLine = {
  type: 'question',
  n: 1,
  id: 'red_flags',
  text: 'Do you have any of these now?',
  kind: 'checklist',
  asks: [
    { ref: 'findings.breathing_difficulty', label: 'Struggling to breathe' },
    { ref: 'findings.seizures', label: 'A fit or seizure' },
    { ref: 'findings.fever_reported', label: 'Fever' },
  ],
  options: [],
};

const PAIN: QuestionLine = {
  type: 'question',
  n: 1,
  id: 'pain',
  text: 'How bad is the pain right now?',
  kind: 'number',
  asks: [{ ref: 'history.painNrs', label: 'Pain from 0 to 10' }],
  options: [],
  number: { min: 0, max: 10, integer: true },
};

/** Who is signed in (`/api/me`): nobody unless a test says so. */
let me: object | null = null;
/** What the server answers a result sent to the patient's record. */
let recordStatus = 201;

/** The question asked first (a checklist unless a test says otherwise). */
let first: QuestionLine = CHECKLIST;

const RESULT = resultLine(1, { level: 'routine', advice: 'advice' });

beforeEach(() => {
  first = CHECKLIST;
  me = null;
  recordStatus = 201;
});

interviewServer(
  (answers) => {
    const done = first.asks.every((a) => a.ref in answers);
    const age = answers['patient.ageYears'];
    if (typeof age === 'number' && age > 120) {
      // the server's answer to a value outside the ref's range
      const error = { code: 'interview.invalid_value', pointer: '/answers/patient.ageYears' };
      return new Response(
        JSON.stringify({ errors: [{ ...error, field: 'answers', detail: 'not valid' }] }),
        { status: 422 },
      );
    }
    return sent(done ? RESULT : first);
  },
  (url) => {
    if (url === '/api/me' && me !== null) {
      return new Response(JSON.stringify(me));
    }
    if (url === '/api/patients/p1/interviews') {
      const refusal = { errors: [{ code: 'interview.not_finished', pointer: '', field: null }] };
      return recordStatus === 201
        ? new Response(JSON.stringify({ id: 'e1' }), { status: 201 })
        : new Response(JSON.stringify(refusal), { status: recordStatus });
    }
    return new Response('{}', { status: 401 });
  },
);

async function showFirst(): Promise<void> {
  await renderInterview();
  expect(screen.getByRole('heading', { name: first.text })).toBeTruthy();
}

async function showChecklist(): Promise<void> {
  await showFirst();
}

test('Yes on one line, then "None of these": that line is sent Yes, the others No', async () => {
  await showChecklist();
  tick('Struggling to breathe', t.interview.yes);
  fireEvent.click(screen.getByRole('button', { name: t.interview.noneOfThese }));
  await settle();
  expect(asked.at(-1)).toEqual({
    'findings.breathing_difficulty': true,
    'findings.seizures': false,
    'findings.fever_reported': false,
  });
  expect(screen.getByText('What you can do yourself')).toBeTruthy();
});

test('answered lines keep their answers under "I don\'t know for any of these"; the rest are not known', async () => {
  await showChecklist();
  tick('Struggling to breathe', t.interview.yes);
  tick('Fever', t.interview.no);
  fireEvent.click(screen.getByRole('button', { name: t.interview.dontKnowAll }));
  await settle();
  expect(asked.at(-1)).toEqual({
    'findings.breathing_difficulty': true,
    'findings.seizures': null,
    'findings.fever_reported': false,
  });
});

test('"None of these" with nothing ticked answers every line No', async () => {
  await showChecklist();
  fireEvent.click(screen.getByRole('button', { name: t.interview.noneOfThese }));
  await settle();
  expect(asked.at(-1)).toEqual({
    'findings.breathing_difficulty': false,
    'findings.seizures': false,
    'findings.fever_reported': false,
  });
});

describe('a number answer', () => {
  /** Types `value` and presses Next (worded `label` on a page in another language). */
  function next(value: string, label = t.interview.next): void {
    fireEvent.change(screen.getByRole('spinbutton'), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: label }));
  }

  test('says its range and unit; an answer outside it is said in words beside the input, not sent, and corrected in place', async () => {
    first = AGE;
    await showFirst();
    const input = screen.getByRole('spinbutton', { name: 'Age in years' });
    expect(input.getAttribute('min')).toBe('0');
    expect(input.getAttribute('max')).toBe('120');
    expect(input.getAttribute('step')).toBe('any');
    expect(screen.getByText(t.interview.units.years)).toBeTruthy();

    next('150');
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(t.interview.range('0', '120'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    // nothing was sent: only the first question was asked
    expect(asked).toEqual([{}]);

    next('abc');
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(t.interview.range('0', '120'));
    expect(asked).toEqual([{}]);

    next('42');
    await settle();
    expect(asked.at(-1)).toEqual({ 'patient.ageYears': 42 });
    expect(screen.getByText('What you can do yourself')).toBeTruthy();
  });

  test("a whole-number question refuses a fraction and steps by one; the range reads in the page's language", async () => {
    localStorage.setItem('tonus.locale', 'es');
    first = PAIN;
    await showFirst();
    const input = screen.getByRole('spinbutton');
    expect(input.getAttribute('step')).toBe('1');
    next('6.5', WEB_ES.interview.next);
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(WEB_ES.interview.wholeRange('0', '10'));
    expect(asked).toEqual([{}]);
    next('6', WEB_ES.interview.next);
    await settle();
    expect(asked.at(-1)).toEqual({ 'history.painNrs': 6 });
  });

  test('a refusal from the server that the same answer cannot mend offers Back, not Try again', async () => {
    // a question line without its range (an older server): the server is the one to refuse
    const { number: _range, ...bare } = AGE;
    first = bare;
    await showFirst();
    next('150');
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(
      problems.code['interview.invalid_value'](null),
    );
    expect(screen.queryByRole('button', { name: t.interview.retry })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: t.interview.back }));
    await settle();
    expect(screen.getByRole('spinbutton', { name: 'Age in years' })).toBeTruthy();
  });
});

describe("the result sent to a signed-in patient's record", () => {
  async function finish(): Promise<HTMLElement> {
    me = { id: 'u1', role: 'patient', name: 'Ada', email: 'a@x.invalid', patientId: 'p1' };
    Object.defineProperty(navigator, 'locks', {
      configurable: true,
      value: { request: (_name: string, f: () => Promise<unknown>) => f() },
    });
    await showFirst();
    fireEvent.click(screen.getByRole('button', { name: t.interview.noneOfThese }));
    await settle();
    await settle();
    return screen.getByRole('status');
  }

  test('is said saved once the server stored it', async () => {
    expect((await finish()).textContent).toBe(`✓ ${t.result.saved}`);
  });

  test('refused by the server, is said refused with its reason, not "will be saved when the connection returns"', async () => {
    recordStatus = 422;
    const status = await finish();
    expect(status.textContent).toBe(
      `${problems.refused}: ${problems.code['interview.not_finished'](null)}`,
    );
    expect(status.textContent).not.toContain(t.result.notSaved);
  });
});
