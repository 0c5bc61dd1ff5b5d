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

function strongest(perCondition: Map<string, number>): string[] {
  return [...perCondition]
    .filter(([, d]) => d > 0.005)
    .sort((a, b) => b[1] - a[1])
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

  test('when one cause holds all the probability, no question is asked: no answer could move it', () => {
    const e = evidenceOf(strainAda);
    const posterior = new Float64Array(MODEL.conditions.length);
    posterior[MODEL.conditions.indexOf('exertional_overuse')] = 1;
    expect(bruteForce(posterior, [featureIndex('onset')]).active).toBe(1);
    expect(rankNextQuestions(e, posterior)).toEqual([]);
    expect(rankNextTests(e, posterior)).toEqual([]);
  });
});

/**
 * The search as it was before the depth-first rewrite: the outcomes counted with the first feature varying
 * fastest, each likelihood the product of the features' values in their order, sums kept in that order.
 */
function firstFeatureFastest(
  posterior: Float64Array,
  features: readonly number[],
): { change: number; discriminates: string[] } {
  const idx = [...posterior.keys()].filter((ci) => (posterior[ci] ?? 0) >= 1e-4);
  const z = idx.reduce((s, ci) => s + (posterior[ci] ?? 0), 0);
  const post = idx.map((ci) => (posterior[ci] ?? 0) / z);
  const per = idx.map(() => 0);
  const values = features.map(() => 0);
  let change = 0;
  for (;;) {
    const like = idx.map((ci) =>
      features.reduce((l, fi, k) => l * (MODEL.prob[slot(ci, fi, values[k] ?? 0)] ?? 0), 1),
    );
    let pOutcome = 0;
    post.forEach((p, i) => (pOutcome += p * (like[i] ?? 0)));
    if (pOutcome > 0) {
      let tv = 0;
      post.forEach((p, i) => {
        const d = Math.abs((p * (like[i] ?? 0)) / pOutcome - p);
        tv += d;
        per[i] = (per[i] ?? 0) + pOutcome * d;
      });
      change += (pOutcome * tv) / 2;
    }
    let k = 0;
    while (k < features.length) {
      values[k] = (values[k] ?? 0) + 1;
      if ((values[k] ?? 0) < (MODEL.valueCount[features[k] ?? 0] ?? 2)) {
        break;
      }
      values[k] = 0;
      k += 1;
    }
    if (k === features.length) {
      break;
    }
  }
  const discriminates = per
    .map((d, i) => ({ d, c: MODEL.conditions[idx[i] ?? 0] ?? '' }))
    .sort((x, y) => y.d - x.d)
    .slice(0, 3)
    .filter((x) => x.d > 0.005)
    .map((x) => x.c);
  return { change, discriminates };
}

describe('the same numbers as before the search was rewritten', () => {
  // two causes left move alike, so which is named first rests on the last bits of their sums
  const twoLeft = (x: string, y: string): Float64Array => {
    const p = new Float64Array(MODEL.conditions.length);
    p[MODEL.conditions.indexOf(x as never)] = 0.55;
    p[MODEL.conditions.indexOf(y as never)] = 0.45;
    return p;
  };
  const POSTERIORS: readonly [string, Evidence, Float64Array][] = [
    ...SCENARIOS.map(([name, e]): [string, Evidence, Float64Array] => [
      name,
      e,
      classify(e).posterior,
    ]),
    [
      'fasciculations or a neuropathy',
      evidenceOf(nothingYet),
      twoLeft('benign_fasciculation_cramp_syndrome', 'peripheral_neuropathy'),
    ],
    [
      'a root or multiple sclerosis',
      evidenceOf(nothingYet),
      twoLeft('lumbar_radiculopathy', 'multiple_sclerosis'),
    ],
    ['low calcium or tetanus', evidenceOf(nothingYet), twoLeft('hypocalcemia', 'tetanus')],
  ];

  test.each(POSTERIORS)(
    '%s: every test offered has the change and the conditions it had, to the last bit',
    (_, e, posterior) => {
      const tests = rankNextTests(e, posterior, 30);
      expect(tests.length).toBeGreaterThan(0);
      for (const t of tests) {
        const before = firstFeatureFastest(
          posterior,
          t.settles.map((f) => featureIndex(f)),
        );
        expect(t.expectedChange).toBe(before.change);
        expect(t.discriminates).toEqual(before.discriminates);
      }
    },
  );
});
