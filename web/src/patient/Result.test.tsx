// @vitest-environment happy-dom
/**
 * @module The red-flag screen offers the emergency number of the country the device is in, whatever the
 * page's language; where the country is not known it says to call the local number and offers both
 * widespread ones. A patient who is not signed in is offered a link to sign in and keep the result. The
 * network is replaced by a server with nobody signed in.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { Router } from 'wouter';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ResultLine } from '../../../src/app/interview/view';
import { en } from '../../../src/i18n/en';
import { WEB_EN as t } from '../../../src/i18n/web.en';
import { LocaleProvider } from '../i18n';
import { SessionProvider } from '../session';
import { Result } from './Result';

const EMERGENCY = {
  type: 'result',
  triage: { level: 'emergency', advice: 'Go to an emergency department now.', reasons: [] },
  groups: [],
  differential: [],
  unanswered: [],
  watchFor: [],
  selfCare: { mode: 'seek_care_now', heading: '', items: [], withheld: [] },
  notice: 'Decision support, not a diagnosis.',
} as unknown as ResultLine;

function deviceLanguages(languages: string[]): void {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
}

beforeEach(() => {
  localStorage.setItem('tonus.locale', 'en');
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response('{}', { status: 401 }))),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A routine result, as a patient who is not signed in sees it. */
const ROUTINE = {
  ...EMERGENCY,
  triage: { level: 'consultation', advice: 'advice', reasons: [] },
  selfCare: { mode: 'follow', heading: 'What you can do yourself', items: [], withheld: [] },
} as unknown as ResultLine;

function show(result: ResultLine = EMERGENCY): void {
  render(
    <LocaleProvider>
      <SessionProvider>
        <Router>
          <Result
            result={result}
            saved={null}
            onBack={() => undefined}
            onRestart={() => undefined}
          />
        </Router>
      </SessionProvider>
    </LocaleProvider>,
  );
}

/** The call links on the screen: their names and numbers. */
function calls(): [string, string | null][] {
  return screen
    .getAllByRole('link')
    .filter((a) => a.getAttribute('href')?.startsWith('tel:') === true)
    .map((a) => [a.textContent, a.getAttribute('href')]);
}

test('a device in Mexico is offered 911 on an English page', () => {
  deviceLanguages(['es-MX', 'es']);
  show();
  expect(calls()).toEqual([[t.emergency.callNow('911'), 'tel:911']]);
  expect(screen.queryByText(t.emergency.callLocal)).toBeNull();
});

test('a device in Britain is offered 999', () => {
  deviceLanguages(['en-GB']);
  show();
  expect(calls()).toEqual([[t.emergency.callNow('999'), 'tel:999']]);
});

test('a device whose country is not known is told to call the local number, with both widespread ones', () => {
  deviceLanguages(['pt']);
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
    timeZone: 'America/Sao_Paulo',
  } as Intl.ResolvedDateTimeFormatOptions);
  show();
  expect(screen.getByText(t.emergency.callLocal)).toBeTruthy();
  expect(calls().map(([, href]) => href)).toEqual(['tel:112', 'tel:911']);
  vi.restoreAllMocks();
});

test('signed out, "sign in to keep this result" is a link to the sign-in page', async () => {
  show(ROUTINE);
  await act(async () => {
    await Promise.resolve();
  });
  const link = await screen.findByRole('link', { name: t.result.signInToSave });
  expect(link.getAttribute('href')).toBe('/sign-in');
});

test("a child's result says a doctor will advise, lists no measure and offers no self-care plan", () => {
  const heading = en.selfCareMode.child_doctor_advises;
  show({
    ...ROUTINE,
    selfCare: { mode: 'child_doctor_advises', heading, items: [], withheld: [] },
  } as unknown as ResultLine);
  expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
  expect(screen.queryByText(t.result.selfCareLink)).toBeNull();
  expect(screen.queryByText(en.selfCareMode.follow)).toBeNull();
});
