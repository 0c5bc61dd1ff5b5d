// @vitest-environment happy-dom
/**
 * @module An admin's screens: every user listed with their role in words, for a patient the record's id as text
 * and for a clinician the patients assigned, by name (never a link into a clinical record, and an admin sent
 * to the clinician screens lands on the users); an invitation's link shown once and kept nowhere; a refused
 * invitation or assignment worded beside the field it names, never by the server's field path; an assignment
 * posts the clinician and the patient picked; ending an assignment and revoking a pending invitation each
 * ask first, then send the DELETE, and a refusal of either is said in words. The server is replaced by a
 * stand-in answering as it does.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { WEB_ADMIN_EN as a } from '../../../src/i18n/web-admin.en';
import { WEB_PROBLEMS_EN as p } from '../../../src/i18n/web-problems.en';
import { SessionProvider } from '../session';
import Clinician from '../clinician/Clinician';
import Admin from './Admin';

const ADMIN = { id: 'u0', role: 'admin', patientId: null, name: 'Ann Admin', email: 'a@x.invalid' };
const USERS = [
  { ...ADMIN, createdAt: '2026-01-01T00:00:00.000Z', disabledAt: null },
  {
    id: 'u1',
    role: 'clinician',
    patientId: null,
    name: 'Dr Cruz',
    email: 'c@x.invalid',
    createdAt: '2026-01-01T00:00:00.000Z',
    disabledAt: null as string | null,
  },
  {
    id: 'u2',
    role: 'patient',
    patientId: 'rec-ada',
    name: 'Ada',
    email: 'ada@x.invalid',
    createdAt: '2026-01-01T00:00:00.000Z',
    disabledAt: null as string | null,
  },
  {
    id: 'u3',
    role: 'patient',
    patientId: 'rec-ben',
    name: 'Ben',
    email: 'ben@x.invalid',
    createdAt: '2026-01-01T00:00:00.000Z',
    disabledAt: null as string | null,
  },
];

type Answer = { status: number; body: unknown };
/** What the stand-in answers to each `METHOD url`; every request it was sent. */
let answers: Record<string, Answer> = {};
let sent: { method: string; url: string; body: unknown }[] = [];
/**
 * The last POST sent, once one has gone out: on a loaded machine it may leave after a tick, and a page may read
 * its lists again after it, so "the last request" is not the one the action sent (a CI flake in stop 34).
 */
async function lastPost(): Promise<(typeof sent)[number] | undefined> {
  await waitFor(() => expect(sent.some((r) => r.method === 'POST')).toBe(true));
  return sent.filter((r) => r.method === 'POST').at(-1);
}

/**
 * Waits until the focus is on the element `find` returns, found again on each try: the focus moves in an effect
 * after the render, and a list still loading may render the row again first (a CI flake in stop 35), so the
 * element is the one on the page when the focus lands, not one found before.
 */
async function focused(find: () => HTMLElement): Promise<void> {
  await waitFor(() => expect(document.activeElement).toBe(find()));
}

