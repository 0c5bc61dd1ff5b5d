import { describe, expect, test } from 'vitest';
import { patch, strainAda } from '../../../test/fixtures/assessments.js';
import type { Assessment } from '../assessment/index.js';
import { triageOf } from '../../../test/fixtures/triage.js';

/** Triage as the engine decides it. */
const triage = triageOf;

const aged = (ageYears: number): Assessment => patch(strainAda, { patient: { ageYears } });

describe('a child’s back spasm is seen by a doctor, not sent to self-care', () => {
  test('an adult’s uncomplicated strain stays self-care', () => {
    const t = triage(aged(35));
    expect(t.level).toBe('self_care');
    expect(t.reasons.map((r) => r.rule)).toContain('BASE-SELF-CARE-MECHANICAL');
  });

  test.each([8, 12, 15])(
    'the same strain at %i years is a consultation, with the reason',
    (age) => {
      const t = triage(aged(age));
      expect(t.level).toBe('consultation');
      expect(t.reasons.map((r) => r.rule)).toEqual(['BASE-CHILD-SEEN']);
    },
  );

  test('from 16, the age NICE NG59 covers, the strain is self-care again', () => {
    expect(triage(aged(16)).level).toBe('self_care');
  });

  test('an unknown age does not decide it: unknown is not a child', () => {
    const { patient: _, ...noAge } = strainAda;
    expect(triage({ ...noAge, patient: {} }).level).toBe('self_care');
  });

  test('a red flag in a child still wins over the consultation', () => {
    const t = triage(patch(aged(10), { findings: { saddle_anaesthesia: true } }));
    expect(t.level).toBe('emergency');
  });
});
