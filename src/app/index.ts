/** @module Use cases shared by every surface (CLI now; HTTP later). */
export { DEFAULT_JSON_LIMITS, parseJson, type JsonLimits } from './json.js';
export {
  runCase,
  summarize,
  type CaseRun,
  type CaseSummary,
  type RunCaseOptions,
} from './run-case.js';
export { assessDocument, parseAssessmentDocument } from './assess-document.js';
export { checkOrderDocument, type OrderCheckRun } from './check-order.js';
export { buildCatalog, listFacts, type CatalogFact, type Detail } from './kb-catalog.js';
export {
  CaseCheckView,
  ClinicianView,
  EvidenceView,
  OrderCheckView,
  OrderFindingView,
  PatientView,
  SelfCareView,
  toCaseCheckView,
  toClinicianView,
  toOrderCheckView,
  toPatientView,
} from './views/index.js';
