/** @module Shared domain primitives. */
export * from './result.js';
export * from './levels.js';
export * from './zod-issues.js';
export * from './json.js';
export * from './age.js';
