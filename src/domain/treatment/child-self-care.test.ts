/** @module A child gets no adult self-care: no hydration target, supplements, massage or timers; a doctor advises. */
import { describe, expect, test } from 'vitest';
import { parsed, patch, strainAda } from '../../../test/fixtures/assessments.js';
import type { Assessment } from '../assessment/index.js';
import { assess as run } from '../engine/index.js';
import { CHILD_BELOW_YEARS } from '../shared/index.js';

const aged = (ageYears: number): Assessment => patch(strainAda, { patient: { ageYears } });
const assess = (a: Assessment) => run(parsed(a), { audience: 'patient', asOf: '2026-11-25' });

describe('the self-care plan of a child', () => {
  test.each([8, 12, CHILD_BELOW_YEARS - 1])(
    'at %i years it lists no measure and says a doctor will advise',
    (age) => {
      const r = assess(aged(age));
      expect(r.triage.reasons.map((x) => x.rule)).toContain('BASE-CHILD-SEEN');
      expect(r.selfCare).toEqual({ mode: 'child_doctor_advises', withheld: [], items: [] });
    },
  );

  test('a child with a kidney condition or a wound gets no drinking allowance or caution either: a doctor advises', () => {
    const r = assess(patch(aged(12), { conditions: ['chronic_kidney_disease'] }));
    expect(r.selfCare.items).toEqual([]);
  });

  test(`from ${String(CHILD_BELOW_YEARS)}, the age the triage rule uses, the adult measures come back`, () => {
    const r = assess(aged(CHILD_BELOW_YEARS));
    expect(r.selfCare.mode).toBe('follow');
    expect(r.selfCare.items.map((i) => i.measure)).toEqual(
      expect.arrayContaining(['stretch', 'massage', 'hydration']),
    );
  });

  test('a red flag in a child still sends to care now, with nothing to delay it', () => {
    const r = assess(patch(aged(10), { findings: { saddle_anaesthesia: true } }));
    expect(r.selfCare).toEqual({ mode: 'seek_care_now', withheld: [], items: [] });
  });
});
