/** @module Which answers the interview treats as raising a red flag, read from the rules. */
import { describe, expect, test } from 'vitest';
import { RED_FLAG_RULES } from '../triage/index.js';
import { JOINT_REFS, RED_FLAG_REFS, RULE_REFS } from './red-flag-refs.js';

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

  test('a rule that needs what only a clinician finds raises nothing from the interview (a fused spine after a fall)', () => {
    // RF-FRACTURE-RIGID-SPINE needs a spinal deformity, which no interview asks: its autoimmune disease and its fall
    // are no reason to ask anything for it
    const rigid = RED_FLAG_RULES.findIndex((r) => r.id === 'RF-FRACTURE-RIGID-SPINE');
    expect(rigid).toBeGreaterThanOrEqual(0);
    expect(RULE_REFS[rigid]).toEqual([]);
  });

  test('an exemption no interview can meet adds no red-flag answers (a young athlete examined for a stress fracture)', () => {
    // RF-MALIGNANCY-FEATURES v7 steps aside only once the reflexes and bending forward were examined: its exemption's
    // answers (a tiredness, a belly ache, a burning of the feet) cannot bring the tumour's 24 hours back in an interview
    const tumour = RED_FLAG_RULES.findIndex((r) => r.id === 'RF-MALIGNANCY-FEATURES');
    expect(RULE_REFS[tumour]).toContain('findings.unexplained_weight_loss');
    expect(RULE_REFS[tumour]).not.toContain('findings.burning_feet');
    expect(RULE_REFS[tumour]).not.toContain('findings.abdominal_pain');
  });

  test('a rule that needs a blood result raises nothing from the interview (a low potassium with palpitations)', () => {
    // a patient gives no blood result (INTERVIEW.md), so RF-HYPOK's palpitations and its stomach bug's exemption
    // (knowledge base 1.40.0) are no reason to ask anything for it; the palpitations stay a red-flag question through
    // the rules that need no blood result
    const potassium = RED_FLAG_RULES.findIndex((r) => r.id === 'RF-HYPOK');
    expect(potassium).toBeGreaterThanOrEqual(0);
    expect(RULE_REFS[potassium]).toEqual([]);
    expect(RED_FLAG_REFS).toContain('findings.palpitations');
  });
});
