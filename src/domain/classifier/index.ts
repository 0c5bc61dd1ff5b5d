/** @module Cause classifier (PRODUCT C4): explained differential, group probabilities, next best tests and questions. */
export {
  classify,
  floorLeader,
  groupProbabilities,
  posteriorOf,
  rescore,
  scoreOf,
  type Scored,
  type Classification,
  type Contribution,
  type DifferentialEntry,
  type GroupProbability,
} from './classify.js';
export {
  rankNextQuestions,
  rankNextTests,
  QUESTION_FEATURES,
  type NextQuestion,
  type NextTest,
  type NextStep,
} from './next-tests.js';
export { TEST_CATALOG, TEST_IDS, type TestDef, type TestId } from './test-catalog.js';
export {
  CONDITION_MODELS,
  type ConditionModel,
  type EvidenceItem,
  type Frequency,
} from './model.js';
export { BASELINE_BOOLEANS, BASELINE_CATEGORIES } from './baseline.js';
export {
  compileModel,
  MODEL,
  NAIVE,
  slot,
  type CompiledModel,
  type CompileOptions,
} from './compile.js';
export { CLUSTER_DISCOUNT, FEATURE_CLUSTERS, type FeatureCluster } from './clusters.js';
export {
  CONFIRMATION,
  EVIDENCE_CEILING,
  type Confirmation,
  type Confirmer,
} from './confirmation.js';
export { classifierCatalog } from './catalog.js';
export {
  KEPT_IN_VIEW_RULES,
  KEPT_WITHIN,
  keepInView,
  type KeptInViewId,
  type KeptInViewRule,
} from './kept-in-view.js';
