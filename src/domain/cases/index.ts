/** @module Validation cases in the `tonus-case/1` format: schema, loading and checking against the expected answer. */
export { CaseFile, Expected } from './schema.js';
export { parseCase, historyOnly, type ParsedCase } from './parse.js';
export { checkAgainst, TOP_N, type CaseCheck, type Check, type TriageCheck } from './check.js';
