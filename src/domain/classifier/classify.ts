/**
 * @module Naive-Bayes cause classifier with a dependence correction: a posterior over every condition,
 * the cause-group probabilities, and for each condition the findings for, against and still missing,
 * with their likelihood ratios. Correlated findings are discounted within their cluster and an
 * unconfirmed cause never shows above the evidence ceiling (docs/evidence-model.md).
 */
import { FEATURES, type Evidence, type EvidenceRef, type FeatureId } from '../evidence/index.js';
import { CONDITIONS, type ConditionId } from '../kb/index.js';
import { CAUSE_GROUPS, type CauseGroup } from '../shared/index.js';
import { MODEL, MAX_VALUES, slot, type CompiledModel } from './compile.js';
import { keepInView, type KeptInViewId } from './kept-in-view.js';

export interface Contribution {
  /** The feature and the value that was seen. */
  readonly evidence: EvidenceRef;
  readonly likelihoodRatio: number;
}

export interface DifferentialEntry {
  readonly condition: ConditionId;
  readonly group: CauseGroup | null;
  /** Posterior probability. */
  readonly score: number;
  readonly for: readonly EvidenceRef[];
  readonly against: readonly EvidenceRef[];
  /** Unknown features that would move this condition most, strongest first. */
  readonly missing: readonly FeatureId[];
  readonly contributions: readonly Contribution[];
  /**
   * Kept in the top three, whatever its score, by the rule named (kept-in-view.ts): a test not done, a
   * result or a red flag that names it; absent otherwise.
   */
  readonly keptInView?: KeptInViewId;
}

export interface GroupProbability {
  readonly group: CauseGroup;
  readonly probability: number;
}

export interface Classification {
  readonly groups: readonly GroupProbability[];
  readonly differential: readonly DifferentialEntry[];
  /** Posterior in model order, for the next-test search. */
  readonly posterior: Float64Array;
}

const SHOWN = 6;
/** Never reached: every slot of a feature's values has a reference. */
const UNKNOWN_SLOT: EvidenceRef = { kind: 'absent', feature: 'fever' };
/** Evidence moving the odds by less than 10 % is not worth listing. */
const MEANINGFUL = Math.log(1.1);
/** Reused between calls: the classifier is synchronous, and the arrays are sized for every feature. */
const SCRATCH_ABS = new Float64Array(FEATURES.length);
const SCRATCH_W = new Float64Array(FEATURES.length);
const SCRATCH_CODE = new Int32Array(FEATURES.length);

export function classify(e: Evidence, model: CompiledModel = MODEL): Classification {
  const posterior = posteriorOf(e, model);
  const differential = model.conditions.map((condition, ci) =>
    explain(e, model, condition, ci, posterior[ci] ?? 0),
  );
  differential.sort((a, b) => b.score - a.score);
  return {
    groups: groupProbabilities(posterior, model),
    differential: keepInView(differential, e),
    posterior,
  };
}

/**
 * Local copies of the table layout: an imported binding is read through a getter when the source runs
 * under tsx, which costs more than the lookup itself in these loops.
 */
const VALUES_PER_FEATURE = MAX_VALUES;
const STRIDE = FEATURES.length * MAX_VALUES;

/** Reused between calls: the known evidence ordered by cluster, and the weights of one cluster. */
const KNOWN_FI = new Int32Array(FEATURES.length);
const KNOWN_V = new Int32Array(FEATURES.length);
const KNOWN_K = new Int32Array(FEATURES.length);
const CLUSTER_POS = new Float64Array(FEATURES.length);
const CLUSTER_NEG = new Float64Array(FEATURES.length);

/**
 * The posterior over every condition, in model order. Naive Bayes with two corrections: within a cluster
 * of correlated features the k-th strongest evidence of one sign counts `discount^(k−1)`, and an
 * unconfirmed leading condition is held at the evidence ceiling (docs/evidence-model.md).
 */