function problem(status: number, errors: { code: string; field: string | null }[]): Answer {
  return {
    status,
    body: {
      type: 'about:blank',
      title: 'Refused',
      status,
      detail: 'English detail of the server',
      errors: errors.map((e) => ({
        ...e,
        pointer: e.field === null ? '' : `/${e.field.replaceAll('.', '/')}`,
        detail: 'English detail of the server',
      })),
    },
  };
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  sent = [];
  answers = {
    'GET /api/me': { status: 200, body: ADMIN },
    'GET /api/admin/users': { status: 200, body: { items: USERS } },
    'GET /api/admin/assignments': {
      status: 200,
      body: {
        items: [{ clinicianId: 'u1', patientId: 'rec-ada', createdAt: '2026-01-02T00:00:00.000Z' }],
      },
    },
    'GET /api/admin/invitations': { status: 200, body: { items: [] } },
  };
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      sent.push({ method, url, body });
      const answer = answers[`${method} ${url}`] ?? { status: 404, body: {} };
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

function show(path: string, page: 'admin' | 'clinician' = 'admin') {
  const loc = memoryLocation({ path, record: true });
  render(
    <SessionProvider>
      <Router hook={loc.hook} searchHook={loc.searchHook}>
        {page === 'admin' ? <Admin /> : <Clinician />}
      </Router>
    </SessionProvider>,
  );
  return loc;
}

/** A cell's words: for the patients assigned, their names (the buttons beside them left out). */
function cellText(c: Element): string | null {
  const names = [...c.querySelectorAll('li > span')].map((x) => x.textContent);
  return names.length === 0 ? c.textContent : names.join(', ');
}

/** The words of a row's "patients assigned" cell (the fifth). */
function assignedOf(row: Element): string | null {
  const cell = row.children.item(4);
  return cell === null ? null : cellText(cell);
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** The account cell of an enabled account: its status and its two buttons; the admin's own offers none. */
const ENABLED = `${a.enabledStatus} ${a.disable} ${a.resetLink}`;
const ENABLED_SELF = `${a.enabledStatus} ${a.you}`;

describe('the users', () => {
  test('every user is listed with name, email, role in words, a patient’s record id and a clinician’s patients', async () => {
    show('/');
    const table = await screen.findByRole('table', { name: a.usersCaption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map(cellText))).toEqual([
      ['Ann Admin', 'a@x.invalid', a.roles.admin, a.noRecord, a.noneAssigned, ENABLED_SELF],
      ['Dr Cruz', 'c@x.invalid', a.roles.clinician, a.noRecord, 'Ada', ENABLED],
      ['Ada', 'ada@x.invalid', a.roles.patient, 'rec-ada', a.noRecord, ENABLED],
      ['Ben', 'ben@x.invalid', a.roles.patient, 'rec-ben', a.noRecord, ENABLED],
    ]);
  });

  test('an admin is shown no link into a patient’s record, and the clinician screens send them to the users', async () => {
    show('/');
    await screen.findByRole('table', { name: a.usersCaption });
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(sent.map((r) => r.url)).toEqual([
      '/api/me',
      '/api/admin/users',
      '/api/admin/assignments',
    ]);
    cleanup();
    sent = [];
    const loc = show('/patients/rec-ada', 'clinician');
    await settle();
    await settle();
    expect(loc.history.at(-1)).toBe('/admin');
    // nothing of the record was asked for: no diary, encounters or results
    expect(sent.map((r) => r.url)).toEqual(['/api/me']);
  });

  test('a list that cannot be read says why', async () => {
    answers['GET /api/admin/users'] = problem(403, [{ code: 'auth.forbidden', field: null }]);
    show('/');
    expect((await screen.findByRole('alert')).textContent).toBe(a.loadFailed(403));
  });

  test('somebody who is not an admin is told the page is for administrators', async () => {
    answers['GET /api/me'] = { status: 200, body: { ...ADMIN, role: 'clinician' } };
    show('/');
    expect(await screen.findByText(a.adminsOnly)).toBeTruthy();
    expect(sent.map((r) => r.url)).toEqual(['/api/me']);
  });
});

describe('an invitation', () => {
  async function invite(email: string): Promise<void> {
    show('/invite');
    fireEvent.change(await screen.findByLabelText(a.fields.email), { target: { value: email } });
    fireEvent.change(screen.getByLabelText(a.fields.name), { target: { value: 'Dr New' } });
    fireEvent.change(screen.getByLabelText(a.fields.role), { target: { value: 'admin' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('button', { name: a.sendInvite }));
      await new Promise((r) => setTimeout(r, 0));
    });
  }

  test('posts the email, name and role, then shows the link once, built from this page’s origin', async () => {
    answers['POST /api/admin/invitations'] = {
      status: 201,
      body: {
        email: 'new@x.invalid',
        role: 'admin',
        token: 'tok/123+x',
        expiresAt: '2026-01-08T00:00:00.000Z',
      },
    };
    await invite('new@x.invalid');
    expect(await lastPost()).toEqual({
      method: 'POST',
      url: '/api/admin/invitations',
      body: { email: 'new@x.invalid', name: 'Dr New', role: 'admin' },
    });
    const link = `${window.location.origin}/accept-invite?token=tok%2F123%2Bx`;
    const field = await screen.findByLabelText(a.inviteLink('new@x.invalid'));
    expect((field as HTMLInputElement).value).toBe(link);
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      a.shownOnce(
        new Date('2026-01-08T00:00:00.000Z').toLocaleString('en-GB', {
          dateStyle: 'long',
          timeStyle: 'short',
        }),
      ),
    );
    // kept nowhere on the device, and gone once somebody else is invited
    const stored = (st: Storage): string =>
      Object.keys(st)
        .map((k) => `${k}=${st.getItem(k) ?? ''}`)
        .join('\n');
    expect(stored(localStorage) + stored(sessionStorage)).not.toContain('tok');
    fireEvent.click(screen.getByRole('button', { name: a.inviteAnother }));
    expect(document.body.innerHTML).not.toContain('tok');
    expect(screen.getByLabelText(a.fields.email)).toBeTruthy();
  });

  test('a refusal is worded beside the field it names, never by the server’s field path', async () => {
    answers['POST /api/admin/invitations'] = problem(409, [
      { code: 'auth.email_taken', field: 'email' },
      { code: 'input.invalid_value', field: 'role' },
      { code: 'input.unknown_key', field: 'extra.deep' },
    ]);
    await invite('c@x.invalid');
    const email = screen.getByLabelText(a.fields.email);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      p.code['auth.email_taken'](a.fields.email),
    );
    const role = screen.getByLabelText(a.fields.role);
    expect(role.getAttribute('aria-invalid')).toBe('true');
    const roleWords = (role.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(roleWords).toEqual([a.inviteRoleHint, p.code['input.invalid_value'](a.fields.role)]);
    expect(screen.getByLabelText(a.fields.name).getAttribute('aria-invalid')).toBeNull();
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toContain(p.code['input.unknown_key'](null));
    expect(alert).toContain(a.mendFields);
    expect(document.body.textContent).not.toMatch(/extra|deep|English detail/);
  });

  test('a refusal that names nothing, and a lost network, are each said in a sentence', async () => {
    await invite('n@x.invalid');
    // the stand-in has no answer for it: 404 with no problems named
    expect(screen.getByRole('alert').textContent).toContain(p.other(null));
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await act(async () => {
      fireEvent.submit(screen.getByRole('button', { name: a.sendInvite }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(screen.getByRole('alert').textContent).toContain(p.network);
    expect(screen.queryByLabelText(/invitation link/i)).toBeNull();
  });
});

describe('an assignment', () => {
  async function assign(): Promise<void> {
    show('/');
    fireEvent.change(await screen.findByLabelText(a.fields.clinicianId), {
      target: { value: 'u1' },
    });
    fireEvent.change(screen.getByLabelText(a.fields.patientId), { target: { value: 'rec-ben' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('button', { name: a.assign }));
      await new Promise((r) => setTimeout(r, 0));
    });
  }

  test('offers the clinicians and the patients, posts the clinician’s id and the patient’s record id, and the table shows it', async () => {
    answers['POST /api/admin/assignments'] = {
      status: 201,
      body: { clinicianId: 'u1', patientId: 'rec-ben', createdAt: '2026-01-02T00:00:00.000Z' },
    };
    await assign();
    const options = (label: string) =>
      [...screen.getByLabelText<HTMLSelectElement>(label).options].map((o) => o.value);
    expect(options(a.fields.clinicianId)).toEqual(['', 'u1']);
    expect(options(a.fields.patientId)).toEqual(['', 'rec-ada', 'rec-ben']);
    expect(await lastPost()).toEqual({
      method: 'POST',
      url: '/api/admin/assignments',
      body: { clinicianId: 'u1', patientId: 'rec-ben' },
    });
    expect(screen.getByRole('status').textContent).toBe(a.assigned('Dr Cruz', 'Ben'));
    const row = screen.getByRole('row', { name: /^Dr Cruz/ });
    expect(assignedOf(row)).toBe('Ada, Ben');
  });

  test('a refusal naming the patient is worded beside the patient', async () => {
    answers['POST /api/admin/assignments'] = problem(404, [
      { code: 'record.not_found', field: 'patientId' },
    ]);
    await assign();
    const patient = screen.getByLabelText(a.fields.patientId);
    expect(patient.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(patient.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe(p.code['record.not_found'](a.fields.patientId));
    expect(screen.queryByRole('status')).toBeNull();
    expect(document.body.textContent).not.toContain('patientId');
  });
});

describe('ending an assignment', () => {
  const endButton = () => screen.findByRole('button', { name: a.endAccessFor('Dr Cruz', 'Ada') });
  const deletes = () => sent.filter((r) => r.method === 'DELETE');

  test('asks first, naming the clinician and the patient; cancel sends nothing; yes ends it and the table shows it', async () => {
    answers['DELETE /api/admin/assignments/u1/rec-ada'] = { status: 204, body: null };
    show('/');
    const button = await endButton();
    expect(button.textContent).toBe(a.endAccess);
    fireEvent.click(button);
    const question = () =>
      screen.getByRole('group', { name: a.endAccessConfirm('Dr Cruz', 'Ada') });
    await focused(() => within(question()).getByRole('button', { name: a.endAccessYes }));
    fireEvent.click(within(question()).getByRole('button', { name: a.cancel }));
    expect(screen.queryByRole('group')).toBeNull();
    await focused(() => screen.getByRole('button', { name: a.endAccessFor('Dr Cruz', 'Ada') }));
    expect(deletes()).toEqual([]);

    fireEvent.click(await endButton());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: a.endAccessYes }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(deletes()).toEqual([
      { method: 'DELETE', url: '/api/admin/assignments/u1/rec-ada', body: undefined },
    ]);
    expect(screen.getByRole('status').textContent).toBe(a.accessEnded('Dr Cruz', 'Ada'));
    const row = screen.getByRole('row', { name: /^Dr Cruz/ });
    expect(assignedOf(row)).toBe(a.noneAssigned);
  });

  test('Escape cancels the question', async () => {
    show('/');
    fireEvent.click(await endButton());
    fireEvent.keyDown(screen.getByRole('button', { name: a.endAccessYes }), { key: 'Escape' });
    expect(screen.queryByRole('group')).toBeNull();
    expect(deletes()).toEqual([]);
  });

  test('a refusal is said in words, and the assignment stays listed', async () => {
    answers['DELETE /api/admin/assignments/u1/rec-ada'] = problem(404, [
      { code: 'record.not_found', field: null },
    ]);
    show('/');
    fireEvent.click(await endButton());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: a.endAccessYes }));
      await new Promise((r) => setTimeout(r, 0));
    });
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toContain(a.refused);
    expect(alert).toContain(p.code['record.not_found'](null));
    expect(document.body.textContent).not.toContain('English detail');
    expect(screen.queryByRole('status')).toBeNull();
    const row = screen.getByRole('row', { name: /^Dr Cruz/ });
    expect(assignedOf(row)).toBe('Ada');
  });
});

describe('the pending invitations', () => {
  const PENDING = [
    {
      id: 'i1',
      email: 'wrong@x.invalid',
      name: 'Dr Wrong',
      role: 'clinician',
      createdAt: '2026-01-01T00:00:00.000Z',
      expiresAt: '2026-01-08T00:00:00.000Z',
    },
    {
      id: 'i2',
      email: 'boss@x.invalid',
      name: 'Bo Boss',
      role: 'admin',
      createdAt: '2026-01-02T00:00:00.000Z',
      expiresAt: '2026-01-09T00:00:00.000Z',
    },
  ];
  const when = (iso: string): string =>
    new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });

  beforeEach(() => {
    answers['GET /api/admin/invitations'] = { status: 200, body: { items: PENDING } };
  });

  test('are listed by name, email, role in words and expiry, each revoked only once confirmed', async () => {
    answers['DELETE /api/admin/invitations/i1'] = { status: 204, body: null };
    show('/invite');
    const table = await screen.findByRole('table', { name: a.pendingCaption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 4).map((c) => c.textContent)),
    ).toEqual([
      ['Dr Wrong', 'wrong@x.invalid', a.roles.clinician, when('2026-01-08T00:00:00.000Z')],
      ['Bo Boss', 'boss@x.invalid', a.roles.admin, when('2026-01-09T00:00:00.000Z')],
    ]);
    const button = screen.getByRole('button', { name: a.revokeFor('Dr Wrong', 'wrong@x.invalid') });
    expect(button.textContent).toBe(a.revoke);
    fireEvent.click(button);
    expect(
      screen.getByRole('group', { name: a.revokeConfirm('Dr Wrong', 'wrong@x.invalid') }),
    ).toBeTruthy();
    expect(sent.filter((r) => r.method === 'DELETE')).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: a.revokeYes }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(sent.filter((r) => r.method === 'DELETE')).toEqual([
      { method: 'DELETE', url: '/api/admin/invitations/i1', body: undefined },
    ]);
    expect(screen.getByRole('status').textContent).toBe(a.revoked('Dr Wrong', 'wrong@x.invalid'));
    expect(within(table).queryByText('Dr Wrong')).toBeNull();
    expect(within(table).getByText('Bo Boss')).toBeTruthy();
  });

  test('a refused revocation is said in words, and the invitation stays listed', async () => {
    answers['DELETE /api/admin/invitations/i2'] = problem(403, [
      { code: 'auth.forbidden', field: null },
    ]);
    show('/invite');
    fireEvent.click(
      await screen.findByRole('button', { name: a.revokeFor('Bo Boss', 'boss@x.invalid') }),
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: a.revokeYes }));
      await new Promise((r) => setTimeout(r, 0));
    });
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toContain(p.code['auth.forbidden'](null));
    expect(document.body.textContent).not.toContain('English detail');
    expect(screen.getByRole('table', { name: a.pendingCaption }).textContent).toContain('Bo Boss');
  });

  test('none pending, and a list that cannot be read, are each said in words', async () => {
    answers['GET /api/admin/invitations'] = { status: 200, body: { items: [] } };
    show('/invite');
    expect(await screen.findByText(a.noPending)).toBeTruthy();
    cleanup();
    answers['GET /api/admin/invitations'] = problem(403, [{ code: 'auth.forbidden', field: null }]);
    show('/invite');
    expect((await screen.findByRole('alert')).textContent).toBe(a.pendingLoadFailed(403));
  });
});

