// @vitest-environment happy-dom
/**
 * @module How the interview sends what the patient answered: a checklist's "None of these" and "I don't
 * know for any of these" fill only the lines not answered yet, so a Yes already ticked (a red flag) reaches
 * the server. The network is replaced by a server that asks one checklist question, then gives a result.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Router } from 'wouter';
import type { QuestionLine, ResultLine } from '../../../src/app/interview/view';
import { WEB_EN as t } from '../../../src/i18n/web.en';
import { LocaleProvider } from '../i18n';
import { SessionProvider } from '../session';
import { Interview } from './Interview';

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

const RESULT = {
  type: 'result',
  questions: 1,
  stoppedBecause: 'settled',
  triage: { level: 'routine', advice: 'advice', reasons: [] },
  groups: [],
  differential: [],
  unanswered: [],
  watchFor: [],
  selfCare: { mode: 'follow', heading: 'What you can do yourself', items: [], withheld: [] },
  prescriptionOnly: '',
  answers: {},
  notice: '',
  kbVersion: 'test',
} as unknown as ResultLine;

/** The answers of each `POST /api/interview`, in order. */
let asked: Record<string, unknown>[] = [];

async function settle(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  localStorage.clear();
  localStorage.setItem('tonus.locale', 'en');
  asked = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit = {}) => {
      if (url === '/api/interview') {
        const { answers } = JSON.parse(init.body as string) as {
          answers: Record<string, unknown>;
        };
        asked.push(answers);
        const done = CHECKLIST.asks.every((a) => a.ref in answers);
        return Promise.resolve(
          new Response(JSON.stringify(done ? RESULT : CHECKLIST), { status: 200 }),
        );
      }
      return Promise.resolve(new Response('{}', { status: 401 }));
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function showChecklist(): Promise<void> {
  render(
    <LocaleProvider>
      <SessionProvider>
        <Router>
          <Interview />
        </Router>
      </SessionProvider>
    </LocaleProvider>,
  );
  await settle();
  expect(screen.getByRole('heading', { name: CHECKLIST.text })).toBeTruthy();
}

/** Ticks `answer` on the checklist line labelled `label`. */
function tick(label: string, answer: string): void {
  const line = screen.getByRole('group', { name: label });
  fireEvent.click(within(line).getByLabelText(answer));
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