export function posteriorOf(e: Evidence, model: CompiledModel = MODEL): Float64Array {
  return scoreOf(e, model).posterior;
}

/**
 * The condition the cause floors read: the leader among the conditions that need no sign of their own (`requires`),
 * with its probability among them alone. A condition the engine reads from a sign (dystonia, parkinsonism) is for the differential,
 * the group and the plan; it never takes a floor away from the condition it competes with (an acute dystonic reaction,
 * a neuroleptic malignant or a serotonin syndrome), so every floor stands about as it would without it: the evidence
 * ceiling and a confirmed cause's lead are settled with it in the differential (the stop 59 review).
 */
export function floorLeader(
  posterior: Float64Array,
  model: CompiledModel = MODEL,
): { readonly condition: ConditionId; readonly probability: number } | undefined {
  let top = -1;
  let mass = 0;
  for (let ci = 0; ci < posterior.length; ci++) {
    if ((model.requires[ci] ?? -1) >= 0) {
      continue;
    }
    const p = posterior[ci] ?? 0;
    mass += p;
    if (top < 0 || p > (posterior[top] ?? 0)) {
      top = ci;
    }
  }
  const condition = model.conditions[top];
  return condition === undefined || mass <= 0
    ? undefined
    : { condition, probability: (posterior[top] ?? 0) / mass };
}

/** The posterior with the log scores it came from (log prior + corrected evidence, per condition). */
export interface Scored {
  readonly logScore: Float64Array;
  readonly posterior: Float64Array;
}

export function scoreOf(e: Evidence, model: CompiledModel = MODEL): Scored {
  const nC = model.conditions.length;
  const n = orderKnown(e, model);
  const logScore = new Float64Array(nC);
  for (let ci = 0; ci < nC; ci++) {
    logScore[ci] = (model.logPrior[ci] ?? 0) + logEvidence(model, ci, n);
  }
  return { logScore, posterior: normalise(logScore, e, model) };
}

/**
 * The scores after some features of `before` changed to give `after`: only the clusters (and lone
 * features) that hold a changed feature are summed again, so a look-ahead at one answer costs a few
 * dozen operations instead of a whole classification. Equal to `scoreOf(after)` up to rounding.
 */
export function rescore(
  before: Scored,
  beforeEvidence: Evidence,
  after: Evidence,
  changed: readonly number[],
  model: CompiledModel = MODEL,
): Scored {
  const nC = model.conditions.length;
  const logScore = before.logScore.slice();
  const clusters: number[] = [];
  for (const fi of changed) {
    if (model.isUsed[fi] !== 1) {
      continue;
    }
    const k = model.clusterOf[fi] ?? -1;
    if (k >= 0) {
      if (!clusters.includes(k)) {
        clusters.push(k);
      }
      continue;
    }
    const vb = beforeEvidence.values[fi] ?? -1;
    const va = after.values[fi] ?? -1;
    for (let ci = 0; ci < nC; ci++) {
      const base = ci * STRIDE + fi * VALUES_PER_FEATURE;
      const wb = vb < 0 ? 0 : (model.logLr[base + vb] ?? 0);
      const wa = va < 0 ? 0 : (model.logLr[base + va] ?? 0);
      logScore[ci] = (logScore[ci] ?? 0) + wa - wb;
    }
  }
  for (const k of clusters) {
    const members = model.clusterMembers[k] ?? new Int32Array(0);
    for (let ci = 0; ci < nC; ci++) {
      logScore[ci] =
        (logScore[ci] ?? 0) +
        clusterSum(model, ci, members, after) -
        clusterSum(model, ci, members, beforeEvidence);
    }
  }
  return { logScore, posterior: normalise(logScore, after, model) };
}

