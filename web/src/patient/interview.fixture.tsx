/**
 * @module What the interview's tests share (no test of its own): the age question, a result line, the
 * screen with the interview in its providers, a stand-in server that records the answers of each
 * `POST /api/interview`, fake timers and an English page before each test, and the clean-up after it.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { Router } from 'wouter';
import type { QuestionLine, ResultLine } from '../../../src/app/interview/view';
import { LocaleProvider } from '../i18n';
import { SessionProvider } from '../session';
import { Interview } from './Interview';

export const AGE: QuestionLine = {
  type: 'question',
  n: 1,
  id: 'age',
  text: 'How old are you?',
  kind: 'number',
  asks: [{ ref: 'patient.ageYears', label: 'Age in years' }],
  options: [],
  number: { min: 0, max: 120, integer: false, unit: 'years' },
};

/** A settled result with no cause, no self-care item and no notice, its level and count as the test says. */
export function resultLine(
  questions: number,
  triage: { readonly level: string; readonly advice: string },
): ResultLine {
  return {
    type: 'result',
    questions,
    stoppedBecause: 'settled',
    triage: { ...triage, reasons: [] },
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
}

/** The answers of each `POST /api/interview`, in order (emptied before each test). */
export const asked: Record<string, unknown>[] = [];

/** Lets the page's requests and their renders settle. */
export async function settle(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

/**
 * Before each test: fake timers, an English page and a server whose `POST /api/interview` is answered by
 * `step` (from the answers sent, each kept in `asked`) and any other request by `other` (by default a 401:
 * nobody is signed in, nothing is saved to a record). After each: the screen and the stand-ins removed.
 */
export function interviewServer(
  step: (answers: Record<string, unknown>) => Response,
  other: (url: string) => Response = () => new Response('{}', { status: 401 }),
): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    localStorage.clear();
    localStorage.setItem('tonus.locale', 'en');
    asked.length = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init: RequestInit = {}) => {
        if (url === '/api/interview') {
          const { answers } = JSON.parse(init.body as string) as {
            answers: Record<string, unknown>;
          };
          asked.push(answers);
          return Promise.resolve(step(answers));
        }
        return Promise.resolve(other(url));
      }),
    );
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
}

/** A step of the interview as the server sends it (200). */
export const sent = (step: QuestionLine | ResultLine): Response =>
  new Response(JSON.stringify(step), { status: 200 });

/** The interview on its page, its first question asked. */
export async function renderInterview(): Promise<void> {
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
}

/** Ticks `answer` on the checklist line labelled `label`. */
export function tick(label: string, answer: string): void {
  fireEvent.click(within(screen.getByRole('group', { name: label })).getByLabelText(answer));
}
