// @vitest-environment happy-dom
/**
 * @module The session on this page: a sign-in made while the first "who is signed in?" look-up is still
 * on its way is not undone by that look-up's late "nobody".
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
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

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(
      (url: string) =>
        new Promise<Response>((resolve) => {
          if (url === '/api/me') {
            answerMe = resolve;
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