/** One cluster's corrected contribution to one condition's log score. */
function clusterSum(model: CompiledModel, ci: number, members: Int32Array, e: Evidence): number {
  let pos = 0;
  let neg = 0;
  const base = ci * STRIDE;
  for (const fi of members) {
    const v = e.values[fi] ?? -1;
    if (v < 0) {
      continue;
    }
    const w = model.logLr[base + fi * VALUES_PER_FEATURE + v] ?? 0;
    if (w > 0) {
      CLUSTER_POS[pos++] = w;
    } else if (w < 0) {
      CLUSTER_NEG[neg++] = -w;
    }
  }
  return (
    discounted(CLUSTER_POS, pos, model.discount) - discounted(CLUSTER_NEG, neg, model.discount)
  );
}

/** A confirmed cause at this probability or more leads over an unconfirmed one (TONUS design). */
const CONFIRMED_LEADS_FROM = 0.2;

/** Softmax of the scores, then the evidence ceiling. */
function normalise(logScore: Float64Array, e: Evidence, model: CompiledModel): Float64Array {
  const nC = logScore.length;
  // the largest score among the conditions that stand, so a gated one far ahead cannot round the rest to 0
  let max = -Infinity;
  for (let ci = 0; ci < nC; ci++) {
    if (standsIn(e, model, ci)) {
      max = Math.max(max, logScore[ci] ?? -Infinity);
    }
  }
  const posterior = new Float64Array(nC);
  let z = 0;
  for (let ci = 0; ci < nC; ci++) {
    const p = standsIn(e, model, ci) ? Math.exp((logScore[ci] ?? 0) - max) : 0;
    posterior[ci] = p;
    z += p;
  }
  let top = 0;
  for (let ci = 0; ci < nC; ci++) {
    posterior[ci] = (posterior[ci] ?? 0) / z;
    if ((posterior[ci] ?? 0) > (posterior[top] ?? 0)) {
      top = ci;
    }
  }
  if ((posterior[top] ?? 0) > model.ceiling && !confirmed(e, model, top)) {
    holdAtCeiling(posterior, top, e, model);
  }
  // the ceiling only lowers the leader to 95 %, so it still leads
  yieldToConfirmed(posterior, top, e, model);
  return posterior;
}

/**
 * A cause its own result confirms (a low magnesium measured) and that stands at `CONFIRMED_LEADS_FROM`
 * or more leads over a cause nothing confirms: the two exchange their probabilities. A long-standing
 * condition weighs heavily in the evidence (cerebral palsy's own name, its old signs and medicines), but
 * the new complaint a test explains is the one being assessed. Nothing else moves (TONUS).
 */
function yieldToConfirmed(
  posterior: Float64Array,
  top: number,
  e: Evidence,
  model: CompiledModel,
): void {
  if (confirmed(e, model, top)) {
    return;
  }
  let best = -1;
  for (let ci = 0; ci < posterior.length; ci++) {
    if (
      ci !== top &&
      (posterior[ci] ?? 0) >= CONFIRMED_LEADS_FROM &&
      (best < 0 || (posterior[ci] ?? 0) > (posterior[best] ?? 0)) &&
      confirmed(e, model, ci)
    ) {
      best = ci;
    }
  }
  if (best >= 0) {
    const lead = posterior[top] ?? 0;
    posterior[top] = posterior[best] ?? 0;
    posterior[best] = lead;
  }
}

/** Fills the scratch arrays with the known features, those of one cluster next to each other; returns how many. */
function orderKnown(e: Evidence, model: CompiledModel): number {
  let n = 0;
  for (const fi of model.used) {
    const v = e.values[fi] ?? -1;
    if (v >= 0) {
      KNOWN_FI[n] = fi;
      KNOWN_V[n] = v;
      KNOWN_K[n] = model.clusterOf[fi] ?? -1;
      n += 1;
    }
  }
  // insertion sort by cluster: n is a few dozen and mostly in order already
  for (let i = 1; i < n; i++) {
    const fi = KNOWN_FI[i] ?? 0;
    const v = KNOWN_V[i] ?? 0;
    const k = KNOWN_K[i] ?? -1;
    let j = i;
    while (j > 0 && (KNOWN_K[j - 1] ?? -1) > k) {
      KNOWN_FI[j] = KNOWN_FI[j - 1] ?? 0;
      KNOWN_V[j] = KNOWN_V[j - 1] ?? 0;
      KNOWN_K[j] = KNOWN_K[j - 1] ?? -1;
      j -= 1;
    }
    KNOWN_FI[j] = fi;
    KNOWN_V[j] = v;
    KNOWN_K[j] = k;
  }
  return n;
}

