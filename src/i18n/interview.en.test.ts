import { describe, expect, test } from 'vitest';
import {
  INTERVIEW_ISSUE_CODES,
  LIKELIHOOD_THRESHOLDS,
  QUESTION_IDS,
  question,
  WATCH_IDS,
} from '../domain/interview/index.js';
import { DRUGS, prescriptionMention } from '../domain/kb/index.js';
import {
  INTERVIEW_ISSUE_TEXT,
  LIKELIHOOD_TEXT,
  QUESTION_TEXT,
  TERMINAL_HINT,
  WATCH_TEXT,
} from './interview.en.js';

/** Prescription drugs a patient must never see named; "alcohol" is also a drink, so it is not on the list. */
const PRESCRIPTION = [
  ...DRUGS.filter((d) => d !== 'alcohol').map((d) => d.replace('_', ' ')),
  'botulinum',
  'botox',
  'fluvoxamine',
  'ciprofloxacin',
  'omeprazole',
  'haloperidol',
  'metoclopramide',
  'sertraline',
  'hydrocortisone',
];
const DOSE = /\b\d+(\.\d+)?\s?(mg|mcg|µg|g|ml|units?|u)\b/i;

function allText(): string[] {
  return [
    ...QUESTION_IDS.flatMap((id) => {
      const w = QUESTION_TEXT[id] as {
        text: string;
        labels: Record<string, string>;
        options?: Record<string, string>;
      };
      return [w.text, ...Object.values(w.labels), ...Object.values(w.options ?? {})];
    }),
    ...Object.values(WATCH_TEXT),
    ...Object.values(LIKELIHOOD_TEXT),
    ...Object.values(TERMINAL_HINT),
  ];
}

describe('interview wording (English)', () => {
  test('every question has its text, a label for each ref it asks and one for each option', () => {
    for (const id of QUESTION_IDS) {
      const q = question(id);
      const w = QUESTION_TEXT[id] as {
        text: string;
        labels: Record<string, string>;
        options?: Record<string, string>;
      };
      expect(w.text.length, id).toBeGreaterThan(5);
      expect(Object.keys(w.labels).sort(), id).toEqual(q.asks.map((a) => a.ref).sort());
      expect(Object.keys(w.options ?? {}).sort(), id).toEqual((q.options ?? []).map(String).sort());
      for (const label of [...Object.values(w.labels), ...Object.values(w.options ?? {})]) {
        expect(label.trim().length, id).toBeGreaterThan(0);
      }
    }
  });

  test('no wording names a prescription drug or a dose', () => {
    for (const text of allText()) {
      for (const drug of PRESCRIPTION) {
        expect(text.toLowerCase(), text).not.toContain(drug);
      }
      expect(text, text).not.toMatch(DOSE);
      // and none that the check on clinicians' plan text would refuse
      expect(prescriptionMention(text), text).toBeUndefined();
    }
  });

  test('no question uses the jargon INTERVIEW.md names', () => {
    for (const text of allText()) {
      expect(text.toLowerCase()).not.toMatch(
        /saddle anaesthesia|paraesthesia|opisthotonus|trismus|dysreflexia|haemodialysis/,
      );
    }
  });

  test('every watch-for advice, likelihood word and input error has its wording', () => {
    expect(Object.keys(WATCH_TEXT).sort()).toEqual([...WATCH_IDS].sort());
    expect(Object.keys(LIKELIHOOD_TEXT).sort()).toEqual(['less_likely', 'likely', 'possible']);
    expect(Object.keys(INTERVIEW_ISSUE_TEXT).sort()).toEqual([...INTERVIEW_ISSUE_CODES].sort());
    expect(LIKELIHOOD_THRESHOLDS.likely).toBeGreaterThan(LIKELIHOOD_THRESHOLDS.possible);
  });

  test('an input error names the ref and the rule it broke', () => {
    const text = INTERVIEW_ISSUE_TEXT['interview.invalid_value']({
      code: 'interview.invalid_value',
      path: ['answers', 'patient.ageYears'],
      params: { ref: 'patient.ageYears', value: '300', min: 0, max: 120, expected: 'number' },
    });
    expect(text).toContain('patient.ageYears');
    expect(text).toContain('from 0 to 120');
  });
});
