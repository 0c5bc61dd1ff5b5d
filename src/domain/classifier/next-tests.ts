/**
 * @module Ranks tests and questions by how much their result would change the differential: the
 * expected total-variation distance between today's posterior and the posterior after the result,
 * averaging over results as the current differential predicts them.
 */
import { FEATURES, featureIndex, type Evidence, type FeatureId } from '../evidence/index.js';
import { CONDITION_IDS, findingDef, type ConditionId, type FindingId } from '../kb/index.js';
import { MODEL, slot, type CompiledModel } from './compile.js';
import { TEST_CATALOG, TEST_IDS, type TestId } from './test-catalog.js';

export interface NextStep<Id extends string> {
  readonly id: Id;
  /** Expected change of the differential, 0–1 (total-variation distance). */
  readonly expectedChange: number;
  /** Conditions whose probability the result would move most. */
  readonly discriminates: readonly ConditionId[];
  /** The unknown features the result would settle. */
  readonly settles: readonly FeatureId[];
}

export type NextTest = NextStep<TestId>;
/** A question is about one feature the patient can answer. */
export type NextQuestion = NextStep<FeatureId>;

/** Conditions below this posterior barely move the distance; skipping them keeps the search fast. */
const ACTIVE = 1e-4;
/** At most this many unknown features of one test are combined jointly (2^6 outcomes). */
const MAX_JOINT = 6;
const MIN_CHANGE = 0.005;

interface Active {
  readonly idx: Int32Array;
  readonly post: Float64Array;
}

function activeSet(posterior: Float64Array): Active {
  const idx: number[] = [];
  for (let ci = 0; ci < posterior.length; ci++) {
    if ((posterior[ci] ?? 0) >= ACTIVE) {
      idx.push(ci);
    }
  }
  const post = Float64Array.from(idx.map((ci) => posterior[ci] ?? 0));
  const z = post.reduce((s, p) => s + p, 0);
  for (let i = 0; i < post.length; i++) {
    post[i] = (post[i] ?? 0) / z;
  }
  return { idx: Int32Array.from(idx), post };
}

/** Reused between calls (the search is synchronous): likelihoods per active condition, outcome counters. */
const LIKE = new Float64Array(CONDITION_IDS.length);
const VALUES = new Int32Array(MAX_JOINT);

/**
 * Expected total-variation change when the given features are observed jointly. When `perCondition`
 * is given it also receives each condition's expected |Δ| (used to say what a test separates).
 */
function expectedChange(
  model: CompiledModel,
  a: Active,
  features: readonly number[],
  perCondition?: Float64Array,
): number {
  const n = a.idx.length;
  const m = features.length;
  VALUES.fill(0);
  let change = 0;
  for (;;) {
    let pOutcome = 0;
    for (let i = 0; i < n; i++) {
      const ci = a.idx[i] ?? 0;
      let l = 1;
      for (let k = 0; k < m; k++) {
        l *= model.prob[slot(ci, features[k] ?? 0, VALUES[k] ?? 0)] ?? 0;
      }
      LIKE[i] = l;
      pOutcome += (a.post[i] ?? 0) * l;
    }
    if (pOutcome > 0) {
      let tv = 0;
      for (let i = 0; i < n; i++) {
        const prior = a.post[i] ?? 0;
        const d = Math.abs((prior * (LIKE[i] ?? 0)) / pOutcome - prior);
        tv += d;
        if (perCondition !== undefined) {
          perCondition[i] = (perCondition[i] ?? 0) + pOutcome * d;
        }
      }
      change += (pOutcome * tv) / 2;
    }
    let k = 0;
    while (k < m) {
      VALUES[k] = (VALUES[k] ?? 0) + 1;
      if ((VALUES[k] ?? 0) < (model.valueCount[features[k] ?? 0] ?? 2)) {
        break;
      }
      VALUES[k] = 0;
      k += 1;
    }
    if (k === m) {
      return change;
    }
  }
}

