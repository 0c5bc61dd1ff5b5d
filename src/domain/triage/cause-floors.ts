/**
 * @module Safety floors from the differential: when the most likely cause is itself urgent, triage is at
 * least that urgent even if no single red-flag rule fired (for example strychnine poisoning suggested by
 * the whole picture). A floor only ever raises the level; red flags still win.
 */
import type { ConditionId, Provenance } from '../kb/index.js';
import type { TriageLevel } from '../shared/index.js';

export interface CauseFloor<Id extends string = string> extends Provenance {
  readonly id: Id;
  readonly version: number;
  readonly condition: ConditionId;
  /** The leading condition must have at least this posterior probability. */
  readonly minProbability: number;
  readonly level: TriageLevel;
}

const floor = <Id extends string>(
  id: Id,
  condition: ConditionId,
  level: TriageLevel,
  sourceIds: Provenance['sourceIds'],
  status: Provenance['status'],
): CauseFloor<Id> => ({ id, version: 1, condition, minProbability: 0.6, level, sourceIds, status });

const FLOORS = [
  floor('CX-STRYCHNINE', 'strychnine_poisoning', 'emergency_ambulance', ['X6'], 'P'),
  floor('CX-TETANUS', 'tetanus', 'emergency_ambulance', ['C1', 'TONUS'], 'UNVERIFIED'),
  floor('CX-CAUDA-EQUINA', 'cauda_equina_syndrome', 'emergency', ['R3', 'R4'], 'V'),
  floor('CX-ENCEPHALITIS', 'encephalitis', 'emergency', ['R6'], 'V'),
  floor('CX-RHABDOMYOLYSIS', 'rhabdomyolysis', 'emergency', ['TONUS'], 'UNVERIFIED'),
  floor('CX-NMS', 'neuroleptic_malignant_syndrome', 'emergency', ['TONUS'], 'UNVERIFIED'),
  floor('CX-SEROTONIN', 'serotonin_syndrome', 'emergency', ['TONUS'], 'UNVERIFIED'),
  floor('CX-ACUTE-DYSTONIA', 'acute_dystonic_reaction', 'emergency', ['TONUS'], 'UNVERIFIED'),
  floor('CX-SPINAL-INFECTION', 'spinal_infection', 'consultation_24', ['R3'], 'V'),
  floor('CX-TUMOUR', 'tumor_mass', 'consultation_24', ['R3', 'R4'], 'V'),
  floor('CX-FRACTURE', 'vertebral_fracture', 'consultation_24', ['R3', 'R4'], 'V'),
  floor('CX-ADRENAL', 'addisons_disease', 'consultation_24', ['X1', 'TONUS'], 'P'),
  floor('CX-HYPOCALCAEMIA', 'hypocalcemia', 'consultation_24', ['L8', 'TONUS'], 'P'),
];

export type CauseFloorId = (typeof FLOORS)[number]['id'];
export const CAUSE_FLOORS: readonly CauseFloor<CauseFloorId>[] = FLOORS;
