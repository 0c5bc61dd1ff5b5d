// @vitest-environment happy-dom
/**
 * @module The result offers a patient who is not signed in a way to keep it: the sentence is a link to
 * the sign-in page. The network is replaced by a server with nobody signed in.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Router } from 'wouter';
import type { ResultLine } from '../../../src/app/interview/view';
import { WEB_EN as t } from '../../../src/i18n/web.en';
import { LocaleProvider } from '../i18n';
import { SessionProvider } from '../session';
import { Result } from './Result';

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

beforeEach(() => {
  localStorage.clear();
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

test('signed out, "sign in to keep this result" is a link to the sign-in page', async () => {
  render(
    <LocaleProvider>
      <SessionProvider>
        <Router>
          <Result
            result={RESULT}
            saved={null}
            onBack={() => undefined}
            onRestart={() => undefined}
          />
        </Router>
      </SessionProvider>
    </LocaleProvider>,
  );
  await act(async () => {
    await Promise.resolve();
  });
  const link = await screen.findByRole('link', { name: t.result.signInToSave });
  expect(link.getAttribute('href')).toBe('/sign-in');
});
