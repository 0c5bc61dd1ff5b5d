/** @module English catalog: every word a surface shows comes from here; the domain only returns codes. */
export * from './findings.en.js';
export * from './triage.en.js';
export * from './plan.en.js';
export * from './tests.en.js';
export * from './evidence.en.js';
export * from './orders.en.js';
export * from './issues.en.js';
export * from './emg.en.js';
export { en } from './en.js';
export type { ClinicianMessages, Messages, PatientMessages } from './messages.js';
export * from './interview.en.js';
