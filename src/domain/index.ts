/**
 * @module The public, browser-safe domain: what the web app, the server and the CLI all run. Each area is
 * a namespace, so names never collide; inside an area the folder's own index is the contract.
 */
export * as assessment from './assessment/index.js';
export * as cases from './cases/index.js';
export * as classifier from './classifier/index.js';
export * as emg from './emg/index.js';
export * as engine from './engine/index.js';
export * as evidence from './evidence/index.js';
export * as fhir from './fhir/index.js';
export * as kb from './kb/index.js';
export * as orders from './orders/index.js';
export * as scales from './scales/index.js';
export * as shared from './shared/index.js';
export * as treatment from './treatment/index.js';
export * as triage from './triage/index.js';
