// @vitest-environment happy-dom
/**
 * @module The interview keeps its last result on this device with the time it arrived, so the self-care
 * page can tell whether a clinician's plan written since is newer: the same answers worded again in another
 * language keep their time (an old check must not look new), a check started again gets a new one. The time
 * is the server's when the device's clock is set wrong. The network is replaced by a server that answers
 * every step with a result worded in the locale asked, dated by its own clock.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Router } from 'wouter';
import type { ResultLine } from '../../../src/app/interview/view';
import { WEB_ES } from '../../../src/i18n/web.es';
import { LocaleProvider, useLocale } from '../i18n';
import { SessionProvider } from '../session';
import { Interview } from './Interview';
import { noteServerDate } from '../server-clock';
import { lastResult } from './last-result';

const HEADING = { en: 'What you can do yourself', es: 'Lo que puede hacer usted' } as const;

/** A routine result as the server words it in `locale`. */
function resultIn(locale: 'en' | 'es'): ResultLine {
  return {
    type: 'result',
    questions: 3,
    stoppedBecause: 'settled',
    triage: { level: 'consultation', advice: `advice-${locale}`, reasons: [] },
    groups: [],
    differential: [],
    unanswered: [],
    watchFor: [],
    selfCare: {
      mode: 'follow',
      heading: HEADING[locale],
      items: [
        {
          measure: 'heat',
          text: `heat-${locale}`,
          cautions: [],
          sourceIds: ['A'],
          status: 'P',
        },
      ],
      withheld: [],
    },
    prescriptionOnly: `prescription-only-${locale}`,
    answers: {} as ResultLine['answers'],
    notice: `notice-${locale}`,
    kbVersion: 'test',
  };
}

/** How far the server's clock is ahead of the device's (ms), as its answers' `Date` headers show. */
let serverAhead = 0;

/** The page's language switch, as the app's header offers it. */
function ToSpanish() {
  const { setLocale } = useLocale();
  return (
    <button type="button" onClick={() => setLocale('es')}>
      to-es
    </button>
  );
}

async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** The interview, with the page's language switch, once its (first and only) result has arrived in English. */
async function showResult(): Promise<void> {
  render(
    <LocaleProvider>
      <SessionProvider>
        <Router>
          <ToSpanish />
          <Interview />
        </Router>
      </SessionProvider>
    </LocaleProvider>,
  );
  await settle(200);
  expect(screen.getByText(HEADING.en)).toBeTruthy();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
  // the device's clock agrees with the server's until a test says otherwise
  noteServerDate(new Date().toUTCString());
  serverAhead = 0;
  localStorage.clear();
  localStorage.setItem('tonus.locale', 'en');
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit = {}) => {
      if (url === '/api/interview') {
        const { locale } = JSON.parse(init.body as string) as { locale: 'en' | 'es' };
        // the engine takes a moment; the session has long been looked up by then
        return new Promise((answer) =>
          setTimeout(() => {
            answer(
              new Response(JSON.stringify(resultIn(locale)), {
                status: 200,
                headers: { date: new Date(Date.now() + serverAhead).toUTCString() },
              }),
            );
          }, 100),
        );
      }
      // nobody signed in: nothing is saved to a record
      return Promise.resolve(new Response('{}', { status: 401 }));
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

test('the result is kept with the time it arrived; reworded in Spanish it keeps that time; started again it gets a new one', async () => {
  await showResult();
  // the server answered 100 ms after the question was sent: that is when the result arrived
  expect(lastResult()).toEqual({
    result: resultIn('en'),
    at: Date.parse('2026-03-02T09:00:00.100Z'),
    // what gave it, so the self-care page can have it worded again in another language
    answers: {},
    locale: 'en',
  });

  vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
  fireEvent.click(screen.getByRole('button', { name: 'to-es' }));
  await settle(200);
  expect(screen.getByText(HEADING.es)).toBeTruthy();
  // the same answers in other words: the self-care page reads them in Spanish, still from 09:00
  expect(lastResult()).toEqual({
    result: resultIn('es'),
    at: Date.parse('2026-03-02T09:00:00.100Z'),
    answers: {},
    locale: 'es',
  });

  vi.setSystemTime(new Date('2026-03-02T11:00:00Z'));
  fireEvent.click(screen.getByRole('button', { name: WEB_ES.result.restart }));
  await settle(200);
  expect(lastResult()?.at).toBe(Date.parse('2026-03-02T11:00:00.100Z'));
});

test('on a device whose clock is three hours slow, the result is kept at the server’s time, so a plan written since is not taken for older', async () => {
  serverAhead = 3 * 3_600_000;
  await showResult();
  // the server's 12:00:00 (its header counts whole seconds), not the device's 09:00:00.100
  expect(lastResult()?.at).toBe(Date.parse('2026-03-02T12:00:00.000Z'));
});
