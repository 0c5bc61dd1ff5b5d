/**
 * @module Ranks tests and questions by how much their result would change the differential: the
 * expected total-variation distance between today's posterior and the posterior after the result,
 * averaging over results as the current differential predicts them.
 */
import { FEATURES, featureIndex, type Evidence, type FeatureId } from '../evidence/index.js';
import { findingDef, type ConditionId, type FindingId } from '../kb/index.js';
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

/** Expected total-variation change and per-condition expected |Δ| when the given features are observed jointly. */
function expectedChange(
  model: CompiledModel,
  a: Active,
  features: readonly number[],
): { change: number; perCondition: Float64Array } {
  const n = a.idx.length;
  const perCondition = new Float64Array(n);
  const like = new Float64Array(n);
  const counts = features.map((fi) => model.valueCount[fi] ?? 2);
  const values = new Array<number>(features.length).fill(0);
  let change = 0;
  for (;;) {
    let pOutcome = 0;
    for (let i = 0; i < n; i++) {
      const ci = a.idx[i] ?? 0;
      let l = 1;
      for (let k = 0; k < features.length; k++) {
        l *= model.prob[slot(ci, features[k] ?? 0, values[k] ?? 0)] ?? 0;
      }
      like[i] = l;
      pOutcome += (a.post[i] ?? 0) * l;
    }
    if (pOutcome > 0) {
      let tv = 0;
      for (let i = 0; i < n; i++) {
        const prior = a.post[i] ?? 0;
        const d = Math.abs((prior * (like[i] ?? 0)) / pOutcome - prior);
        tv += d;
        perCondition[i] = (perCondition[i] ?? 0) + pOutcome * d;
      }
      change += (pOutcome * tv) / 2;
    }
    let k = 0;
    while (k < features.length) {
      values[k] = (values[k] ?? 0) + 1;
      if ((values[k] ?? 0) < (counts[k] ?? 2)) {
        break;
      }
      values[k] = 0;
      k += 1;
    }
    if (k === features.length) {
      break;
    }
  }
  return { change, perCondition };
}

function topConditions(model: CompiledModel, a: Active, perCondition: Float64Array): ConditionId[] {
  return Array.from(perCondition, (d, i) => ({ d, ci: a.idx[i] ?? 0 }))
    .sort((x, y) => y.d - x.d)
    .slice(0, 3)
    .filter((x) => x.d > 0.005)
    .map((x) => model.conditions[x.ci])
    .filter((c): c is ConditionId => c !== undefined);
}

function unknownUsed(e: Evidence, model: CompiledModel, ids: readonly FeatureId[]): number[] {
  return ids
    .map((id) => featureIndex(id))
    .filter((fi) => model.isUsed[fi] === 1 && (e.values[fi] ?? -1) < 0);
}

/** Separate potential of each feature, to pick the most telling ones when a test reveals many. */
function strongestFirst(model: CompiledModel, a: Active, features: number[]): number[] {
  if (features.length <= MAX_JOINT) {
    return features;
  }
  return features
    .map((fi) => ({ fi, c: expectedChange(model, a, [fi]).change }))
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
  const out: NextTest[] = [];
  for (const id of TEST_IDS) {
    const features = strongestFirst(model, a, unknownUsed(e, model, TEST_CATALOG[id].reveals));
    if (features.length === 0) {
      continue;
    }
    const r = expectedChange(model, a, features);
    if (r.change >= MIN_CHANGE) {
      out.push({
        id,
        expectedChange: r.change,
        discriminates: topConditions(model, a, r.perCondition),
        settles: features
          .map((fi) => FEATURES[fi]?.id)
          .filter((f): f is FeatureId => f !== undefined),
      });
    }
  }
  return out.sort((x, y) => y.expectedChange - x.expectedChange).slice(0, limit);
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
  const out: NextQuestion[] = [];
  for (const fi of unknownUsed(e, model, QUESTION_FEATURES)) {
    const r = expectedChange(model, a, [fi]);
    const id = FEATURES[fi]?.id;
    if (id !== undefined && r.change >= MIN_CHANGE) {
      out.push({
        id,
        expectedChange: r.change,
        discriminates: topConditions(model, a, r.perCondition),
        settles: [id],
      });
    }
  }
  return out.sort((x, y) => y.expectedChange - x.expectedChange).slice(0, limit);
}
