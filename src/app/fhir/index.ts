/** @module FHIR and CDS Hooks use cases: discovery, service calls with their cards, export and import. */
export { callCdsService, cdsDiscovery, type CdsDeps } from './cds.js';
export { orderCard, patientCard, summaryOf, type CardWords } from './cds-cards.js';
export type { FhirFetcher } from './ports.js';
export {
  assessmentResources,
  exportAssessmentBundle,
  importAssessmentBundle,
  type BundleClock,
} from './assessment-bundle.js';
