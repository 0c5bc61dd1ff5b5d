/**
 * @module Naive-Bayes cause classifier: a posterior over every condition, the cause-group probabilities,
 * and for each condition the findings for, against and still missing, with their likelihood ratios.
 */
import { FEATURES, type Evidence, type EvidenceRef, type FeatureId } from '../evidence/index.js';
import { CONDITIONS, type ConditionId } from '../kb/index.js';
import { CAUSE_GROUPS, type CauseGroup } from '../shared/index.js';
import { MODEL, MAX_VALUES, slot, type CompiledModel } from './compile.js';

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
  const nC = model.conditions.length;
  const known: number[] = [];
  for (const fi of model.used) {
    const v = e.values[fi] ?? -1;
    if (v >= 0) {
      known.push(fi, v);
    }
  }
  const logPost = new Float64Array(nC);
  let max = -Infinity;
  for (let ci = 0; ci < nC; ci++) {
    let s = model.logPrior[ci] ?? 0;
    for (let k = 0; k < known.length; k += 2) {
      s += model.logLr[slot(ci, known[k] ?? 0, known[k + 1] ?? 0)] ?? 0;
    }
    logPost[ci] = s;
    if (s > max) {
      max = s;
    }
  }
  const posterior = new Float64Array(nC);
  let z = 0;
  for (let ci = 0; ci < nC; ci++) {
    const p = Math.exp((logPost[ci] ?? 0) - max);
    posterior[ci] = p;
    z += p;
  }
  for (let ci = 0; ci < nC; ci++) {
    posterior[ci] = (posterior[ci] ?? 0) / z;
  }

  const differential = model.conditions.map((condition, ci) =>
    explain(e, model, condition, ci, posterior[ci] ?? 0),
  );
  differential.sort((a, b) => b.score - a.score);
  return { groups: groupProbabilities(differential), differential, posterior };
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

/** Sums the posterior of each group's conditions; conditions outside the three groups are left out and the rest renormalised. */
function groupProbabilities(differential: readonly DifferentialEntry[]): GroupProbability[] {
  const sums: Record<CauseGroup, number> = { muscle: 0, nerve: 0, central: 0 };
  for (const d of differential) {
    if (d.group !== null) {
      sums[d.group] += d.score;
    }
  }
  const total = sums.muscle + sums.nerve + sums.central;
  return CAUSE_GROUPS.map((group) => ({
    group,
    probability: total > 0 ? sums[group] / total : 1 / 3,
  })).sort((a, b) => b.probability - a.probability);
}
