/**
 * @module Compiles the evidence model into dense likelihood tables once at start-up, so a full
 * classification is a few hundred additions (the benchmark target is < 1 ms at p99).
 */
import {
  CATEGORIES,
  FEATURES,
  featureIndex,
  isCategory,
  type BooleanFeature,
  type EvidenceRef,
  type FeatureId,
} from '../evidence/index.js';
import { CONDITION_IDS, type ConditionId } from '../kb/index.js';
import { BASELINE_BOOLEANS, BASELINE_CATEGORIES } from './baseline.js';
import { CLUSTER_DISCOUNT, FEATURE_CLUSTERS, type FeatureCluster } from './clusters.js';
import { CONFIRMATION, EVIDENCE_CEILING, type Confirmation } from './confirmation.js';
import { CONDITION_MODELS, type ConditionModel, type Frequency } from './model.js';

/** Most values any feature has; tables are laid out `[condition][feature][value]`. */
export const MAX_VALUES = 4;
const FLOOR = 0.001;

export interface CompiledModel {
  readonly conditions: readonly ConditionId[];
  readonly logPrior: Float64Array;
  /** log(P(value | condition) / P(value | other causes)); 0 where a condition does not mention the feature. */
  readonly logLr: Float64Array;
  /** P(value | condition), the baseline where not mentioned; used to simulate test results. */
  readonly prob: Float64Array;
  /** Features that at least one condition mentions. */
  readonly used: Int32Array;
  readonly isUsed: Uint8Array;
  /** Per condition, the features it mentions. */
  readonly mentions: readonly Int32Array[];
  /** Per condition, the mentioned features strongest first (largest |log LR| over their values). */
  readonly byStrength: readonly Int32Array[];
  readonly valueCount: Uint8Array;
  /** Evidence per `[feature][value]` slot: a finding present or absent, a category value. */
  readonly codes: readonly EvidenceRef[];
  /** Per feature, the index of its cluster of correlated features, or -1 (clusters.ts). */
  readonly clusterOf: Int16Array;
  readonly clusterCount: number;
  /** Per cluster, the features it holds. */
  readonly clusterMembers: readonly Int32Array[];
  /** Weight of each further piece of evidence within a cluster; 1 counts every piece in full (naive). */
  readonly discount: number;
  /** Per condition, its confirming results as `[feature, value bit mask]` pairs (confirmation.ts). */
  readonly confirmers: readonly Int32Array[];
  /** Highest posterior of an unconfirmed condition; 1 means no ceiling (naive). */
  readonly ceiling: number;
  /** Per condition, the feature that must be present for it to stand in the differential, or -1 (its `requires`). */
  readonly requires: Int32Array;
  /**
   * Per condition, the signs of which one must be found present for it to stand in the differential: its `requires`
   * sign, or its `standsWithAnyOf` list; none for a condition that always stands.
   */
  readonly standsWith: readonly Int32Array[];
}

/** How correlated evidence is counted and how far history alone may go. */
export interface CompileOptions {
  readonly clusters?: readonly FeatureCluster[];
  readonly discount?: number;
  readonly confirmation?: Readonly<Record<ConditionId, Confirmation>>;
  readonly ceiling?: number;
}

/** The plain naive-Bayes model of the first version: every feature independent, no ceiling. Kept for the calibration bench. */
export const NAIVE: CompileOptions = { clusters: [], discount: 1, ceiling: 1 };

const stride = FEATURES.length * MAX_VALUES;

export function slot(ci: number, fi: number, vi: number): number {
  return ci * stride + fi * MAX_VALUES + vi;
}

function baselineOf(id: FeatureId): number[] | undefined {
  if (isCategory(id)) {
    const dist = BASELINE_CATEGORIES[id];
    return CATEGORIES[id].map((v) => dist[v] ?? 0);
  }
  const p = BASELINE_BOOLEANS[id];
  return p === undefined ? undefined : [1 - p, p];
}

