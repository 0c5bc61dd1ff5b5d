/** @module The knowledge base (PRODUCT C1): typed, versioned clinical data, every fact with its sources and status. */
export * from './fact.js';
export * from './sources.js';
export * from './vocabulary.js';
export * from './findings.js';
export * from './conditions/index.js';
export * from './codes.js';
export * from './analytes.js';
export * from './drugs.js';
export * from './prescription-words.js';
export * from './article.js';
export * from './self-care.js';
export * from './anatomy.js';
export { KB_VERSION } from './version.js';