/** Sum of log likelihood ratios for one condition, correlated evidence discounted within its cluster. */
function logEvidence(model: CompiledModel, ci: number, n: number): number {
  const logLr = model.logLr;
  const base = ci * STRIDE;
  let s = 0;
  let i = 0;
  while (i < n) {
    const k = KNOWN_K[i] ?? -1;
    if (k < 0) {
      s += logLr[base + (KNOWN_FI[i] ?? 0) * VALUES_PER_FEATURE + (KNOWN_V[i] ?? 0)] ?? 0;
      i += 1;
      continue;
    }
    let pos = 0;
    let neg = 0;
    while (i < n && KNOWN_K[i] === k) {
      const w = logLr[base + (KNOWN_FI[i] ?? 0) * VALUES_PER_FEATURE + (KNOWN_V[i] ?? 0)] ?? 0;
      if (w > 0) {
        CLUSTER_POS[pos++] = w;
      } else if (w < 0) {
        CLUSTER_NEG[neg++] = -w;
      }
      i += 1;
    }
    s +=
      discounted(CLUSTER_POS, pos, model.discount) - discounted(CLUSTER_NEG, neg, model.discount);
  }
  return s;
}

/** Σ w_(k) · d^(k−1) over the weights sorted from the largest. */
function discounted(w: Float64Array, n: number, d: number): number {
  if (n === 0) {
    return 0;
  }
  // insertion sort, ascending: a cluster holds a handful of weights, and a subarray view to sort would
  // be allocated per cluster and per condition
  for (let i = 1; i < n; i++) {
    const x = w[i] ?? 0;
    let j = i;
    while (j > 0 && (w[j - 1] ?? 0) > x) {
      w[j] = w[j - 1] ?? 0;
      j -= 1;
    }
    w[j] = x;
  }
  let s = 0;
  let f = 1;
  for (let j = n - 1; j >= 0; j--) {
    s += (w[j] ?? 0) * f;
    f *= d;
  }
  return s;
}

function confirmed(e: Evidence, model: CompiledModel, ci: number): boolean {
  const c = model.confirmers[ci] ?? new Int32Array(0);
  for (let k = 0; k < c.length; k += 2) {
    const v = e.values[c[k] ?? 0] ?? -1;
    if (v >= 0 && ((c[k + 1] ?? 0) & (1 << v)) !== 0) {
      return true;
    }
  }
  return false;
}

/** The index of `present` among a boolean feature's values (`BOOLEAN` in evidence/features.ts). */
const PRESENT = 1;

/**
 * Whether a condition stands in the differential: one the engine reads from a sign of its own (`requires`) stands only
 * with that sign found present, so it takes no share from the format's conditions when the sign was not recorded; one
 * defined by its signs (`standsWithAnyOf`) only with one of them found present (`standsWith` holds both).
 */
function standsIn(e: Evidence, model: CompiledModel, ci: number): boolean {
  const signs = model.standsWith[ci];
  if (signs === undefined || signs.length === 0) {
    return true;
  }
  for (const si of signs) {
    if (e.values[si] === PRESENT) {
      return true;
    }
  }
  return false;
}

