import { describe, expect, test } from 'vitest';
import { en } from '../../i18n/index.js';
import { parseAssessment } from './parse.js';

const base = { patient: { ageYears: 30, sex: 'female' }, conditions: ['pregnancy'] };

describe('a patient whose facts cannot all be true', () => {
  test('pregnancy in a female patient of 30 is accepted', () => {
    expect(parseAssessment(base).ok).toBe(true);
  });

  test('pregnancy with male sex is refused, naming the condition and the sex', () => {
    const r = parseAssessment({ ...base, patient: { ageYears: 30, sex: 'male' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([
        {
          code: 'input.contradicts_sex',
          path: ['conditions', 0],
          params: { condition: 'pregnancy', sex: 'male', other: 'patient.sex' },
        },
      ]);
      expect(en.issue(r.issues[0]!)).toMatch(/^conditions\[0\]: pregnancy .* patient\.sex is male/);
    }
  });

  test('pregnancy at age 2 is refused naming the age; dialysis at 2 is possible and is kept', () => {
    const r = parseAssessment({
      patient: { ageYears: 2, sex: 'female' },
      conditions: ['dialysis', 'pregnancy'],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['input.contradicts_age', ['conditions', 1]],
      ]);
      expect(en.issue(r.issues[0]!)).toMatch(/patient\.ageYears 2/);
    }
  });

  test('a patient of sex "other" may be pregnant', () => {
    expect(parseAssessment({ ...base, patient: { ageYears: 30, sex: 'other' } }).ok).toBe(true);
  });
});
