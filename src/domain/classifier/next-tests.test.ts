import { describe, expect, test } from 'vitest';
import { evidenceOf, patch, strainAda } from '../../../test/fixtures/assessments.js';
import { featureIndex, type Evidence } from '../evidence/index.js';
import type { Assessment } from '../assessment/index.js';
import {
  classify,
  MODEL,
  QUESTION_FEATURES,
  rankNextQuestions,
  rankNextTests,
  slot,
} from './index.js';

/**
 * The search written the plain way, for comparison: every outcome of the features enumerated, each
 * likelihood a fresh product, over the conditions the search keeps (posterior ≥ 1e-4, renormalised).
 */
function bruteForce(
  posterior: Float64Array,
  features: readonly number[],
): { change: number; perCondition: Map<string, number>; active: number } {
  const idx = [...posterior.keys()].filter((ci) => (posterior[ci] ?? 0) >= 1e-4);
  const z = idx.reduce((s, ci) => s + (posterior[ci] ?? 0), 0);
  const post = idx.map((ci) => (posterior[ci] ?? 0) / z);
  const outcomes: number[][] = [[]];
  for (const fi of features) {
    const next: number[][] = [];
    for (const o of outcomes) {
      for (let v = 0; v < (MODEL.valueCount[fi] ?? 0); v++) {
        next.push([...o, v]);
      }
    }
    outcomes.splice(0, outcomes.length, ...next);
  }
  let change = 0;
  const perCondition = new Map<string, number>();
  for (const o of outcomes) {
    const like = idx.map((ci) =>
      features.reduce((l, fi, k) => l * (MODEL.prob[slot(ci, fi, o[k] ?? 0)] ?? 0), 1),
    );
    const pOutcome = post.reduce((s, p, i) => s + p * (like[i] ?? 0), 0);
    if (pOutcome <= 0) {
      continue;
    }
    let tv = 0;
    post.forEach((p, i) => {
      const d = Math.abs((p * (like[i] ?? 0)) / pOutcome - p);
      tv += d;
      const c = MODEL.conditions[idx[i] ?? 0] ?? '';
      perCondition.set(c, (perCondition.get(c) ?? 0) + pOutcome * d);
    });
    change += (pOutcome * tv) / 2;
  }
  return { change, perCondition, active: idx.length };
}

/** The three that move most; those moving alike (to 1e-9) in the model's order, as the search names them. */
function strongest(perCondition: Map<string, number>): string[] {
  return [...perCondition]
    .filter(([, d]) => d > 0.005)
    .sort((a, b) => (Math.abs(a[1] - b[1]) <= 1e-9 * Math.max(a[1], b[1]) ? 0 : b[1] - a[1]))
    .slice(0, 3)
    .map(([c]) => c);
}

const thiazideCramps: Assessment = patch(
  { patient: { ageYears: 67, sex: 'female' } },
  {
    medications: ['thiazide_diuretic', 'proton_pump_inhibitor'],
    history: { onset: 'gradual', spread: 'generalized' },
    findings: { muscle_twitching: true, generalized_weakness: true },
  },
);
const spinalCordInjury: Assessment = patch(
  { patient: { ageYears: 40, sex: 'male' } },
  {
    conditions: ['spinal_cord_injury'],
    history: { onset: 'chronic', spread: 'axial' },
    findings: { clonus: true, hyperreflexia: true },
  },
);
const nothingYet: Assessment = { patient: { ageYears: 40, sex: 'male' } };

const SCENARIOS: readonly [string, Evidence][] = [
  ['a lifting strain', evidenceOf(strainAda)],
  ['cramps on a thiazide and a proton-pump inhibitor', evidenceOf(thiazideCramps)],
  ['spasticity after a spinal cord injury', evidenceOf(spinalCordInjury)],
  ['a first visit with nothing recorded', evidenceOf(nothingYet)],
];

describe('next best tests and questions', () => {
  test.each(SCENARIOS)(
    '%s: each test offered changes the differential by what a plain enumeration of its results gives',
    (_, e) => {
      const { posterior } = classify(e);
      const tests = rankNextTests(e, posterior, 30);
      expect(tests.length).toBeGreaterThan(0);
      for (const t of tests) {
        const brute = bruteForce(
          posterior,
          t.settles.map((f) => featureIndex(f)),
        );
        expect(t.expectedChange).toBeCloseTo(brute.change, 12);
        expect(t.discriminates).toEqual(strongest(brute.perCondition));
      }
    },
  );

  test.each(SCENARIOS)(
    '%s: the questions asked are the unknown ones a plain enumeration ranks highest, with the same change',
    (_, e) => {
      const { posterior } = classify(e);
      const expected = QUESTION_FEATURES.map((id) => featureIndex(id))
        .filter((fi) => MODEL.isUsed[fi] === 1 && (e.values[fi] ?? -1) < 0)
        .map((fi) => ({ fi, ...bruteForce(posterior, [fi]) }))
        .filter((q) => q.change >= 0.005)
        .sort((a, b) => b.change - a.change)
        .slice(0, 6);
      const asked = rankNextQuestions(e, posterior);
      expect(asked.map((q) => featureIndex(q.id))).toEqual(expected.map((q) => q.fi));
      asked.forEach((q, i) => {
        expect(q.expectedChange).toBeCloseTo(expected[i]?.change ?? NaN, 12);
        expect(q.discriminates).toEqual(strongest(expected[i]?.perCondition ?? new Map()));
      });
    },
  );

  test.each([
    ['benign_fasciculation_cramp_syndrome', 'peripheral_neuropathy'],
    ['lumbar_radiculopathy', 'multiple_sclerosis'],
    ['hypocalcemia', 'tetanus'],
  ] as const)(
    'with two causes left (%s, %s), which move alike, each test names them in the model order',
    (x, y) => {
      const posterior = new Float64Array(MODEL.conditions.length);
      // the less likely one listed first, so the order named cannot come from the posterior
      posterior[MODEL.conditions.indexOf(x)] = 0.45;
      posterior[MODEL.conditions.indexOf(y)] = 0.55;
      const inModelOrder = [x, y].sort(
        (p, q) => MODEL.conditions.indexOf(p) - MODEL.conditions.indexOf(q),
      );
      const tests = rankNextTests(evidenceOf(nothingYet), posterior, 30);
      expect(tests.length).toBeGreaterThan(0);
      for (const t of tests) {
        expect(t.discriminates).toEqual(inModelOrder);
      }
    },
  );

  test('when one cause holds all the probability, no question is asked: no answer could move it', () => {
    const e = evidenceOf(strainAda);
    const posterior = new Float64Array(MODEL.conditions.length);
    posterior[MODEL.conditions.indexOf('exertional_overuse')] = 1;
    expect(bruteForce(posterior, [featureIndex('onset')]).active).toBe(1);
    expect(rankNextQuestions(e, posterior)).toEqual([]);
    expect(rankNextTests(e, posterior)).toEqual([]);
  });
});
