/** @module Which answers the interview treats as raising a red flag, read from the rules. */
import { describe, expect, test } from 'vitest';
import { JOINT_REFS, RED_FLAG_REFS } from './red-flag-refs.js';

describe('the answers a red flag rests on', () => {
  test('a "no" a rule needs still makes its question a red-flag question (not vaccinated against tetanus)', () => {
    expect(RED_FLAG_REFS).toContain('findings.tetanus_vaccination_up_to_date');
  });

  test('two signs a rule needs present are looked ahead at together (cold sweats and faintness on standing)', () => {
    expect(JOINT_REFS.has('findings.heavy_sweating|findings.orthostatic_dizziness')).toBe(true);
  });

  test('two a rule needs answered "no" are not paired as a joint "yes" (a tender muscle and a pain easing at rest)', () => {
    // RF-SUDDEN-UPPER-BACK-SWEATING v4 needs both told absent: a "yes" to both is a strain's, which fires nothing
    expect(JOINT_REFS.has('findings.paraspinal_tenderness|findings.relief_at_rest')).toBe(false);
    expect(JOINT_REFS.has('findings.pain_on_movement|findings.relief_at_rest')).toBe(false);
  });
});
