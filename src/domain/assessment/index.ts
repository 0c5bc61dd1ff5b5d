/** @module The structured assessment: schemas, lab normalisation and loading with errors as data. */
export * from './schema.js';
export * from './labs.js';
export * from './parse.js';
export { emptyAssessmentIssues, hasEntries } from './entries.js';
export { CONSISTENCY_RULES, contradictions, type PatientFacts } from './consistency.js';
