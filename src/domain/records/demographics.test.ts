import { describe, expect, test } from 'vitest';
import { BirthDate, birthDateIssues, DemographicsInput, PatientRecord } from './index.js';

const NOW = '2026-12-02T09:00:00.000Z';

describe('date of birth', () => {
  test.each(['2000-02-29', '1980-12-31', '2026-12-02'])('%s is a real calendar date', (d) => {
    expect(BirthDate.safeParse(d).success).toBe(true);
  });

  test.each(['2001-02-29', '1980-13-01', '1980-04-31', '1980-1-1', '1980', '02/03/1980', ''])(
    '%s is refused as not a calendar date',
    (d) => {
      expect(BirthDate.safeParse(d).success).toBe(false);
    },
  );

  test('today and exactly 120 years ago (the oldest age an assessment takes) are accepted', () => {
    expect(birthDateIssues('2026-12-02', NOW)).toEqual([]);
    expect(birthDateIssues('1906-12-02', NOW)).toEqual([]);
  });

  test('a day more than 120 years ago and a day in the future are refused, naming birthDate', () => {
    for (const d of ['1906-12-01', '2026-12-04']) {
      expect(birthDateIssues(d, NOW)).toEqual([
        {
          code: 'record.birth_date_out_of_range',
          path: ['birthDate'],
          params: { value: d, earliest: '1906-12-02', latest: '2026-12-02' },
        },
      ]);
    }
  });

  test('tomorrow in UTC is already today east of UTC late in the day, so it is accepted then', () => {
    expect(birthDateIssues('2026-12-03', '2026-12-02T11:00:00.000Z')).toEqual([]);
    expect(birthDateIssues('2026-12-03', '2026-12-02T09:00:00.000Z')).toHaveLength(1);
  });
});

describe('demographics on the record', () => {
  test('a change may set, clear or leave out each field, and nothing else', () => {
    expect(DemographicsInput.safeParse({}).success).toBe(true);
    expect(DemographicsInput.safeParse({ birthDate: null, sex: null }).success).toBe(true);
    expect(DemographicsInput.safeParse({ birthDate: '1970-05-01', sex: 'male' }).success).toBe(
      true,
    );
    expect(DemographicsInput.safeParse({ sex: 'unknown' }).success).toBe(false);
    expect(DemographicsInput.safeParse({ age: 50 }).success).toBe(false);
  });

  test('a record without them says null, not absent', () => {
    const base = { id: crypto.randomUUID(), name: 'A', createdAt: NOW };
    expect(PatientRecord.safeParse({ ...base, birthDate: null, sex: null }).success).toBe(true);
    expect(PatientRecord.safeParse(base).success).toBe(false);
  });
});