function floorAndNormalise(p: number[]): number[] {
  const floored = p.map((x) => Math.max(FLOOR, x));
  const sum = floored.reduce((s, x) => s + x, 0);
  return floored.map((x) => x / sum);
}

/**
 * A condition's distribution over a feature's values: stated values as given, the remaining mass spread
 * over unstated values in proportion to the baseline.
 */
function conditionDistribution(
  id: FeatureId,
  freq: Frequency,
  base: number[],
  condition: ConditionId,
): number[] {
  if (typeof freq === 'number') {
    if (isCategory(id)) {
      throw new Error(`${condition}: category ${id} needs a distribution`);
    }
    return floorAndNormalise([1 - freq, freq]);
  }
  const values = FEATURES[featureIndex(id)]?.values ?? [];
  for (const v of Object.keys(freq)) {
    if (!values.includes(v)) {
      throw new Error(`${condition}: ${id} has no value ${v}`);
    }
  }
  const stated = values.reduce((s, v) => s + (freq[v] ?? 0), 0);
  // a few "almost never" values of 0.001 on top of a full distribution are tolerated and renormalised
  if (stated > 1.01) {
    throw new Error(`${condition}: ${id} frequencies add up to ${stated}`);
  }
  const unstatedBase = values.reduce(
    (s, v, i) => s + (freq[v] === undefined ? (base[i] ?? 0) : 0),
    0,
  );
  const out = values.map(
    (v, i) =>
      freq[v] ?? (unstatedBase > 0 ? ((base[i] ?? 0) * Math.max(0, 1 - stated)) / unstatedBase : 0),
  );
  return floorAndNormalise(out);
}

export function compileModel(
  models: readonly ConditionModel[] = CONDITION_MODELS,
  options: CompileOptions = {},
): CompiledModel {
  const conditions = CONDITION_IDS.filter((c) => models.some((m) => m.condition === c));
  const missing = CONDITION_IDS.filter((c) => !conditions.includes(c));
  if (missing.length > 0) {
    throw new Error(`no evidence model for ${missing.join(', ')}`);
  }
  const nF = FEATURES.length;
  const logLr = new Float64Array(conditions.length * stride);
  const prob = new Float64Array(conditions.length * stride);
  const isUsed = new Uint8Array(nF);
  const valueCount = new Uint8Array(nF);
  const baselines: (number[] | undefined)[] = FEATURES.map((f) => {
    const b = baselineOf(f.id);
    return b === undefined ? undefined : floorAndNormalise(b);
  });
  FEATURES.forEach((f, fi) => {
    valueCount[fi] = f.values.length;
  });
  const totalPrior = models.reduce((s, m) => s + m.prior, 0);
  const logPrior = new Float64Array(conditions.length);
  const mentions: Int32Array[] = [];
  conditions.forEach((condition, ci) => {
    const m = models.find((x) => x.condition === condition);
    if (m === undefined) {
      throw new Error(`no model for ${condition}`);
    }
    logPrior[ci] = Math.log(m.prior / totalPrior);
    for (let fi = 0; fi < nF; fi++) {
      const base = baselines[fi];
      if (base !== undefined) {
        base.forEach((p, vi) => {
          prob[slot(ci, fi, vi)] = p;
        });
      }
    }
    const mentioned: number[] = [];
    for (const item of m.evidence) {
      const fi = featureIndex(item.feature);
      const base = baselines[fi];
      if (base === undefined) {
        throw new Error(`${condition}: feature ${item.feature} has no baseline frequency`);
      }
      const dist = conditionDistribution(item.feature, item.frequency, base, condition);
      dist.forEach((p, vi) => {
        prob[slot(ci, fi, vi)] = p;
        logLr[slot(ci, fi, vi)] = Math.log(p / (base[vi] ?? 1));
      });
      isUsed[fi] = 1;
      mentioned.push(fi);
    }
    mentions.push(Int32Array.from(mentioned));
  });
  const strongest = (ci: number, fi: number): number => {
    let max = 0;
    for (let vi = 0; vi < (valueCount[fi] ?? 0); vi++) {
      max = Math.max(max, Math.abs(logLr[slot(ci, fi, vi)] ?? 0));
    }
    return max;
  };
  const byStrength = mentions.map((fis, ci) =>
    Int32Array.from([...fis].sort((a, b) => strongest(ci, b) - strongest(ci, a))),
  );
  const codes: EvidenceRef[] = [];
  FEATURES.forEach((f) => {
    for (let vi = 0; vi < MAX_VALUES; vi++) {
      codes.push(slotRef(f.id, vi));
    }
  });
  const used: number[] = [];
  isUsed.forEach((u, fi) => {
    if (u === 1) {
      used.push(fi);
    }
  });
  const clusters = options.clusters ?? FEATURE_CLUSTERS;
  const confirmation = options.confirmation ?? CONFIRMATION;
  return {
    clusterOf: clusterIndex(clusters),
    clusterCount: clusters.length,
    clusterMembers: clusters.map((c) => Int32Array.from(c.features, (f) => featureIndex(f))),
    discount: options.discount ?? CLUSTER_DISCOUNT,
    confirmers: conditions.map((c) => confirmerTable(c, confirmation[c])),
    ceiling: options.ceiling ?? EVIDENCE_CEILING,
    requires: Int32Array.from(conditions, (c) => {
      const r = models.find((m) => m.condition === c)?.requires;
      return r === undefined ? -1 : featureIndex(r);
    }),
    standsWith: conditions.map((c) => Int32Array.from(standingSigns(c, models), featureIndex)),
    conditions,
    byStrength,
    codes,
    logPrior,
    logLr,
    prob,
    used: Int32Array.from(used),
    isUsed,
    mentions,
    valueCount,
  };
}

