// @vitest-environment happy-dom
/**
 * @module The assessment's structured sections in a DOM: a slip in a vital sign is named beside its field (the
 * shared schema's message naming the field and the rule), the field is marked invalid and described by it, and
 * the encounter cannot be saved until it is mended; a laboratory row offers only the units the knowledge base
 * can convert for the test's analyte; closing a section keeps what was entered in it, shown again on reopening
 * and sent with the encounter; and the draft becomes the case-format assessment, leaving out what was
 * not asked (unknown is never normal).
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Assessment } from '../Assessment';
import { EMPTY_DRAFT, toAssessment } from '../draft';

// The page asks the server for the patient's record when it opens. The server is outside the component:
// unless a test stands in for it, it answers that there is no such record (the clinician then types the
// age and sex), instead of the DOM's own fetch trying a server on localhost.
beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ status: 404, title: 'Not Found' }), {
          status: 404,
          headers: { 'content-type': 'application/problem+json' },
        }),
      ),
    ),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Opens a closed section from its summary, as a click (or Enter) would. */
async function openSection(title: string): Promise<void> {
  await userEvent.setup().click(screen.getByText(title, { selector: 'summary' }));
  await screen.findByRole('group', { name: title });
}

const saveButton = (): HTMLButtonElement =>
  screen.getByRole('button', { name: 'Save the encounter' });