describe('an account', () => {
  const CRUZ = USERS[1];

  test('is disabled only once confirmed; it is then marked disabled, offered Enable, and no choice for an assignment', async () => {
    answers['POST /api/admin/users/u1/disable'] = {
      status: 200,
      body: { ...CRUZ, disabledAt: '2026-02-01T10:00:00.000Z' },
    };
    show('/');
    const first = await screen.findByRole('button', { name: a.disableFor('Dr Cruz') });
    // the admin's own row offers nothing of the kind
    expect(screen.queryByRole('button', { name: a.disableFor('Ann Admin') })).toBeNull();
    fireEvent.click(first);
    const question = () => screen.getByRole('group', { name: a.disableConfirm('Dr Cruz') });
    await focused(() => within(question()).getByRole('button', { name: a.disableYes }));
    expect(sent.filter((r) => r.method === 'POST')).toEqual([]);
    await act(async () => {
      fireEvent.click(within(question()).getByRole('button', { name: a.disableYes }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(await lastPost()).toEqual({
      method: 'POST',
      url: '/api/admin/users/u1/disable',
      body: undefined,
    });
    expect(screen.getByText(a.disabledDone('Dr Cruz')).getAttribute('role')).toBe('status');
    const row = screen.getByRole('row', { name: /Dr Cruz/ });
    const since = new Date('2026-02-01T10:00:00.000Z').toLocaleString('en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
    });
    expect(row.textContent).toContain(a.disabledStatus(since));
    expect(within(row).getByRole('button', { name: a.enableFor('Dr Cruz') })).toBeTruthy();
    expect(within(row).queryByRole('button', { name: a.resetLinkFor('Dr Cruz') })).toBeNull();
    // the only clinician is disabled: nobody is left to assign to
    expect(screen.getByText(a.nothingToAssign)).toBeTruthy();
  });

  test('a refusal to disable is said in an admin’s words, and the account stays enabled', async () => {
    answers['POST /api/admin/users/u1/disable'] = problem(400, [
      { code: 'user.last_admin', field: null },
    ]);
    show('/');
    fireEvent.click(await screen.findByRole('button', { name: a.disableFor('Dr Cruz') }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: a.disableYes }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(screen.getByRole('alert').textContent).toContain(a.problems['user.last_admin']);
    expect(screen.getByRole('alert').textContent).not.toContain('English');
    expect(screen.getByRole('row', { name: /Dr Cruz/ }).textContent).toContain(a.enabledStatus);
  });

  test('a disabled account is enabled again once confirmed', async () => {
    answers['GET /api/admin/users'] = {
      status: 200,
      body: {
        items: USERS.map((u) =>
          u.id === 'u1' ? { ...u, disabledAt: '2026-02-01T10:00:00.000Z' } : u,
        ),
      },
    };
    answers['POST /api/admin/users/u1/enable'] = { status: 200, body: CRUZ };
    show('/');
    // the only clinician is disabled, so no choice in the assignment form
    fireEvent.click(await screen.findByRole('button', { name: a.enableFor('Dr Cruz') }));
    expect(screen.getByText(a.nothingToAssign)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: a.enableYes }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect((await lastPost())?.url).toBe('/api/admin/users/u1/enable');
    expect(screen.getByRole('row', { name: /Dr Cruz/ }).textContent).toContain(a.enabledStatus);
    const again = screen.getByLabelText(a.fields.clinicianId);
    expect([...again.querySelectorAll('option')].map((o) => o.value)).toContain('u1');
  });

  test('a reset link is shown once, built from this page’s origin, with its heading focused', async () => {
    answers['POST /api/admin/users/u2/reset-link'] = {
      status: 201,
      body: {
        userId: 'u2',
        email: 'ada@x.invalid',
        token: 'tok/9+z',
        expiresAt: '2026-01-02T00:00:00.000Z',
      },
    };
    show('/');
    const button = await screen.findByRole('button', { name: a.resetLinkFor('Ada') });
    await act(async () => {
      fireEvent.click(button);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(await lastPost()).toEqual({
      method: 'POST',
      url: '/api/admin/users/u2/reset-link',
      body: undefined,
    });
    const heading = screen.getByRole('heading', { name: a.resetLinkTitle('Ada') });
    expect(document.activeElement).toBe(heading);
    const field = screen.getByLabelText<HTMLInputElement>(a.resetLinkLabel('ada@x.invalid'));
    expect(field.value).toBe(`${window.location.origin}/reset-password?token=tok%2F9%2Bz`);
    expect(field.readOnly).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: a.resetLinkClose }));
    expect(screen.queryByLabelText(a.resetLinkLabel('ada@x.invalid'))).toBeNull();
    expect(document.body.textContent).not.toContain('tok/9+z');
  });
});
