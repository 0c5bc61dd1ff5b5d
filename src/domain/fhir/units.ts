/**
 * @module UCUM codes for the unit strings the assessment accepts. Most are UCUM already; a few are the
 * spellings laboratories send (`mEq/L`, `mcg/dL`, `mIU/L`), which UCUM writes otherwise. A Quantity
 * keeps the unit as entered in `unit` and the UCUM form in `code`; a unit with no UCUM form gets no code.
 */
import { withCapitalLitre } from '../kb/index.js';

/** The accepted spellings that are not UCUM codes, and the UCUM code of the same unit. */
const UCUM_ALIASES: Readonly<Record<string, string>> = {
  'mEq/L': 'meq/L',
  'mL/min/1.73m2': 'mL/min/{1.73_m2}',
  'mcg/dL': 'ug/dL',
  'mIU/L': 'm[IU]/L',
  'mm/[h]': 'mm/h',
};

/** UCUM codes the assessment's units use (checked against the UCUM library in the tests). */
const UCUM_CODES = new Set([
  'mmol/L',
  'meq/L',
  'mg/dL',
  'g/dL',
  'g/L',
  'umol/L',
  'mL/min/{1.73_m2}',
  'mL/min',
  '%',
  'nmol/L',
  'ug/dL',
  'pg/mL',
  'ng/L',
  'mg/L',
  'U/L',
  'ukat/L',
  '[IU]/L',
  'pmol/L',
  'm[IU]/L',
  'u[IU]/mL',
  'mm/h',
  'mmol/mol',
]);

/** The UCUM code of a unit as the assessment spells it, or undefined when it has none. */
export function ucumCodeOf(unit: string): string | undefined {
  const alias = UCUM_ALIASES[unit];
  if (alias !== undefined) {
    return alias;
  }
  if (UCUM_CODES.has(unit)) {
    return unit;
  }
  // UCUM writes the litre `l` or `L`: a lower-case one is coded as the capital form this table lists
  const capital = withCapitalLitre(unit);
  return UCUM_CODES.has(capital) ? capital : undefined;
}

/** Every UCUM code this table knows, for the test that checks each against UCUM itself. */
export function knownUcumCodes(): string[] {
  return [...UCUM_CODES, ...Object.values(UCUM_ALIASES)];
}
