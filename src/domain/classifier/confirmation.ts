/**
 * @module What can confirm each condition: the investigation results (laboratory, imaging, EMG, CSF)
 * that the reference names as its confirmatory tests. Without one of them a condition's probability is
 * held at the evidence ceiling, so history and examination alone never make a cause certain
 * (docs/evidence-model.md, "The evidence ceiling"). Conditions that are diagnosed clinically
 * (overuse, Tourette syndrome, tetanus, the spasms of an established cord injury) have no confirmer:
 * the model never calls them certain. A defining exposure (rat poison, a new antipsychotic) raises the
 * probability through its likelihood ratio but is history, so it does not lift the ceiling.
 */
import { byCondition, type ConditionId, type Confirmer, type Provenance } from '../kb/index.js';

export type { Confirmer } from '../kb/index.js';

export interface Confirmation extends Provenance {
  readonly by: readonly Confirmer[];
}

/** Highest probability a condition may show without a confirming result (the 95 %). */
export const EVIDENCE_CEILING = 0.95;

/** What confirms each condition, as its home declares it; the mapping of results to conditions is P. */
export const CONFIRMATION: Readonly<Record<ConditionId, Confirmation>> = byCondition((d) => ({
  by: d.confirmedBy.by,
  sourceIds: [...d.confirmedBy.sourceIds],
  status: 'P',
}));