/** Lowers the leader to the ceiling and shares what it gives up among the others that stand, as they stand (by prior if they stand at 0). */
function holdAtCeiling(
  posterior: Float64Array,
  top: number,
  e: Evidence,
  model: CompiledModel,
): void {
  const rest = 1 - (posterior[top] ?? 0);
  const give = 1 - model.ceiling;
  let priorRest = 0;
  for (let ci = 0; ci < posterior.length; ci++) {
    if (ci !== top && standsIn(e, model, ci)) {
      priorRest += Math.exp(model.logPrior[ci] ?? 0);
    }
  }
  for (let ci = 0; ci < posterior.length; ci++) {
    if (ci === top) {
      posterior[ci] = model.ceiling;
    } else if (rest > 1e-12) {
      posterior[ci] = ((posterior[ci] ?? 0) * give) / rest;
    } else {
      posterior[ci] = standsIn(e, model, ci)
        ? (Math.exp(model.logPrior[ci] ?? 0) * give) / priorRest
        : 0;
    }
  }
}

function explain(
  e: Evidence,
  model: CompiledModel,
  condition: ConditionId,
  ci: number,
  score: number,
): DifferentialEntry {
  const order = model.byStrength[ci] ?? new Int32Array(0);
  const values = e.values;
  const logLr = model.logLr;
  const missing: FeatureId[] = [];
  // insertion sort into scratch arrays, strongest evidence first; n is small and this is the hot path
  let n = 0;
  for (let k = 0; k < order.length; k++) {
    const fi = order[k] ?? 0;
    const v = values[fi] ?? -1;
    if (v < 0) {
      const feature = FEATURES[fi];
      if (missing.length < SHOWN && feature !== undefined) {
        missing.push(feature.id);
      }
      continue;
    }
    const w = logLr[slot(ci, fi, v)] ?? 0;
    const abs = Math.abs(w);
    let at = n;
    while (at > 0 && (SCRATCH_ABS[at - 1] ?? 0) < abs) {
      SCRATCH_ABS[at] = SCRATCH_ABS[at - 1] ?? 0;
      SCRATCH_W[at] = SCRATCH_W[at - 1] ?? 0;
      SCRATCH_CODE[at] = SCRATCH_CODE[at - 1] ?? 0;
      at -= 1;
    }
    SCRATCH_ABS[at] = abs;
    SCRATCH_W[at] = w;
    SCRATCH_CODE[at] = fi * MAX_VALUES + v;
    n += 1;
  }
  const forList: EvidenceRef[] = [];
  const against: EvidenceRef[] = [];
  const contributions: Contribution[] = new Array<Contribution>(n);
  for (let i = 0; i < n; i++) {
    const w = SCRATCH_W[i] ?? 0;
    const code = model.codes[SCRATCH_CODE[i] ?? 0] ?? UNKNOWN_SLOT;
    contributions[i] = { evidence: code, likelihoodRatio: Math.exp(w) };
    if (w > MEANINGFUL && forList.length < SHOWN) {
      forList.push(code);
    } else if (w < -MEANINGFUL && against.length < SHOWN) {
      against.push(code);
    }
  }
  return {
    condition,
    group: CONDITIONS[condition].group,
    score,
    for: forList,
    against,
    missing,
    contributions,
  };
}

/** Sums the posterior of each group's conditions; conditions outside the three groups are left out and the rest renormalised. Most likely first. */
export function groupProbabilities(
  posterior: Float64Array,
  model: CompiledModel = MODEL,
): GroupProbability[] {
  const sums: Record<CauseGroup, number> = { muscle: 0, nerve: 0, central: 0 };
  model.conditions.forEach((c, ci) => {
    const group = CONDITIONS[c].group;
    if (group !== null) {
      sums[group] += posterior[ci] ?? 0;
    }
  });
  const total = sums.muscle + sums.nerve + sums.central;
  return CAUSE_GROUPS.map((group) => ({
    group,
    probability: total > 0 ? sums[group] / total : 1 / 3,
  })).sort((a, b) => b.probability - a.probability);
}
