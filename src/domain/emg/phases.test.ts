import { describe, expect, test } from 'vitest';
import { Phase, phasesFromAnnotations, restContext } from './phases.js';

describe('phases from annotations', () => {
  test('rest, tasks and flexion–relaxation phases; events without a duration are not phases', () => {
    const phases = phasesFromAnnotations([
      { onsetS: 0, durationS: 60, text: 'rest' },
      { onsetS: 60, durationS: 20, text: 'Lifting' },
      { onsetS: 80, durationS: 10, text: 'task' },
      { onsetS: 90, durationS: null, text: 'cough' },
      { onsetS: 100, durationS: 30, text: 'Sleeping' },
      { onsetS: 140, durationS: null, text: 'Flexion' },
      { onsetS: 143, durationS: null, text: 'full flexion' },
      { onsetS: 146, durationS: 3, text: 're-extension' },
    ]);
    expect(phases).toEqual([
      { phase: 'rest', onsetS: 0, offsetS: 60 },
      { phase: 'task', onsetS: 60, offsetS: 80, label: 'Lifting' },
      { phase: 'task', onsetS: 80, offsetS: 90 },
      { phase: 'rest', onsetS: 100, offsetS: 130 },
      { phase: 'flexion', onsetS: 140, offsetS: 143 },
      { phase: 'full_flexion', onsetS: 143, offsetS: 146 },
      { phase: 'extension', onsetS: 146, offsetS: 149 },
    ]);
  });

  test('rest is the rest phases; activity is every other phase', () => {
    const c = restContext(
      [
        { phase: 'flexion', onsetS: 10, offsetS: 13 },
        { phase: 'rest', onsetS: 20, offsetS: 40 },
        { phase: 'rest', onsetS: 0, offsetS: 10 },
        { phase: 'task', onsetS: 40, offsetS: 50 },
      ],
      false,
    );
    expect(c.rest).toEqual([
      { onsetS: 0, offsetS: 10 },
      { onsetS: 20, offsetS: 40 },
    ]);
    expect(c.task).toEqual([
      { onsetS: 10, offsetS: 13 },
      { onsetS: 40, offsetS: 50 },
    ]);
    expect(c.everywhere).toBe(false);
    expect(restContext([], true).everywhere).toBe(true);
  });

  test('a phase must end after it starts', () => {
    const r = Phase.safeParse({ phase: 'rest', onsetS: 5, offsetS: 5 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['offsetS']);
    expect(Phase.safeParse({ phase: 'rest', onsetS: 5, offsetS: 6 }).success).toBe(true);
  });
});
