// @vitest-environment happy-dom
/**
 * @module The session on this page: a sign-in made while the first "who is signed in?" look-up is still
 * on its way is not undone by that look-up's late "nobody"; a later request answered 401 (the session was
 * revoked, say because an admin disabled the account) signs the page out, unless it was sent before the sign-in.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { api } from './api';
import { SessionProvider, useSession } from './session';

const ADA = {
  id: 'u1',
  role: 'patient',
  name: 'Ada',
  email: 'a@x.invalid',
  patientId: 'p1',
} as const;

/** Answers the first `/api/me` when the test says so. */
let answerMe: (r: Response) => void = () => undefined;
/** Answers `/api/slow` when the test says so. */
let answerSlow: (r: Response) => void = () => undefined;

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(
      (url: string) =>
        new Promise<Response>((resolve) => {
          if (url === '/api/me') {
            answerMe = resolve;
          } else if (url === '/api/revoked') {
            resolve(new Response('{"status":401}', { status: 401 }));
          } else if (url === '/api/slow') {
            answerSlow = resolve;
          } else {
            resolve(new Response('{}', { status: 404 }));
          }
        }),
    ),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Who(): ReactNode {
  const { me, signedIn } = useSession();
  return (
    <>
      <p data-testid="who">{me === undefined ? 'unknown' : (me?.name ?? 'nobody')}</p>
      <button type="button" onClick={() => signedIn(ADA)}>
        sign in
      </button>
    </>
  );
}

test('a late "not signed in" from the first look-up does not sign out a person who has just signed in', async () => {
  render(
    <SessionProvider>
      <Who />
    </SessionProvider>,
  );
  expect(screen.getByTestId('who').textContent).toBe('unknown');
  act(() => screen.getByRole('button', { name: 'sign in' }).click());
  expect(screen.getByTestId('who').textContent).toBe('Ada');
  await act(async () => {
    answerMe(new Response(JSON.stringify({ title: 'Unauthorized' }), { status: 401 }));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(screen.getByTestId('who').textContent).toBe('Ada');
});

test('without a sign-in in between, the first look-up decides', async () => {
  render(
    <SessionProvider>
      <Who />
    </SessionProvider>,
  );
  await act(async () => {
    answerMe(new Response(JSON.stringify({ title: 'Unauthorized' }), { status: 401 }));
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(screen.getByTestId('who').textContent).toBe('nobody');
});

test('a request answered 401 while signed in signs the page out; one sent before the sign-in does not', async () => {
  render(
    <SessionProvider>
      <Who />
    </SessionProvider>,
  );
  const before = api('GET', '/api/slow').catch(() => undefined);
  act(() => screen.getByRole('button', { name: 'sign in' }).click());
  await act(async () => {
    answerSlow(new Response('{"status":401}', { status: 401 }));
    await before;
  });
  expect(screen.getByTestId('who').textContent).toBe('Ada');
  await act(async () => {
    await api('GET', '/api/revoked').catch(() => undefined);
  });
  expect(screen.getByTestId('who').textContent).toBe('nobody');
});
