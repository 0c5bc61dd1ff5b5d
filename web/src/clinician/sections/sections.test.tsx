// @vitest-environment happy-dom
/**
 * @module The assessment's structured sections in a DOM: a slip in a vital sign is named beside its field (the
 * shared schema's message naming the field and the rule), the field is marked invalid and described by it, and
 * the encounter cannot be saved until it is mended; a laboratory row offers only the units the knowledge base
 * can convert for the test's analyte; and the draft becomes the case-format assessment, leaving out what was
 * not asked (unknown is never normal).
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { Assessment } from '../Assessment';
import { EMPTY_DRAFT, toAssessment } from '../draft';

afterEach(cleanup);

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
    expect(saveButton().disabled).toBe(false);
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
