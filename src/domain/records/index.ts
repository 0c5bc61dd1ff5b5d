/** @module Records kept by the service (PRODUCT C7, C9): one zod schema per record type, and the chart summary. */
export * from './primitives.js';
export * from './issues.js';
export * from './demographics.js';
export * from './accounts.js';
export * from './diary.js';
export * from './self-care.js';
export * from './outcomes.js';
export * from './plans.js';
export * from './orders.js';
export * from './encounters.js';
export * from './emg-studies.js';
export * from './audit.js';
export * from './summary.js';
export * from './password-guessability.js';
