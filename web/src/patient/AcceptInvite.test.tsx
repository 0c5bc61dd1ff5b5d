// @vitest-environment happy-dom
/**
 * @module An invited clinician opens their link, sets a password twice and is signed in and sent to their
 * patients; an unknown, used or expired invitation and a weak password are said in words in the page's
 * language (never the server's English), two different passwords are caught before anything is sent, and a
 * link without its token says so. The network is replaced; the page is real.
 */
import type { ReactNode } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { WEB_EN } from '../../../src/i18n/web.en';
import { WEB_ES } from '../../../src/i18n/web.es';
import { WEB_PROBLEMS_EN } from '../../../src/i18n/web-problems.en';
import { WEB_PROBLEMS_ES } from '../../../src/i18n/web-problems.es';
import { LocaleProvider } from '../i18n';
import { SessionProvider, useSession } from '../session';
import { AcceptInvite } from './Auth';

const ME = { id: 'u9', role: 'clinician', patientId: null, name: 'Dr New', email: 'n@x.invalid' };

type Answer = { status: number; body: unknown };
let answer: Answer;
let sent: { url: string; body: unknown }[] = [];

function problem(status: number, errors: { code: string; field: string | null }[]): Answer {
  return {
    status,
    body: {
      type: 'about:blank',
      title: 'Refused',
      status,
      detail: 'English detail the invitee must not see',
      errors: errors.map((e) => ({
        ...e,
        pointer: e.field === null ? '' : `/${e.field}`,
        detail: 'English detail the invitee must not see',
      })),
    },
  };
}

beforeEach(() => {
  localStorage.clear();
  sent = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      if (url === '/api/me') {
        return Promise.resolve(new Response('{}', { status: 401 }));
      }
      sent.push({
        url,
        body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      });
      return Promise.resolve(
        new Response(JSON.stringify(answer.body), {
          status: answer.status,
          headers: {
            'content-type': answer.status < 400 ? 'application/json' : 'application/problem+json',
          },
        }),
      );
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Who the session holds, beside the page. */
function Who(): ReactNode {
  const { me } = useSession();
  return <output data-testid="who">{me ? me.name : 'nobody'}</output>;
}

function show(path: string) {
  const loc = memoryLocation({ path, record: true });
  render(
    <LocaleProvider>
      <SessionProvider>
        <Router hook={loc.hook} searchHook={loc.searchHook}>
          <AcceptInvite />
          <Who />
        </Router>
      </SessionProvider>
    </LocaleProvider>,
  );
  return loc;
}

async function accept(
  t: typeof WEB_EN,
  a: Answer,
  password = 'a long enough password',
  confirm = password,
): Promise<void> {
  answer = a;
  // the session's first look-up (nobody signed in) has answered, as it has long before anybody types
  await screen.findByText('nobody');
  fireEvent.change(screen.getByLabelText(t.auth.password), { target: { value: password } });
  fireEvent.change(screen.getByLabelText(t.auth.confirmPassword), { target: { value: confirm } });
  await act(async () => {
    fireEvent.submit(screen.getByRole('button', { name: t.auth.submitAccept }));
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('an invited clinician', () => {
  test('sets a password with the token of their link, is signed in and sent to their patients', async () => {
    const loc = show('/accept-invite?token=tok%2Fabc');
    await accept(WEB_EN, { status: 201, body: ME });
    expect(sent).toEqual([
      {
        url: '/api/auth/accept-invite',
        body: { token: 'tok/abc', password: 'a long enough password' },
      },
    ]);
    expect(loc.history.at(-1)).toBe('/clinician');
    expect(screen.getByTestId('who').textContent).toBe('Dr New');
  });

  test('an invited admin is sent to the users', async () => {
    const loc = show('/accept-invite?token=t1');
    await accept(WEB_EN, { status: 201, body: { ...ME, role: 'admin' } });
    expect(loc.history.at(-1)).toBe('/admin');
  });

  test('is told in words that the invitation is unknown, used or expired, and stays signed out', async () => {
    const loc = show('/accept-invite?token=used');
    await accept(WEB_EN, problem(400, [{ code: 'auth.invite_invalid', field: 'token' }]));
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toContain(WEB_PROBLEMS_EN.code['auth.invite_invalid'](null));
    expect(alert).not.toContain('English');
    expect(loc.history).toEqual(['/accept-invite?token=used']);
    expect(screen.getByTestId('who').textContent).toBe('nobody');
  });

  test('is told in Spanish, by its field, that the password is too short', async () => {
    localStorage.setItem('tonus.locale', 'es');
    show('/accept-invite?token=t2');
    await accept(WEB_ES, problem(400, [{ code: 'input.out_of_range', field: 'password' }]));
    expect(screen.getByRole('alert').textContent).toContain(
      WEB_PROBLEMS_ES.code['input.out_of_range'](WEB_PROBLEMS_ES.fields.password),
    );
  });

  test('two different passwords are named beside the second, and nothing is sent', async () => {
    show('/accept-invite?token=t3');
    await accept(WEB_EN, { status: 201, body: ME }, 'a long enough password', 'another password');
    expect(sent).toEqual([]);
    const confirm = screen.getByLabelText(WEB_EN.auth.confirmPassword);
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(confirm.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe(WEB_EN.auth.passwordsDiffer);
  });

  test('a link without its token says so and asks for no password', () => {
    show('/accept-invite');
    expect(screen.getByRole('alert').textContent).toBe(WEB_EN.auth.noInvite);
    expect(screen.queryByLabelText(WEB_EN.auth.password)).toBeNull();
  });
});
