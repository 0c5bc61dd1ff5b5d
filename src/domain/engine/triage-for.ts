/**
 * @module The triage of a classified assessment: the differential's leader for the baseline rules, the floors' own
 * leader for the cause floors. One pairing for the engine, its tests and the calibration bench, so none of them can
 * read the floors another way.
 */
import {
  floorLeader,
  MODEL,
  type Classification,
  type CompiledModel,
} from '../classifier/index.js';
import type { Evidence } from '../evidence/index.js';
import { decideTriage, type TriageDecision } from '../triage/index.js';

export function triageFor(
  evidence: Evidence,
  classification: Classification,
  model: CompiledModel = MODEL,
): TriageDecision {
  const top = classification.differential[0];
  return decideTriage(
    evidence,
    top === undefined ? undefined : { condition: top.condition, probability: top.score },
    floorLeader(classification.posterior, model),
  );
}