describe('the structured assessment sections', () => {
  test('a heart rate below the scale is named beside its field, marks it invalid, and blocks saving until mended', async () => {
    const user = userEvent.setup();
    render(<Assessment patientId="p1" />);
    expect(screen.queryByLabelText('Heart rate (beats/min)')).toBeNull();
    await openSection('Vital signs');
    const rate = screen.getByLabelText('Heart rate (beats/min)');
    // nothing entered yet: an empty assessment is not saved
    expect(saveButton().disabled).toBe(true);
    await user.type(rate, '5');
    expect(rate.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(rate.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('vitals.heartRate: must be at least 20 (got 5)');
    expect(saveButton().disabled).toBe(true);
    await user.type(rate, '8');
    expect(rate.getAttribute('aria-invalid')).toBeNull();
    expect(saveButton().disabled).toBe(false);
  });

  test('a potassium result offers only the units that can measure potassium, and a value without a test is named', async () => {
    const user = userEvent.setup();
    render(<Assessment patientId="p1" />);
    await openSection('Laboratory results');
    const row = screen.getByRole('group', { name: 'Result 1' });
    await user.type(within(row).getByLabelText('Value'), '3.1');
    expect(within(row).getByLabelText('Test (LOINC)').getAttribute('aria-invalid')).toBe('true');
    await user.selectOptions(within(row).getByLabelText('Test (LOINC)'), '2823-3');
    const units = [...within(row).getByLabelText<HTMLSelectElement>('Unit').options]
      .map((o) => o.value)
      .filter((v) => v !== '');
    expect(units).toEqual(['mmol/L', 'meq/L', 'mEq/L']);
    expect(units).not.toContain('mg/dL');
    expect(saveButton().disabled).toBe(false);
  });

  test('an MRC grade can only be chosen from the scale, 0 to 5, each with its meaning', async () => {
    const user = userEvent.setup();
    render(<Assessment patientId="p1" />);
    await openSection('Examination');
    const grades = [...screen.getByLabelText<HTMLSelectElement>('MRC L5').options].map(
      (o) => o.value,
    );
    expect(grades).toEqual(['', '0', '1', '2', '3', '4', '5']);
    await user.selectOptions(screen.getByLabelText('MRC L5'), '3');
    expect(screen.getByLabelText<HTMLSelectElement>('MRC L5').selectedOptions[0]?.textContent).toBe(
      '3 moves against gravity',
    );
    expect(screen.getByLabelText('MRC L5').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('closing a section keeps its entries', () => {
  /** Closes an open section from its summary; its controls are unmounted. */
  async function closeSection(title: string): Promise<void> {
    await userEvent.setup().click(screen.getByText(title, { selector: 'summary' }));
    expect(screen.queryByRole('group', { name: title })).toBeNull();
  }

  test('vital signs, a condition and an EMG finding entered, their sections closed and reopened, are still there and are sent', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    // the server is outside the component: a stand-in answers as the real one does
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        sent.push(JSON.parse(init.body as string));
        return Promise.resolve(new Response(JSON.stringify({ id: 'e1' }), { status: 201 }));
      }),
    );
    render(<Assessment patientId="p1" />);
    await openSection('Vital signs');
    await user.type(screen.getByLabelText('Heart rate (beats/min)'), '112');
    await user.type(screen.getByLabelText('Temperature (°C)'), '38,4');
    await openSection('Conditions (history of)');
    const condition = within(
      screen.getByRole('group', { name: 'Conditions (history of)' }),
    ).getAllByRole<HTMLInputElement>('checkbox')[0];
    const conditionName = condition?.name ?? '';
    expect(conditionName).toMatch(/^conditions-/);
    if (condition !== undefined) {
      await user.click(condition);
    }
    await openSection('EMG findings');
    const fasciculations = screen
      .getByRole('group', { name: 'EMG findings' })
      .querySelector<HTMLInputElement>('input[name="emg.fasciculations"][value="present"]');
    expect(fasciculations).not.toBeNull();
    if (fasciculations !== null) {
      await user.click(fasciculations);
    }

    await closeSection('Vital signs');
    await closeSection('Conditions (history of)');
    await closeSection('EMG findings');
    expect(screen.queryByLabelText('Heart rate (beats/min)')).toBeNull();

    await openSection('Vital signs');
    expect(screen.getByLabelText<HTMLInputElement>('Heart rate (beats/min)').value).toBe('112');
    expect(screen.getByLabelText<HTMLInputElement>('Temperature (°C)').value).toBe('38,4');
    await openSection('Conditions (history of)');
    expect(
      document.querySelector<HTMLInputElement>(`input[name="${conditionName}"]`)?.checked,
    ).toBe(true);
    // EMG findings stays closed: what it holds is sent all the same
    await user.click(saveButton());
    await waitFor(() => expect(sent).toHaveLength(1));
    const body = sent[0] as {
      vitals?: unknown;
      conditions?: unknown;
      emg?: unknown;
    };
    expect(body.vitals).toEqual({ heartRate: 112, temperatureC: 38.4 });
    expect(body.conditions).toEqual([conditionName.slice('conditions-'.length)]);
    expect(body.emg).toEqual({ fasciculations: true });
  });
});

describe('the draft as a case-format assessment', () => {
  test('an untouched form is an assessment with nothing known', () => {
    expect(toAssessment(EMPTY_DRAFT)).toEqual({ patient: {} });
  });

  test('a list ticked "none of these" is sent empty (every member absent); not ticked at all, it is left out', () => {
    const asked = toAssessment({ ...EMPTY_DRAFT, conditions: { picked: [], none: true } });
    expect(asked.conditions).toEqual([]);
    expect(toAssessment(EMPTY_DRAFT)).not.toHaveProperty('conditions');
  });

  test('findings and EMG left "not known" are left out; present and absent are sent', () => {
    const a = toAssessment({
      ...EMPTY_DRAFT,
      emg: { fasciculations: 'present', denervation: 'absent', myotonicDischarges: 'unknown' },
    });
    expect(a.emg).toEqual({ fasciculations: true, denervation: false });
  });

  test('numbers as typed: a comma decimal reads as a number, a word stays NaN for the schema to name', () => {
    const a = toAssessment({
      ...EMPTY_DRAFT,
      vitals: { temperatureC: '37,5', heartRate: 'fast', spo2: '' },
    });
    expect(a.vitals).toEqual({ temperatureC: 37.5, heartRate: Number.NaN });
  });

  test('a started STarT Back is sent as is, so the unanswered items are named rather than guessed', () => {
    const agree = EMPTY_DRAFT.questionnaires.startBack.agree.map((t, i) =>
      i === 0 ? 'present' : t,
    );
    const a = toAssessment({
      ...EMPTY_DRAFT,
      questionnaires: {
        ...EMPTY_DRAFT.questionnaires,
        startBack: { agree, bothersomeness: '' },
      },
    });
    expect(a.questionnaires).toEqual({
      startBack: { agree: [true, null, null, null, null, null, null, null], bothersomeness: '' },
    });
  });
});
