/** @module Triage (PRODUCT C2): red-flag rules, the baseline level, and the decision that the most urgent wins. */
export {
  baclofenRebound,
  MODERATE_HYPERCALCAEMIA_MMOL_L,
  RED_FLAG_RULES,
  type RedFlagRule,
} from './rules.js';
export { BASELINE_RULES, type BaselineRule } from './baseline.js';
export { CAUSE_FLOORS, type CauseFloor } from './cause-floors.js';
export { evaluateRedFlags, type RedFlagResult, type TriageReason } from './evaluate.js';
export {
  baselineLevelOf,
  decideTriage,
  triageLevelOf,
  withCauseFloors,
  type Leading,
  type TriageDecision,
} from './decide.js';
export type { RedFlagId } from './rules.js';
export type { BaselineId } from './baseline.js';
export type { CauseFloorId } from './cause-floors.js';
export type { TriageRuleId } from './evaluate.js';
export { triageCatalog } from './catalog.js';
export {
  calciumLowRisk,
  electrolyteRisk,
  magnesiumLossRisk,
  noElectrolyteResult,
  potassiumLossRisk,
} from './electrolyte-risk.js';
