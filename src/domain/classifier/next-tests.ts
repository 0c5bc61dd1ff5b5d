/**
 * @module Ranks tests and questions by how much their result would change the differential: the
 * expected total-variation distance between today's posterior and the posterior after the result,
 * averaging over results as the current differential predicts them.
 */
import {
  DERIVED_FROM_LIST,
  FEATURES,
  featureIndex,
  type BooleanFeature,
  type DerivedBoolean,
  type Evidence,
  type FeatureId,
} from '../evidence/index.js';
import { CONDITION_IDS, findingDef, type ConditionId, type FindingId } from '../kb/index.js';
import { MAX_VALUES, MODEL, type CompiledModel } from './compile.js';
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
/**
 * Local copies of the table layout: an imported binding is read through a getter when the source runs
 * under tsx, which costs more than the lookup itself in these loops (as in classify.ts).
 */
const VALUES_PER_FEATURE = MAX_VALUES;
const STRIDE = FEATURES.length * MAX_VALUES;

interface Active {
  readonly idx: Int32Array;
  /** Where each active condition's rows start in the model's tables. */
  readonly base: Int32Array;
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
  return { idx: Int32Array.from(idx), base: Int32Array.from(idx, (ci) => ci * STRIDE), post };
}

/**
 * Reused between calls (the search is synchronous). `PARTIAL[d][i]` is the likelihood of the first `d`
 * features' current values under active condition `i`: walking the outcomes depth-first, an outcome
 * costs one product per condition instead of one per feature and condition.
 */
const PARTIAL: readonly Float64Array[] = Array.from(
  { length: MAX_JOINT + 1 },
  () => new Float64Array(CONDITION_IDS.length),
);

/** One search's inputs and running total, so the depth-first walk passes one object down. */
interface Walk {
  readonly model: CompiledModel;
  readonly a: Active;
  readonly features: readonly number[];
  readonly perCondition: Float64Array | undefined;
  change: number;
}

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
  if (features.length === 1) {
    return expectedChangeOfOne(model, a, features[0] ?? 0, perCondition);
  }
  const first = PARTIAL[0] ?? new Float64Array(0);
  first.fill(1, 0, a.idx.length);
  const walk: Walk = { model, a, features, perCondition, change: 0 };
  descend(walk, 0);
  return walk.change;
}

/** The same for one feature (most questions): its values are the outcomes, no walk needed. */
function expectedChangeOfOne(
  model: CompiledModel,
  a: Active,
  fi: number,
  perCondition: Float64Array | undefined,
): number {
  const n = a.idx.length;
  const { post, base } = a;
  const prob = model.prob;
  const values = model.valueCount[fi] ?? 2;
  let change = 0;
  for (let v = 0; v < values; v++) {
    const offset = fi * VALUES_PER_FEATURE + v;
    let pOutcome = 0;
    for (let i = 0; i < n; i++) {
      pOutcome += (post[i] ?? 0) * (prob[(base[i] ?? 0) + offset] ?? 0);
    }
    if (pOutcome <= 0) {
      continue;
    }
    let tv = 0;
    for (let i = 0; i < n; i++) {
      const prior = post[i] ?? 0;
      const d = Math.abs((prior * (prob[(base[i] ?? 0) + offset] ?? 0)) / pOutcome - prior);
      tv += d;
      if (perCondition !== undefined) {
        perCondition[i] = (perCondition[i] ?? 0) + pOutcome * d;
      }
    }
    change += (pOutcome * tv) / 2;
  }
  return change;
}

/** Extends the outcome by every value of feature `depth`, or scores it once every feature has one. */
function descend(w: Walk, depth: number): void {
  const { model, a, features } = w;
  const n = a.idx.length;
  const like = PARTIAL[depth] ?? new Float64Array(0);
  if (depth === features.length) {
    score(w, like, n);
    return;
  }
  const next = PARTIAL[depth + 1] ?? new Float64Array(0);
  const fi = features[depth] ?? 0;
  const prob = model.prob;
  const values = model.valueCount[fi] ?? 2;
  for (let v = 0; v < values; v++) {
    const offset = fi * VALUES_PER_FEATURE + v;
    for (let i = 0; i < n; i++) {
      next[i] = (like[i] ?? 0) * (prob[(a.base[i] ?? 0) + offset] ?? 0);
    }
    descend(w, depth + 1);
  }
}

