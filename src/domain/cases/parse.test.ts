import { describe, expect, test } from 'vitest';
import { parseCase } from './parse.js';

const strain = {
  format: 'tonus-case/1',
  id: 'strain-after-lifting',
  patient: { ageYears: 34, sex: 'male' },
  history: { onset: 'sudden', triggers: ['lifting'], regions: ['lumbar'] },
  expected: { triage: 'self_care', group: 'muscle', conditions: ['exertional_overuse'] },
};

describe('case file expected answer', () => {
  test('accepts the patient triage a telephone nurse would choose, with other defensible levels', () => {
    const r = parseCase({
      ...strain,
      expected: { ...strain.expected, patientTriage: 'consultation', acceptPatientTriage: ['self_care'] },
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.file.expected.patientTriage).toBe('consultation');
      expect(r.value.file.expected.acceptPatientTriage).toEqual(['self_care']);
    }
  });

  test('a case without a patient triage still loads: the field is optional', () => {
    expect(parseCase(strain).ok).toBe(true);
  });

  test('a patient triage that is not a triage level is refused, naming the field', () => {
    const r = parseCase({ ...strain, expected: { ...strain.expected, patientTriage: 'urgent' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toContainEqual(['expected', 'patientTriage']);
    }
  });

  test('an accepted patient level that is not a triage level is refused, naming its position', () => {
    const r = parseCase({ ...strain, expected: { ...strain.expected, acceptPatientTriage: ['soon'] } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toContainEqual(['expected', 'acceptPatientTriage', 0]);
    }
  });

  test('a case still needs the age and sex of its patient, which only an interview may leave unknown', () => {
    const r = parseCase({ ...strain, patient: { sex: 'male' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toContainEqual(['patient', 'ageYears']);
    }
  });

  test('a triage-only case may leave out its group and name no condition: both read as nothing to judge', () => {
    const { group: _g, conditions: _c, ...triageOnly } = strain.expected;
    for (const expected of [triageOnly, { ...triageOnly, group: null, conditions: [] }]) {
      const r = parseCase({ ...strain, expected });
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.value.file.expected.group).toBeNull();
        expect(r.value.file.expected.conditions).toEqual([]);
      }
    }
  });

  test('a condition id the format does not list is still refused, naming its position', () => {
    const r = parseCase({ ...strain, expected: { ...strain.expected, conditions: ['lumbago'] } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toContainEqual(['expected', 'conditions', 0]);
    }
  });
});
