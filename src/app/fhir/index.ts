/** @module FHIR and CDS Hooks use cases: discovery, service calls with their cards, export and import. */
export { callCdsService, cdsDiscovery, type CdsDeps } from './cds.js';
export { orderCard, patientCard, summaryOf, type CardWords } from './cds-cards.js';
export type { CdsCallerCheck, FhirFetcher } from './ports.js';
export {
  exportPatientFhir,
  importForClinician,
  importPatientFhir,
  importRecord,
  type FhirImportResult,
  type FhirRecordDeps,
  type ImportTarget,
} from './record.js';
export {
  assessmentResources,
  exportAssessmentBundle,
  importAssessmentBundle,
  type BundleClock,
} from './assessment-bundle.js';