/** Adds one outcome's probability times the distance it moves the differential. */
function score(w: Walk, like: Float64Array, n: number): void {
  const post = w.a.post;
  let pOutcome = 0;
  for (let i = 0; i < n; i++) {
    pOutcome += (post[i] ?? 0) * (like[i] ?? 0);
  }
  if (pOutcome <= 0) {
    return;
  }
  let tv = 0;
  const per = w.perCondition;
  for (let i = 0; i < n; i++) {
    const prior = post[i] ?? 0;
    const d = Math.abs((prior * (like[i] ?? 0)) / pOutcome - prior);
    tv += d;
    if (per !== undefined) {
      per[i] = (per[i] ?? 0) + pOutcome * d;
    }
  }
  w.change += (pOutcome * tv) / 2;
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

/**
 * Conditions whose expected |Δ| differ by less than this share count as moving alike. Two conditions
 * left always move alike, and the last bits of their sums depend on the order the outcomes were added.
 */
const ALIKE = 1e-9;

/**
 * The (up to) three conditions with the largest expected |Δ| above 0.005, largest first; conditions
 * moving alike keep the model's order, so rounding never decides which is named first.
 */
function topConditions(model: CompiledModel, a: Active, perCondition: Float64Array): ConditionId[] {
  const top: number[] = [];
  for (let i = 0; i < perCondition.length; i++) {
    const d = perCondition[i] ?? 0;
    if (d <= 0.005) {
      continue;
    }
    // insertion into a list of at most three; an earlier condition stays ahead unless clearly smaller
    let at = top.length;
    while (at > 0 && (perCondition[top[at - 1] ?? 0] ?? 0) < d * (1 - ALIKE)) {
      at -= 1;
    }
    if (at < 3) {
      top.splice(at, 0, i);
      top.length = Math.min(top.length, 3);
    }
  }
  return top
    .map((i) => model.conditions[a.idx[i] ?? 0])
    .filter((c): c is ConditionId => c !== undefined);
}

const MENTIONED = new Uint8Array(FEATURES.length);

/** Marks the features at least one active condition mentions (reused between calls). */
function mentionedByActive(model: CompiledModel, a: Active): Uint8Array {
  MENTIONED.fill(0);
  for (const ci of a.idx) {
    for (const fi of model.mentions[ci] ?? []) {
      MENTIONED[fi] = 1;
    }
  }
  return MENTIONED;
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

/** History questions whose answer the models read through a derived feature only: asked on its behalf while both are unknown. */
const QUESTION_PROXIES: readonly (readonly [number, number])[] = (
  Object.entries(DERIVED_FROM_LIST) as [BooleanFeature, DerivedBoolean][]
).map(([question, derived]) => [featureIndex(question), featureIndex(derived)] as const);

export function rankNextQuestions(
  e: Evidence,
  posterior: Float64Array,
  limit = 6,
  model: CompiledModel = MODEL,
): NextQuestion[] {
  const a = activeSet(posterior);
  if (a.idx.length < 2) {
    // one cause holds all the probability: no answer can move it
    return [];
  }
  const mentioned = mentionedByActive(model, a);
  const scored: { fi: number; change: number; reads: number }[] = [];
  const consider = (fi: number, reads: number): void => {
    if (mentioned[reads] !== 1) {
      // every active condition expects it at its baseline, so no answer moves them apart
      return;
    }
    const change = expectedChange(model, a, [reads]);
    if (change >= MIN_CHANGE) {
      scored.push({ fi, change, reads });
    }
  };
  for (const fi of unknownUsed(e, model, QUESTION_INDICES)) {
    consider(fi, fi);
  }
  for (const [question, derived] of QUESTION_PROXIES) {
    if ((e.values[question] ?? -1) < 0 && unknownUsed(e, model, [derived]).length > 0) {
      consider(question, derived);
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
              discriminates: discriminated(model, a, [q.reads]),
              settles: [id],
            },
          ];
    });
}

const QUESTION_INDICES: readonly number[] = QUESTION_FEATURES.map((id) => featureIndex(id));
