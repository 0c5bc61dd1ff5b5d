// @vitest-environment happy-dom
/**
 * @module A patient who chose Spanish is told why a sign-in or sign-up failed in Spanish: each problem the
 * server names (its code and field) worded from the Spanish catalog, never the server's English detail; a
 * lost network and a failing server each in a Spanish sentence. The network is replaced; the page is real.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Router } from 'wouter';
import { WEB_ES } from '../../../src/i18n/web.es';
import { WEB_PROBLEMS_ES as p } from '../../../src/i18n/web-problems.es';
import { LocaleProvider } from '../i18n';
import { SessionProvider } from '../session';
import { SignIn, SignUp } from './Auth';

type Answer = { status: number; body: unknown } | 'network';
let answer: Answer;
/** The bodies sent to the server, parsed. */
let sent: unknown[] = [];

function problem(status: number, errors: { code: string; field: string | null }[]) {
  return {
    status,
    body: {
      type: 'about:blank',
      title: 'Bad request',
      status,
      detail: 'English detail the patient must not see',
      errors: errors.map((e) => ({
        ...e,
        pointer: '',
        detail: 'English detail the patient must not see',
      })),
    },
  };
}

beforeEach(() => {
  sent = [];
  localStorage.clear();
  localStorage.setItem('tonus.locale', 'es');
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      if (init?.body !== undefined) {
        sent.push(JSON.parse(init.body as string));
      }
      if (url === '/api/me') {
        return Promise.resolve(new Response('{}', { status: 401 }));
      }
      if (answer === 'network') {
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      return Promise.resolve(
        new Response(JSON.stringify(answer.body), {
          status: answer.status,
          headers: { 'content-type': 'application/problem+json' },
        }),
      );
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function submit(
  form: 'in' | 'up',
  a: Answer,
  fill: () => void = () => undefined,
): Promise<string> {
  answer = a;
  render(
    <LocaleProvider>
      <SessionProvider>
        <Router>{form === 'in' ? <SignIn /> : <SignUp />}</Router>
      </SessionProvider>
    </LocaleProvider>,
  );
  fireEvent.change(screen.getByLabelText(WEB_ES.auth.email), { target: { value: 'a@b.invalid' } });
  fireEvent.change(screen.getByLabelText(WEB_ES.auth.password), {
    target: { value: 'long enough password' },
  });
  if (form === 'up') {
    fireEvent.change(screen.getByLabelText(WEB_ES.auth.name), { target: { value: 'Ana' } });
  }
  fill();
  await act(async () => {
    fireEvent.submit(
      screen.getByRole('button', {
        name: form === 'in' ? WEB_ES.auth.submitSignIn : WEB_ES.auth.submitSignUp,
      }),
    );
    await new Promise((r) => setTimeout(r, 0));
  });
  const alert = await screen.findByRole('alert');
  return alert.textContent;
}

describe('a patient who reads Spanish', () => {
  test('is told in Spanish that the email or the password is wrong', async () => {
    const text = await submit(
      'in',
      problem(401, [{ code: 'auth.invalid_credentials', field: null }]),
    );
    expect(text).toContain(p.heading);
    expect(text).toContain(p.code['auth.invalid_credentials'](null));
    expect(text).not.toContain('English');
  });

  test('sees each refused field of the sign-up named in Spanish', async () => {
    const text = await submit(
      'up',
      problem(400, [
        { code: 'input.out_of_range', field: 'password' },
        { code: 'auth.email_taken', field: 'email' },
      ]),
    );
    expect(text).toContain(p.code['input.out_of_range'](p.fields.password));
    expect(text).toContain(p.code['auth.email_taken'](p.fields.email));
    expect(text).toContain('Contraseña: está fuera del intervalo permitido.');
    expect(text).not.toContain('English');
  });

  test('a code the catalog does not know still names the field in Spanish', async () => {
    const text = await submit('up', problem(400, [{ code: 'input.something_new', field: 'name' }]));
    expect(text).toContain(p.other(p.fields.name));
  });

  test('is told in Spanish when the network is down, and when the server fails', async () => {
    expect(await submit('in', 'network')).toContain(p.network);
    cleanup();
    expect(await submit('in', problem(503, []))).toContain(p.server);
  });
});

describe("sign-up's optional date of birth and sex", () => {
  test('left empty, neither is sent', async () => {
    await submit('up', problem(400, [{ code: 'auth.email_taken', field: 'email' }]));
    expect(sent).toEqual([{ email: 'a@b.invalid', password: 'long enough password', name: 'Ana' }]);
  });

  test('given, both are sent; a date the server refuses is named in Spanish', async () => {
    const text = await submit(
      'up',
      problem(400, [{ code: 'record.birth_date_out_of_range', field: 'birthDate' }]),
      () => {
        fireEvent.change(screen.getByLabelText(WEB_ES.auth.birthDate), {
          target: { value: '1984-02-29' },
        });
        fireEvent.change(screen.getByLabelText(WEB_ES.auth.sex), { target: { value: 'female' } });
      },
    );
    expect(sent).toEqual([
      {
        email: 'a@b.invalid',
        password: 'long enough password',
        name: 'Ana',
        birthDate: '1984-02-29',
        sex: 'female',
      },
    ]);
    expect(text).toContain(p.code['record.birth_date_out_of_range'](p.fields.birthDate));
    expect(text).toContain('Fecha de nacimiento: indique una fecha');
    expect(text).not.toContain('English');
  });
});
