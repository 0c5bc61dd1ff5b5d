/**
 * @module The plan as the builder sends it: checked in the browser by the server's own schema, so a goal or
 * note that names a prescription drug or a dose is shown at its field and the plan is not sent.
 */
import { describe, expect, test } from 'vitest';
import { planRequest, type Step } from './PlanBuilder';

const STEPS: Step[] = [{ measure: 'stretch', include: true, timesPerDay: '3' }];
const ENCOUNTER = '00000000-0000-4000-8000-000000000001';

describe('the plan builder request', () => {
  test('a goal naming a drug and a note with a dose are refused where they are, and nothing is sent', () => {
    const r = planRequest(STEPS, 'Walk to work\nLess tizanidine', '', 'then 5 mg', ENCOUNTER);
    expect(r.body).toBeNull();
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toMatch(
      /^goals\[1\]: names a prescription drug or a dose \("tizanidine"\)/,
    );
    expect(r.problems[1]).toMatch(/^note: names a prescription drug or a dose \("5 mg"\)/);
  });

  test('goals in plain self-care words make a plan to send', () => {
    const r = planRequest(
      STEPS,
      'Walk to work\nDrink 2 L of water a day',
      '2026-12-20',
      '',
      ENCOUNTER,
    );
    expect(r.problems).toEqual([]);
    expect(r.body?.goals).toEqual(['Walk to work', 'Drink 2 L of water a day']);
  });
});
