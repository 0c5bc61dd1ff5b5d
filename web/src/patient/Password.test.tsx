// @vitest-environment happy-dom
/**
 * @module Passwords on the page: a signed-in user changes theirs (current one, new one twice) and is told it is
 * done; a wrong current password is said beside that field, in the page's language, and takes the focus; two
 * different new passwords are caught before anything is sent. The holder of a reset link sets a new password
 * with its token and is sent to sign in; a used or expired link is said in words; a link without its token
 * says so. The network is replaced; the pages are real.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { ReactNode } from 'react';
import { WEB_EN } from '../../../src/i18n/web.en';
import { WEB_ES } from '../../../src/i18n/web.es';
import { WEB_PROBLEMS_EN } from '../../../src/i18n/web-problems.en';
import { WEB_PROBLEMS_ES } from '../../../src/i18n/web-problems.es';
import { LocaleProvider } from '../i18n';
import { SessionProvider } from '../session';
import { ChangePassword, ResetPassword } from './Password';

const ME = { id: 'u1', role: 'patient', patientId: 'p1', name: 'Ada', email: 'ada@x.invalid' };

type Answer = { status: number; body: unknown };
let answer: Answer;
let me: Answer;
let sent: { url: string; body: unknown }[] = [];

function problem(status: number, errors: { code: string; field: string | null }[]): Answer {
  return {
    status,
    body: {
      type: 'about:blank',
      title: 'Refused',
      status,
      detail: 'English detail the reader must not see',
      errors: errors.map((e) => ({
        ...e,
        pointer: e.field === null ? '' : `/${e.field}`,
        detail: 'English detail the reader must not see',
      })),
    },
  };
}

const respond = (a: Answer): Promise<Response> =>
  Promise.resolve(
    a.status === 204
      ? new Response(null, { status: 204 })
      : new Response(JSON.stringify(a.body), {
          status: a.status,
          headers: {
            'content-type': a.status < 400 ? 'application/json' : 'application/problem+json',
          },
        }),
  );

beforeEach(() => {
  localStorage.clear();
  sent = [];
  me = { status: 200, body: ME };
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      if (url === '/api/me') {
        return respond(me);
      }
      sent.push({
        url,
        body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      });
      return respond(answer);
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function show(path: string, page: ReactNode) {
  const loc = memoryLocation({ path, record: true });
  render(
    <LocaleProvider>
      <SessionProvider>
        <Router hook={loc.hook} searchHook={loc.searchHook}>
          {page}
        </Router>
      </SessionProvider>
    </LocaleProvider>,
  );
  return loc;
}

async function submit(name: string): Promise<void> {
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name }));
    await new Promise((r) => setTimeout(r, 0));
  });
}

const type = (label: string, value: string): void => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};

/** The words tied to a control by its `aria-describedby`. */
const describedBy = (el: HTMLElement): string =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

describe('changing one’s own password', () => {
  async function change(t: typeof WEB_EN, a: Answer, again = 'tidal marble lantern') {
    answer = a;
    await screen.findByLabelText(t.password.current);
    type(t.password.current, 'correct horse battery');
    type(t.password.new, 'tidal marble lantern');
    type(t.password.again, again);
    await submit(t.password.submitChange);
  }

  test('posts the current and the new password, and says it is done', async () => {
    show('/password', <ChangePassword />);
    await change(WEB_EN, { status: 204, body: null });
    expect(sent).toEqual([
      {
        url: '/api/me/password',
        body: { currentPassword: 'correct horse battery', newPassword: 'tidal marble lantern' },
      },
    ]);
    expect(screen.getByRole('status').textContent).toBe(WEB_EN.password.changed);
    expect(screen.getByLabelText<HTMLInputElement>(WEB_EN.password.current).value).toBe('');
  });

  test('a wrong current password is said in Spanish beside that field, which takes the focus', async () => {
    localStorage.setItem('tonus.locale', 'es');
    show('/password', <ChangePassword />);
    await change(
      WEB_ES,
      problem(400, [{ code: 'auth.current_password_wrong', field: 'currentPassword' }]),
    );
    const current = screen.getByLabelText(WEB_ES.password.current);
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(current)).toBe(WEB_PROBLEMS_ES.code['auth.current_password_wrong'](null));
    expect(document.activeElement).toBe(current);
    expect(document.body.textContent).not.toContain('English');
    expect(screen.getByLabelText(WEB_ES.password.new).getAttribute('aria-invalid')).toBeNull();
  });

  test('a guessable new password is said beside it, after its hint', async () => {
    show('/password', <ChangePassword />);
    await change(WEB_EN, problem(400, [{ code: 'auth.password_guessable', field: 'newPassword' }]));
    const next = screen.getByLabelText(WEB_EN.password.new);
    expect(describedBy(next)).toBe(
      `${WEB_EN.auth.passwordHint} | ${WEB_PROBLEMS_EN.code['auth.password_guessable'](null)}`,
    );
    expect(document.activeElement).toBe(next);
  });

  test('two different new passwords are named beside the second, and nothing is sent', async () => {
    show('/password', <ChangePassword />);
    await change(WEB_EN, { status: 204, body: null }, 'something else entirely');
    expect(sent).toEqual([]);
    const again = screen.getByLabelText(WEB_EN.password.again);
    expect(again.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(again)).toBe(WEB_EN.auth.passwordsDiffer);
  });

  test('nobody signed in is sent to sign in first, and no form is shown', async () => {
    me = { status: 401, body: {} };
    show('/password', <ChangePassword />);
    expect((await screen.findByRole('link')).textContent).toBe(WEB_EN.password.signInFirst);
    expect(screen.queryByLabelText(WEB_EN.password.current)).toBeNull();
  });
});

describe('a password-reset link', () => {
  async function reset(a: Answer): Promise<void> {
    answer = a;
    type(WEB_EN.password.new, 'quiet harbour morning');
    type(WEB_EN.password.again, 'quiet harbour morning');
    await submit(WEB_EN.password.submitReset);
  }

  test('sets the new password with the token of the link, then offers the sign-in', async () => {
    show('/reset-password?token=tok%2Fabc', <ResetPassword />);
    await reset({ status: 204, body: null });
    expect(sent).toEqual([
      {
        url: '/api/auth/reset-password',
        body: { token: 'tok/abc', newPassword: 'quiet harbour morning' },
      },
    ]);
    const done = screen.getByRole('status');
    expect(done.textContent).toBe(WEB_EN.password.resetDone);
    expect(document.activeElement).toBe(done);
    expect(screen.getByRole('link', { name: WEB_EN.password.signInNow }).getAttribute('href')).toBe(
      '/sign-in',
    );
  });

  test('a used, replaced or expired link is said in words above the form', async () => {
    show('/reset-password?token=used', <ResetPassword />);
    await reset(problem(400, [{ code: 'auth.reset_invalid', field: 'token' }]));
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toContain(WEB_PROBLEMS_EN.code['auth.reset_invalid'](null));
    expect(alert).not.toContain('English');
  });

  test('a link without its token says so and asks for no password', () => {
    show('/reset-password', <ResetPassword />);
    expect(screen.getByRole('alert').textContent).toBe(WEB_EN.password.noLink);
    expect(screen.queryByLabelText(WEB_EN.password.new)).toBeNull();
  });
});
