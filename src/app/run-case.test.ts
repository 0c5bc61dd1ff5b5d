import { describe, expect, test } from 'vitest';
import { strainAda } from '../../test/fixtures/assessments.js';
import { runCase, summarize } from './run-case.js';

/** A lifting strain two days old and already easing (the fixtures' history), with no red flag: self-care, the strain leading. */
const strain = {
  format: 'tonus-case/1',
  id: 'easing-lifting-strain',
  patient: { ageYears: 34, sex: 'male' },
  history: strainAda.history,
  findings: {
    paraspinal_tenderness: true,
    pain_on_movement: true,
    relief_at_rest: true,
    saddle_anaesthesia: false,
    urinary_retention: false,
  },
  expected: { triage: 'self_care', group: 'muscle', conditions: ['exertional_overuse'] },
};
const asOf = '2026-11-25';

describe('a triage-only case', () => {
  test('with no condition named passes on its triage alone, its condition judged n/a, not failed', () => {
    const r = runCase(
      { ...strain, expected: { triage: strain.expected.triage, group: null, conditions: [] } },
      { asOf },
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.check).toEqual({
        triage: 'pass',
        group: 'n/a',
        condition: 'n/a',
        passed: true,
      });
      const s = summarize([r.value]);
      expect([s.conditionPass, s.conditionScored]).toEqual([0, 0]);
    }
  });

  test('still fails when its triage is wrong', () => {
    const r = runCase({ ...strain, expected: { triage: 'emergency' } }, { asOf });
    expect(r.ok && r.value.check).toMatchObject({
      triage: 'under',
      condition: 'n/a',
      passed: false,
    });
  });

  test('a case that names a cause the engine does not rank in its top three still fails on it', () => {
    const r = runCase(
      { ...strain, expected: { ...strain.expected, conditions: ['wilsons_disease'] } },
      { asOf },
    );
    expect(r.ok && r.value.check).toMatchObject({ condition: 'fail', passed: false });
    if (r.ok) {
      expect([summarize([r.value]).conditionScored]).toEqual([1]);
    }
  });
});
