// @vitest-environment happy-dom
/**
 * @module Going back in the interview shows each earlier question with the answer given there: a checklist's
 * lines ticked as answered (a Yes that raised the emergency stays ticked, so "None of these" cannot quietly
 * take it back), a number as typed, a choice and "I don't know" shown pressed. An answer shown again is sent
 * only when the patient confirms it. The network is replaced by a server that asks the age, then the nerve
 * checklist (any Yes: the emergency result), then a single choice and a yes/no, then a routine result.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { QuestionLine, ResultLine } from '../../../src/app/interview/view';
import { WEB_EN as t } from '../../../src/i18n/web.en';
import {
  AGE,
  asked,
  interviewServer,
  renderInterview,
  resultLine,
  sent,
  settle,
  tick,
} from './interview.fixture';

const NERVES: QuestionLine = {
  type: 'question',
  n: 2,
  id: 'nerves',
  text: 'Since the back pain started, have you had any of these?',
  kind: 'checklist',
  asks: [
    { ref: 'findings.saddle_anaesthesia', label: 'Numbness between the legs' },
    { ref: 'findings.urinary_retention', label: 'Cannot pass urine' },
    { ref: 'findings.leg_weakness', label: 'New weakness in a leg' },
  ],
  options: [],
};

const ONSET: QuestionLine = {
  type: 'question',
  n: 3,
  id: 'onset',
  text: 'How did it start?',
  kind: 'single',
  asks: [{ ref: 'history.onset', label: 'How did it start?' }],
  options: [
    { value: 'sudden', label: 'Suddenly' },
    { value: 'gradual', label: 'Slowly' },
  ],
};

const FEVER: QuestionLine = {
  type: 'question',
  n: 4,
  id: 'fever',
  text: 'Have you had a fever?',
  kind: 'yes_no',
  asks: [{ ref: 'findings.fever_reported', label: 'Have you had a fever?' }],
  options: [],
};

const QUESTIONS = [AGE, NERVES, ONSET, FEVER];

const RESULT = resultLine(4, { level: 'consultation', advice: 'See a doctor this week.' });

const EMERGENCY = {
  ...RESULT,
  questions: 2,
  stoppedBecause: 'emergency',
  triage: {
    level: 'emergency',
    advice: 'Go to an emergency department now.',
    reasons: [{ rule: 'cauda_equina', text: 'Numbness between the legs' }],
  },
  selfCare: { mode: 'seek_care_now', heading: 'Until you are seen', items: [], withheld: [] },
} as unknown as ResultLine;

interviewServer((answers) =>
  sent(
    NERVES.asks.some((a) => answers[a.ref] === true)
      ? EMERGENCY
      : (QUESTIONS.find((q) => q.asks.some((a) => !(a.ref in answers))) ?? RESULT),
  ),
);

async function start(): Promise<void> {
  await renderInterview();
  expect(screen.getByRole('heading', { level: 1, name: AGE.text })).toBeTruthy();
}

const ageInput = (): HTMLInputElement => screen.getByLabelText<HTMLInputElement>(/Age in years/);

async function typeAge(value: string): Promise<void> {
  fireEvent.change(ageInput(), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: t.interview.next }));
  await settle();
}

async function press(name: string): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name }));
  await settle();
}

/** The checklist line labelled `label`, and which of its answers is ticked. */
function ticked(label: string): string[] {
  const line = screen.getByRole('group', { name: label });
  return within(line)
    .getAllByRole<HTMLInputElement>('radio')
    .filter((r) => r.checked)
    .map((r) => r.closest('label')?.textContent ?? '');
}

function pressed(name: string): string | null {
  return screen.getByRole('button', { name }).getAttribute('aria-pressed');
}

