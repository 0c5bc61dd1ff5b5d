import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emptyAssessmentIssues, hasEntries } from './entries.js';
import { Assessment } from './schema.js';

describe('an empty assessment is not an encounter', () => {
  test.each([
    ['age and sex only', { patient: { ageYears: 30, sex: 'female' } }],
    ['parts with nothing in them', { patient: {}, history: {}, findings: {}, exam: { mrc: {} } }],
    [
      'a list scope without the lists',
      { patient: {}, known: { conditions: ['diabetes_mellitus'] } },
    ],
    ['parts left undefined', { patient: {}, history: undefined, vitals: undefined }],
  ])('%s has no entries, and is one issue on the whole document', (_name, a) => {
    expect(hasEntries(a)).toBe(false);
    expect(emptyAssessmentIssues(a, ['input'])).toEqual([
      { code: 'input.empty_assessment', path: ['input'] },
    ]);
  });

  test.each([
    ['a history item', { history: { durationDays: 0 } }],
    ['a finding looked for and absent', { findings: { saddle_anaesthesia: false } }],
    ['a list asked, with none on it', { conditions: [] }],
    ['a nested measurement', { exam: { mrc: { L5: 4 } } }],
    ['a lab result', { labs: [{ loinc: '2823-3', value: 4.1, unit: 'mmol/L' }] }],
  ])('%s is an entry', (_name, part) => {
    const a = { patient: { ageYears: 30 }, ...part };
    expect(hasEntries(a)).toBe(true);
    expect(emptyAssessmentIssues(a)).toEqual([]);
  });

  test('adding any finding to any assessment makes it one with entries', () => {
    const finding = fc.constantFrom(
      'paraspinal_tenderness',
      'saddle_anaesthesia',
      'fever_reported',
    );
    fc.assert(
      fc.property(
        fc.record({ ageYears: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }) }),
        finding,
        fc.boolean(),
        (patient, f, present) => {
          const bare = { patient };
          expect(hasEntries(bare)).toBe(false);
          const parsed = Assessment.safeParse({ ...bare, findings: { [f]: present } });
          expect(parsed.success && hasEntries(parsed.data)).toBe(true);
        },
      ),
    );
  });
});

describe('a trigger list', () => {
  test('"none" with another trigger is refused, naming history.triggers', () => {
    const r = Assessment.safeParse({ patient: {}, history: { triggers: ['lifting', 'none'] } });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([
      expect.objectContaining({
        path: ['history', 'triggers'],
        params: { tonus: 'input.none_with_others', none: 'none', others: 'lifting' },
      }),
    ]);
  });

  test.each([[['none']], [['lifting', 'cold']], [[]]])('%j is accepted', (triggers) => {
    expect(Assessment.safeParse({ patient: {}, history: { triggers } }).success).toBe(true);
  });
});