/** The conditions a result would move most, for the "why" of a recommendation. */
function discriminated(
  model: CompiledModel,
  a: Active,
  features: readonly number[],
): ConditionId[] {
  const perCondition = new Float64Array(a.idx.length);
  expectedChange(model, a, features, perCondition);
  return topConditions(model, a, perCondition);
}

function topConditions(model: CompiledModel, a: Active, perCondition: Float64Array): ConditionId[] {
  return Array.from(perCondition, (d, i) => ({ d, ci: a.idx[i] ?? 0 }))
    .sort((x, y) => y.d - x.d)
    .slice(0, 3)
    .filter((x) => x.d > 0.005)
    .map((x) => model.conditions[x.ci])
    .filter((c): c is ConditionId => c !== undefined);
}

function unknownUsed(e: Evidence, model: CompiledModel, indices: readonly number[]): number[] {
  return indices.filter((fi) => model.isUsed[fi] === 1 && (e.values[fi] ?? -1) < 0);
}

const TEST_FEATURES = new Map<TestId, readonly number[]>(
  TEST_IDS.map((id) => [id, TEST_CATALOG[id].reveals.map((f) => featureIndex(f))]),
);

/** Separate potential of each feature, to pick the most telling ones when a test reveals many. */
function strongestFirst(model: CompiledModel, a: Active, features: number[]): number[] {
  if (features.length <= MAX_JOINT) {
    return features;
  }
  return features
    .map((fi) => ({ fi, c: expectedChange(model, a, [fi]) }))
    .sort((x, y) => y.c - x.c)
    .slice(0, MAX_JOINT)
    .map((x) => x.fi);
}

export function rankNextTests(
  e: Evidence,
  posterior: Float64Array,
  limit = 6,
  model: CompiledModel = MODEL,
): NextTest[] {
  const a = activeSet(posterior);
  const scored: { id: TestId; change: number; features: number[] }[] = [];
  for (const id of TEST_IDS) {
    const features = strongestFirst(model, a, unknownUsed(e, model, TEST_FEATURES.get(id) ?? []));
    if (features.length > 0) {
      const change = expectedChange(model, a, features);
      if (change >= MIN_CHANGE) {
        scored.push({ id, change, features });
      }
    }
  }
  return scored
    .sort((x, y) => y.change - x.change)
    .slice(0, limit)
    .map((t) => ({
      id: t.id,
      expectedChange: t.change,
      discriminates: discriminated(model, a, t.features),
      settles: t.features
        .map((fi) => FEATURES[fi]?.id)
        .filter((f): f is FeatureId => f !== undefined),
    }));
}

/** Features a patient can answer: history items, conditions, medicines, exposures and history findings. */
export const QUESTION_FEATURES: readonly FeatureId[] = FEATURES.map((f) => f.id).filter((id) => {
  if (id.startsWith('f:')) {
    return findingDef(id.slice(2) as FindingId).elicited === 'history';
  }
  return (
    id.startsWith('cond:') ||
    id.startsWith('med:') ||
    id.startsWith('exp:') ||
    id.startsWith('trig:') ||
    ['onset', 'course', 'spread', 'side', 'pain', 'psfs'].includes(id)
  );
});

export function rankNextQuestions(
  e: Evidence,
  posterior: Float64Array,
  limit = 6,
  model: CompiledModel = MODEL,
): NextQuestion[] {
  const a = activeSet(posterior);
  const scored: { fi: number; change: number }[] = [];
  for (const fi of unknownUsed(e, model, QUESTION_INDICES)) {
    const change = expectedChange(model, a, [fi]);
    if (change >= MIN_CHANGE) {
      scored.push({ fi, change });
    }
  }
  return scored
    .sort((x, y) => y.change - x.change)
    .slice(0, limit)
    .flatMap((q) => {
      const id = FEATURES[q.fi]?.id;
      return id === undefined
        ? []
        : [
            {
              id,
              expectedChange: q.change,
              discriminates: discriminated(model, a, [q.fi]),
              settles: [id],
            },
          ];
    });
}

const QUESTION_INDICES: readonly number[] = QUESTION_FEATURES.map((id) => featureIndex(id));
