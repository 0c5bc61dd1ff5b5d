/** @module What every use case of the service shares: ports, the request context, access checks, idempotency. */
export type * from './ports.js';
export * from './context.js';
export * from './access.js';
export * from './idempotency.js';
export * from './parse.js';
export * from './patient-data.js';
