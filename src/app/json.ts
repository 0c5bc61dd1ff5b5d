/** @module JSON text to unknown data for every surface: strict (no repeated or prototype keys), bounded, never throws. */
export {
  DEFAULT_JSON_LIMITS,
  parseJsonStrict as parseJson,
  type JsonLimits,
} from '../domain/shared/index.js';
