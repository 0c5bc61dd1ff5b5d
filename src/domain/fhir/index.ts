/**
 * @module FHIR R4 and CDS Hooks as pure mappings (PRODUCT C8): an assessment and the engine's answer to
 * FHIR resources by code, FHIR back to an assessment with a report of what could not be mapped, orders
 * and their checks, provenance. No I/O: the adapters validate against the official schema and move bytes.
 */
export * from './systems.js';
export * from './terminology.js';
export * from './units.js';
export * from './issues.js';
export {
  RESOURCE_ROLES,
  referenceTo,
  referencedId,
  roleOf,
  type ReferenceStyle,
  type ResourceRole,
  type WriteContext,
} from './resources.js';
export {
  ASSESSMENT_LISTS,
  assessmentToFhir,
  medicationCodings,
  patientResource,
  type AssessmentList,
} from './assessment-to-fhir.js';
export {
  assessmentFromFhir,
  type AssessmentImport,
  type ImportReport,
  type ReadOptions,
} from './assessment-from-fhir.js';
export {
  recordToFhir,
  type PatientRecordData,
  type RecordEncounter,
  type RecordOrder,
} from './record-to-fhir.js';
export {
  recordFromFhir,
  type ImportedEncounter,
  type ImportedPlan,
  type RecordImport,
} from './record-from-fhir.js';
export { conditionCodings, provenanceExtensions, resultToFhir } from './result-to-fhir.js';
export {
  DOSE_UCUM,
  drugCodings,
  orderToFhir,
  SEVERITY_TO_FHIR,
  type OrderResources,
} from './order-to-fhir.js';
export { orderFromFhir, type OrderReading } from './order-from-fhir.js';
export {
  cappedDose,
  ORDER_SUGGESTIONS,
  type CappedDose,
  type SuggestionKind,
} from './order-suggestions.js';
export { collectionBundle, provenanceOf, tonusDevice, type Software } from './provenance.js';
export * from './cds-hooks.js';
export { readPrefetch, resourcesOf, type Located, type PrefetchRead } from './prefetch.js';
export { readResources, type TypedResource } from './read-resources.js';
export { drugOf, medicationsOf, hepaticStateOf } from './read-codes.js';
export * as profiles from './profiles.js';
