// @vitest-environment happy-dom
/**
 * @module The clinician's assessment form in a DOM: an urgent live triage is a banner at the top of the form
 * (an alert for an emergency, naming the level in words and the red flag that raised it with its rule; the
 * page's scroll padding keeps a focused control from under it while it shows), absent for a routine triage; and an assessment with nothing entered beyond age and sex cannot be saved, with the
 * reason beside the button.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Assessment } from './Assessment';
import { EMPTY_DRAFT, withRecord } from './draft';

/** The patient's record, as the stand-in server holds it (`null`: it answers 404). */
let record: object | null = null;

function notFound(): Response {
  return new Response(JSON.stringify({ status: 404, errors: [] }), {
    status: 404,
    headers: { 'content-type': 'application/problem+json' },
  });
}

beforeEach(() => {
  record = null;
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(
        record === null ? notFound() : new Response(JSON.stringify(record), { status: 200 }),
      ),
    ),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const save = (): HTMLButtonElement => screen.getByRole('button', { name: 'Save the encounter' });

/** Marks one finding present or absent, as the clinician does in its row. */
async function mark(user: UserEvent, finding: string, value: 'present' | 'absent'): Promise<void> {
  const row = document.querySelector<HTMLElement>(`fieldset[data-finding="${finding}"]`);
  if (row === null) {
    throw new Error(`no row for ${finding}`);
  }
  await user.click(within(row).getByLabelText(value === 'present' ? 'present' : 'absent'));
}

async function typeAge(user: UserEvent): Promise<void> {
  await user.type(screen.getByLabelText(/^Age/), '45');
}

describe('an urgent triage cannot be missed while the form is filled', () => {
  test('saddle anaesthesia turns the live triage to an emergency: an alert banner at the top of the form names it and its red flag', async () => {
    const user = userEvent.setup();
    render(<Assessment patientId="p1" />);
    await typeAge(user);
    await mark(user, 'paraspinal_tenderness', 'present');
    expect(screen.queryByTestId('urgent-banner')).toBeNull();
    await mark(user, 'saddle_anaesthesia', 'present');
    const banner = screen.getByRole('alert');
    expect(banner.dataset.testid).toBe('urgent-banner');
    expect(banner.dataset.level).toBe('emergency');
    // the level in words (not colour alone) with the advice, and the red flag with its rule
    expect(banner.textContent).toContain('Emergency — Go to an emergency department now');
    expect(banner.textContent).toContain('Saddle anaesthesia: possible cauda equina syndrome');
    expect(banner.textContent).toContain('RF-CES-SADDLE');
    // at the top of the form, before its first section, so it sticks there at every width
    const form = banner.closest('form');
    expect(form?.firstElementChild).toBe(banner);
    // the result panel still shows the triage too
    const result = screen.getByRole('region', { name: 'Live result' });
    expect(result.querySelector('.level')?.textContent).toMatch(
      /Go to an emergency department now/,
    );
    // while it sticks over the page, a control taking the focus is scrolled to below it (WCAG 2.4.11)
    expect(document.documentElement.style.scrollPaddingTop).toMatch(/^\d+px$/);
    // taking the finding back removes the banner, and the page scrolls to its top edge again
    await mark(user, 'saddle_anaesthesia', 'absent');
    expect(screen.queryByTestId('urgent-banner')).toBeNull();
    expect(document.documentElement.style.scrollPaddingTop).toBe('');
  });

  test('a new jaundice makes it urgent within 24 hours: the banner names that level and its red flag, as a status, not an alert', async () => {
    const user = userEvent.setup();
    render(<Assessment patientId="p1" />);
    await typeAge(user);
    await mark(user, 'jaundice', 'present');
    const banner = screen.getByTestId('urgent-banner');
    expect(banner.dataset.level).toBe('consultation_24');
    expect(banner.getAttribute('role')).toBe('status');
    expect(banner.textContent).toContain('Urgent: within 24 hours — See a doctor within 24 hours');
    expect(banner.textContent).toContain('RF-JAUNDICE');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a routine triage shows no banner and no alert', async () => {
    const user = userEvent.setup();
    render(<Assessment patientId="p1" />);
    await typeAge(user);
    await mark(user, 'paraspinal_tenderness', 'present');
    await mark(user, 'pain_on_movement', 'present');
    const result = screen.getByRole('region', { name: 'Live result' });
    const level = result.querySelector<HTMLElement>('.level')?.dataset.level;
    expect(['self_care', 'consultation']).toContain(level);
    expect(screen.queryByTestId('urgent-banner')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.documentElement.style.scrollPaddingTop).toBe('');
  });
});

describe("a new assessment starts from the record's date of birth and sex", () => {
  const age = (): HTMLInputElement => screen.getByLabelText(/^Age/);
  const sex = (): HTMLSelectElement => screen.getByLabelText('Sex');

  test('the age today (from the date of birth) and the sex are filled in, and can still be changed', async () => {
    const user = userEvent.setup();
    const born = new Date();
    born.setUTCFullYear(born.getUTCFullYear() - 52);
    born.setUTCDate(born.getUTCDate() - 3);
    record = { id: 'p1', name: 'Ada', birthDate: born.toISOString().slice(0, 10), sex: 'female' };
    render(<Assessment patientId="p1" />);
    await waitFor(() => {
      expect(age().value).toBe('52');
    });
    expect(sex().value).toBe('female');
    await user.clear(age());
    await user.type(age(), '53');
    await user.selectOptions(sex(), 'other');
    expect([age().value, sex().value]).toEqual(['53', 'other']);
  });

  test('a record without them leaves both empty', async () => {
    record = { id: 'p1', name: 'Ada', birthDate: null, sex: null };
    render(<Assessment patientId="p1" />);
    await waitFor(() => {
      expect(vi.mocked(fetch)).toHaveBeenCalled();
    });
    expect([age().value, sex().value]).toEqual(['', '']);
  });

  test('what the clinician entered before the record arrived is kept', () => {
    const draft = { ...EMPTY_DRAFT, patient: { ageYears: '40', sex: '' } };
    expect(
      withRecord(draft, { birthDate: '1960-01-01', sex: 'male' }, '2026-12-02').patient,
    ).toEqual({ ageYears: '40', sex: 'male' });
    const both = { ...EMPTY_DRAFT, patient: { ageYears: '40', sex: 'other' } };
    expect(withRecord(both, { birthDate: '1960-01-01', sex: 'male' }, '2026-12-02')).toBe(both);
    // the day before the 67th birthday, and on it
    expect(
      withRecord(EMPTY_DRAFT, { birthDate: '1960-02-29', sex: null }, '2027-02-28').patient,
    ).toEqual({ ageYears: '66', sex: '' });
    expect(
      withRecord(EMPTY_DRAFT, { birthDate: '1960-02-29', sex: null }, '2027-03-01').patient,
    ).toEqual({ ageYears: '67', sex: '' });
  });
});

describe('an empty assessment is not an encounter', () => {
  test('saving waits for one entry beyond age and sex, and says why; then one POST is sent', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    // the server is outside the component: a stand-in answers as the real one does
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        if (init.method === 'GET') {
          return Promise.resolve(notFound());
        }
        sent.push(JSON.parse(init.body as string));
        return Promise.resolve(
          new Response(JSON.stringify({ id: 'e1' }), {
            status: 201,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }),
    );
    render(<Assessment patientId="p1" />);
    await typeAge(user);
    await user.selectOptions(screen.getByLabelText('Sex'), 'female');
    expect(save().disabled).toBe(true);
    const hint = document.getElementById(save().getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toMatch(/^Enter at least one history item, symptom, sign or result/);
    await user.click(save());
    expect(sent).toHaveLength(0);
    await mark(user, 'paraspinal_tenderness', 'absent');
    expect(save().disabled).toBe(false);
    expect(save().getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByText(/^Enter at least one history item/)).toBeNull();
    await user.click(save());
    await screen.findByText('Encounter saved; the server ran the engine again.');
    expect(sent).toEqual([
      { patient: { ageYears: 45, sex: 'female' }, findings: { paraspinal_tenderness: false } },
    ]);
  });
});

describe('a screen reader hears the live result’s conclusion, not every moving figure', () => {
  test('one polite sentence names the triage and the leading cause group; the panel itself is not a live region', async () => {
    const user = userEvent.setup();
    render(<Assessment patientId="p1" />);
    await typeAge(user);
    await mark(user, 'paraspinal_tenderness', 'present');
    const result = screen.getByRole('region', { name: 'Live result' });
    const live = result.querySelectorAll('[aria-live]');
    expect(live).toHaveLength(1);
    const summary = screen.getByTestId('live-summary');
    expect(summary.getAttribute('aria-live')).toBe('polite');
    const leading = within(screen.getByTestId('groups')).getAllByRole('listitem')[0];
    const group = leading?.textContent.split(':')[0] ?? '';
    expect(summary.textContent).toMatch(
      new RegExp(`^Triage: .+\\. Leading cause group: ${group}\\.$`),
    );
    // the sentence carries no percentage, so a finding that only moves the figures says nothing new
    expect(summary.textContent).not.toMatch(/%/);
  });
});
