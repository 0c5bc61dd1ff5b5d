/** @module A plan is written for the patient to read: no prescription drug or dose in its goals or note. */
import { describe, expect, test } from 'vitest';
import { fromZodIssues } from '../shared/index.js';
import { PlanBody, PlanInput } from './plans.js';

const plan = {
  selfCare: [{ measure: 'ice', timesPerDay: 3 }],
  goals: ['Sit through a film without a spasm'],
  reviewOn: '2026-12-20',
};

describe('a treatment plan the patient reads', () => {
  test('self-care goals and a plain note are accepted', () => {
    expect(PlanInput.safeParse({ ...plan, note: 'Heat in the morning helps her' }).success).toBe(
      true,
    );
  });

  test('each goal or note that names a drug or a dose is refused at its own field', () => {
    const r = PlanInput.safeParse({
      ...plan,
      goals: ['Sleep through', 'Less gabapentin', 'Tizanidine 2 mg at night'],
      note: 'Discuss 5 mg later',
    });
    expect(r.success).toBe(false);
    expect(fromZodIssues(r.error?.issues ?? [])).toEqual([
      { code: 'input.names_prescription', path: ['goals', 1], params: { found: 'gabapentin' } },
      { code: 'input.names_prescription', path: ['goals', 2], params: { found: 'tizanidine' } },
      { code: 'input.names_prescription', path: ['note'], params: { found: '5 mg' } },
    ]);
  });

  test('a plan kept before the rule still reads back as stored', () => {
    const kept = { ...plan, goals: ['Less baclofen'] };
    expect(PlanInput.safeParse(kept).success).toBe(false);
    expect(PlanBody.parse(kept)).toEqual(kept);
  });
});
