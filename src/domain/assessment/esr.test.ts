import { describe, expect, test } from 'vitest';
import { evidenceOf, patch, strainAda } from '../../../test/fixtures/assessments.js';
import { category } from '../evidence/index.js';

const withEsr = (ageYears: number, sex: 'female' | 'male', value: number, high?: number) =>
  patch(strainAda, {
    patient: { ageYears, sex },
    labs: [
      {
        loinc: '4537-7',
        value,
        unit: 'mm/h',
        ...(high === undefined ? {} : { referenceRange: { high } }),
      },
    ],
  });

describe('the normal ESR rises with age [ESR-MILLER-1983]', () => {
  test('an ESR of 32 at 68 is normal for a woman (limit 39) and for a man (limit 34); 36 is raised for him', () => {
    expect(category(evidenceOf(withEsr(68, 'female', 32)), 'lab:inflammation')).toBe('normal');
    expect(category(evidenceOf(withEsr(68, 'male', 32)), 'lab:inflammation')).toBe('normal');
    expect(category(evidenceOf(withEsr(68, 'male', 36)), 'lab:inflammation')).toBe('raised');
  });

  test('under 30 the fallback limit of 20 stays; a laboratory limit sent with the result is kept as it is', () => {
    expect(category(evidenceOf(withEsr(25, 'female', 24)), 'lab:inflammation')).toBe('raised');
    expect(category(evidenceOf(withEsr(68, 'female', 32, 25)), 'lab:inflammation')).toBe('raised');
  });
});
