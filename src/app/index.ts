/** @module Use cases shared by every surface (CLI now; HTTP later). */
export { parseJson } from './json.js';
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
