import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ageOn } from './age.js';

describe('ageOn', () => {
  test('the day before a birthday is still the younger age; the birthday itself is the older', () => {
    expect(ageOn('1980-06-15', '2026-06-14')).toBe(45);
    expect(ageOn('1980-06-15', '2026-06-15')).toBe(46);
    expect(ageOn('1980-12-31', '2026-12-30')).toBe(45);
    expect(ageOn('1980-12-31', '2026-12-31')).toBe(46);
  });

  test('born on 29 February: a year later on 28 February not yet, on 1 March yes; on a leap day exactly', () => {
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(0);
    expect(ageOn('2000-02-29', '2001-03-01')).toBe(1);
    expect(ageOn('2000-02-29', '2004-02-28')).toBe(3);
    expect(ageOn('2000-02-29', '2004-02-29')).toBe(4);
  });

  test("FHIR's partial birth dates count from the first day they name", () => {
    expect(ageOn('1970', '2026-01-01')).toBe(56);
    expect(ageOn('1970-05', '2026-04-30')).toBe(55);
    expect(ageOn('1970-05', '2026-05-01')).toBe(56);
  });

  test('a date that cannot be read gives no age', () => {
    expect(ageOn('unknown', '2026-01-01')).toBeUndefined();
    expect(ageOn('1970-01-01', '2026-01')).toBeUndefined();
    expect(ageOn('1970-01-01', '2026-01-01T08:00:00Z')).toBeUndefined();
  });

  test('the age is never negative from birth on, and grows by one exactly on each birthday', () => {
    const day = fc.date({
      min: new Date('1890-01-01'),
      max: new Date('2199-12-31'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 150 }), (born, years) => {
        const b = born.toISOString().slice(0, 10);
        const later = new Date(born);
        later.setUTCFullYear(born.getUTCFullYear() + years);
        const on = later.toISOString().slice(0, 10);
        const age = ageOn(b, on) ?? -1;
        const dayBefore = new Date(later.getTime() - 86_400_000).toISOString().slice(0, 10);
        expect(age).toBe(years);
        if (years > 0 && on.slice(5) !== '03-01') {
          expect(ageOn(b, dayBefore)).toBe(years - 1);
        }
      }),
    );
  });
});
