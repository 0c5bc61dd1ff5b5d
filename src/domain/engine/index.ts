/** @module The engine: one call from a parsed assessment to triage, differential, next steps and plan. */
export {
  assess,
  leadingConditions,
  type AssessOptions,
  type AssessmentResult,
  type Audience,
} from './assess.js';
export { summarizeMeasurements, type MeasurementSummary } from './summary.js';
export { triageFor } from './triage-for.js';
