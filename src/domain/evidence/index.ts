/** @module Evidence: the tri-state feature view of an assessment that triage and the classifier share. */
export * from './features.js';
export * from './extract.js';
export * from './predicate.js';
export * from './refs.js';
export {
  LAB_BANDS,
  bandOf,
  labBandCatalog,
  type LabBand,
  type LabBanding,
  type LabBound,
} from './lab-bands.js';