describe('back from the emergency to the nerve checklist', () => {
  async function toEmergency(): Promise<void> {
    await start();
    await typeAge('52');
    tick('Numbness between the legs', t.interview.yes);
    tick('New weakness in a leg', t.interview.dontKnow);
    await press(t.interview.noneOfThese);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(t.emergency.title);
  }

  test('the Yes that raised it is still ticked, the other lines as answered', async () => {
    await toEmergency();
    await press(`← ${t.interview.back}`);
    expect(screen.getByRole('heading', { level: 1, name: NERVES.text })).toBeTruthy();
    expect(ticked('Numbness between the legs')).toEqual([t.interview.yes]);
    expect(ticked('Cannot pass urine')).toEqual([t.interview.no]);
    expect(ticked('New weakness in a leg')).toEqual([t.interview.dontKnow]);
    // the answers shown are not sent until the patient confirms them
    expect(asked.at(-1)).toEqual({ 'patient.ageYears': 52 });
  });

  test('"None of these" or "I don\'t know for any of these" then keeps the Yes: the emergency again', async () => {
    await toEmergency();
    for (const all of [t.interview.noneOfThese, t.interview.dontKnowAll]) {
      await press(`← ${t.interview.back}`);
      await press(all);
      expect(asked.at(-1)).toEqual({
        'patient.ageYears': 52,
        'findings.saddle_anaesthesia': true,
        'findings.urinary_retention': false,
        'findings.leg_weakness': null,
      });
      expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(t.emergency.title);
    }
  });

  test('a line changed on purpose is sent changed, the others as they were', async () => {
    await toEmergency();
    await press(`← ${t.interview.back}`);
    tick('Numbness between the legs', t.interview.no);
    await press(t.interview.next);
    expect(asked.at(-1)).toEqual({
      'patient.ageYears': 52,
      'findings.saddle_anaesthesia': false,
      'findings.urinary_retention': false,
      'findings.leg_weakness': null,
    });
    expect(screen.getByRole('heading', { level: 1, name: ONSET.text })).toBeTruthy();
  });
});

describe('back to the questions before', () => {
  test('the age is shown as typed, and Next sends it again', async () => {
    await start();
    await typeAge('52');
    await press(`← ${t.interview.back}`);
    expect(ageInput().value).toBe('52');
    expect(pressed(t.interview.dontKnow)).toBe('false');
    await press(t.interview.next);
    expect(asked.at(-1)).toEqual({ 'patient.ageYears': 52 });
  });

  test('"I don\'t know" for the age is shown chosen, with the field empty', async () => {
    await start();
    await press(t.interview.dontKnow);
    expect(asked.at(-1)).toEqual({ 'patient.ageYears': null });
    await press(`← ${t.interview.back}`);
    expect(ageInput().value).toBe('');
    expect(pressed(t.interview.dontKnow)).toBe('true');
  });

  test('a choice and a yes/no are shown pressed, back from the result through each', async () => {
    await start();
    // a question asked the first time has plain buttons, none pressed
    expect(pressed(t.interview.dontKnow)).toBeNull();
    await typeAge('40');
    await press(t.interview.noneOfThese);
    expect(pressed('Slowly')).toBeNull();
    await press('Slowly');
    await press(t.interview.dontKnow);
    expect(screen.getByText('What you can do yourself')).toBeTruthy();

    await press(`← ${t.interview.back}`);
    expect(screen.getByRole('heading', { level: 1, name: FEVER.text })).toBeTruthy();
    expect(pressed(t.interview.dontKnow)).toBe('true');
    expect(pressed(t.interview.yes)).toBe('false');
    expect(pressed(t.interview.no)).toBe('false');

    await press(`← ${t.interview.back}`);
    expect(screen.getByRole('heading', { level: 1, name: ONSET.text })).toBeTruthy();
    expect(pressed('Slowly')).toBe('true');
    expect(pressed('Suddenly')).toBe('false');
    expect(pressed(t.interview.dontKnow)).toBe('false');

    await press(`← ${t.interview.back}`);
    expect(ticked('Numbness between the legs')).toEqual([t.interview.no]);
    await press(`← ${t.interview.back}`);
    expect(ageInput().value).toBe('40');
  });

  test('started again, nothing is shown as answered', async () => {
    await start();
    await typeAge('40');
    tick('Numbness between the legs', t.interview.yes);
    await press(t.interview.noneOfThese);
    await press(t.result.restart);
    expect(ageInput().value).toBe('');
    expect(pressed(t.interview.dontKnow)).toBeNull();
    await typeAge('40');
    expect(ticked('Numbness between the legs')).toEqual([]);
  });
});
