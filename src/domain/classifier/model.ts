/**
 * @module The evidence model: for every condition a prior and how often each feature is seen with it.
 * The classifier is naive Bayes over these frequencies against the baseline (baseline.ts). The
 * associations come from the cited reference rows; the numbers themselves are team estimates, which
 * is why every item keeps `TONUS` among its sources. Documented in docs/evidence-model.md.
 */
import type { BooleanFeature, CategoryFeature } from '../evidence/index.js';
import {
  CONDITION_DEFS,
  type ConditionId,
  type EvidenceSpec,
  type FactStatus,
  type Frequency,
  type SourceId,
} from '../kb/index.js';

export type { Frequency } from '../kb/index.js';

export interface EvidenceItem {
  readonly feature: BooleanFeature | CategoryFeature;
  readonly frequency: Frequency;
}

export interface ConditionModel {
  readonly condition: ConditionId;
  /** Relative share among patients presenting with paraspinal spasm (team estimate). */
  readonly prior: number;
  /** Where the associations come from; the frequencies are estimates. */
  readonly sourceIds: readonly SourceId[];
  readonly status: FactStatus;
  readonly evidence: readonly EvidenceItem[];
  /** The sign without which the condition is left out of the differential (its home's `requires`). */
  readonly requires?: BooleanFeature;
  /** Signs of which one must be present for the condition to stand in the differential (its home's `standsWithAnyOf`). */
  readonly standsWithAnyOf?: readonly BooleanFeature[];
}

function model(
  condition: ConditionId,
  prior: number,
  sourceIds: SourceId[],
  spec: EvidenceSpec,
  requires?: BooleanFeature,
  standsWithAnyOf?: readonly BooleanFeature[],
): ConditionModel {
  return {
    condition,
    prior,
    ...(requires === undefined ? {} : { requires }),
    ...(standsWithAnyOf === undefined ? {} : { standsWithAnyOf }),
    sourceIds: [...sourceIds, 'TONUS'],
    status: 'P',
    evidence: Object.entries(spec).map(([feature, frequency]) => ({
      feature: feature as BooleanFeature | CategoryFeature,
      frequency,
    })),
  };
}

/** Each condition's model as its home declares it; every item keeps `TONUS`, since the numbers are ours. */
export const CONDITION_MODELS: readonly ConditionModel[] = CONDITION_DEFS.map((d) =>
  model(
    d.id,
    d.model.prior,
    [...d.model.sourceIds],
    d.model.evidence,
    d.model.requires,
    d.model.standsWithAnyOf,
  ),
);
