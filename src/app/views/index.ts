/**
 * @module The output contracts every surface serialises: each view is a zod schema (for validation and
 * OpenAPI) with a versioned `view` literal, built from an engine result and a locale's messages.
 */
export { PatientView, toPatientView } from './patient-view.js';
export { ClinicianView, toClinicianView } from './clinician-view.js';
export { CaseCheckView, toCaseCheckView } from './case-check-view.js';
export { OrderCheckView, toOrderCheckView } from './order-check-view.js';
export { OrderFindingView } from './order-finding.js';
export { EvidenceView, SelfCareView } from './common.js';