/** The signs a condition stands with (`standsWith`): one gate serves both ways a model can name them. */
function standingSigns(
  condition: ConditionId,
  models: readonly ConditionModel[],
): readonly BooleanFeature[] {
  const m = models.find((x) => x.condition === condition);
  if (m?.requires !== undefined && m.standsWithAnyOf !== undefined) {
    throw new Error(`${condition}: give either requires or standsWithAnyOf, not both`);
  }
  return m?.requires !== undefined ? [m.requires] : (m?.standsWithAnyOf ?? []);
}

function clusterIndex(clusters: readonly FeatureCluster[]): Int16Array {
  const of = new Int16Array(FEATURES.length).fill(-1);
  clusters.forEach((c, k) => {
    for (const f of c.features) {
      const fi = featureIndex(f);
      if ((of[fi] ?? -1) >= 0) {
        throw new Error(`feature ${f} is in two clusters`);
      }
      of[fi] = k;
    }
  });
  return of;
}

function confirmerTable(condition: ConditionId, c: Confirmation): Int32Array {
  const out: number[] = [];
  for (const x of c.by) {
    const fi = featureIndex(x.feature);
    const values = FEATURES[fi]?.values ?? [];
    const accepted = 'values' in x ? x.values : ['present'];
    let mask = 0;
    for (const v of accepted) {
      const vi = values.indexOf(v);
      if (vi < 0) {
        throw new Error(`${condition}: confirmer ${x.feature} has no value ${v}`);
      }
      mask |= 1 << vi;
    }
    out.push(fi, mask);
  }
  return Int32Array.from(out);
}

function slotRef(id: FeatureId, vi: number): EvidenceRef {
  if (isCategory(id)) {
    return { kind: 'category', feature: id, value: CATEGORIES[id][vi] ?? '?' };
  }
  return vi === 1 ? { kind: 'present', feature: id } : { kind: 'absent', feature: id };
}

/** The one compiled model of this knowledge-base version. */
export const MODEL: CompiledModel = compileModel();
