/**
 * @module Naive-Bayes cause classifier: a posterior over every condition, the cause-group probabilities,
 * and for each condition the findings for, against and still missing, with their likelihood ratios.
 */
import { FEATURES, type Evidence } from '../evidence/index.js';
import { CONDITIONS, type ConditionId } from '../kb/index.js';
import { CAUSE_GROUPS, type CauseGroup } from '../shared/index.js';
import { MODEL, MAX_VALUES, slot, type CompiledModel } from './compile.js';

export interface Contribution {
  /** `f:trismus`, `onset=sudden`, `no f:wound_recent`: the feature and the value that was seen. */
  readonly evidence: string;
  readonly likelihoodRatio: number;
}

export interface DifferentialEntry {
  readonly condition: ConditionId;
  readonly group: CauseGroup | null;
  /** Posterior probability. */
  readonly score: number;
  readonly for: readonly string[];
  readonly against: readonly string[];
  /** Unknown features that would move this condition most, strongest first. */
  readonly missing: readonly string[];
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

function describe(fi: number, vi: number): string {
  const f = FEATURES[fi];
  if (f === undefined) {
    return '?';
  }
  if (f.values.length === 2 && f.values[0] === 'absent') {
    return vi === 1 ? f.id : `no ${f.id}`;
  }
  return `${f.id}=${f.values[vi] ?? '?'}`;
}

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
  const contributions: (Contribution & { weight: number })[] = [];
  const missing: { feature: string; weight: number }[] = [];
  for (const fi of model.mentions[ci] ?? []) {
    const v = e.values[fi] ?? -1;
    if (v >= 0) {
      const l = model.logLr[slot(ci, fi, v)] ?? 0;
      contributions.push({ evidence: describe(fi, v), likelihoodRatio: Math.exp(l), weight: l });
    } else {
      let strongest = 0;
      for (let vi = 0; vi < (model.valueCount[fi] ?? 0) && vi < MAX_VALUES; vi++) {
        strongest = Math.max(strongest, Math.abs(model.logLr[slot(ci, fi, vi)] ?? 0));
      }
      missing.push({ feature: FEATURES[fi]?.id ?? '?', weight: strongest });
    }
  }
  contributions.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  missing.sort((a, b) => b.weight - a.weight);
  const meaningful = Math.log(1.1);
  return {
    condition,
    group: CONDITIONS[condition].group,
    score,
    for: contributions
      .filter((c) => c.weight > meaningful)
      .slice(0, SHOWN)
      .map((c) => c.evidence),
    against: contributions
      .filter((c) => c.weight < -meaningful)
      .slice(0, SHOWN)
      .map((c) => c.evidence),
    missing: missing.slice(0, SHOWN).map((m) => m.feature),
    contributions: contributions.map(({ evidence, likelihoodRatio }) => ({
      evidence,
      likelihoodRatio,
    })),
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
