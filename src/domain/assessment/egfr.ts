/**
 * @module A GFR estimated from a creatinine result when no eGFR was sent: the CKD-EPI 2021 creatinine
 * equation, without a race term [CKD-EPI-2021], the equation behind LOINC 98979-8 (reference §1.4 [C6]).
 * Kidney failure shown by a creatinine alone (no eGFR on the report) must reach the same red flag as an
 * eGFR in category G5 [L7]. Adults only (the equation is validated from 18), and only for a recorded
 * female or male sex (its constants differ by sex).
 */
import type { Sex } from '../kb/index.js';
import type { NormalizedLab } from './labs.js';

/** µmol/L per mg/dL of creatinine (reference §1.4). */
const CREATININE_UMOL_PER_MG_DL = 88.4;
const ADULT_FROM_YEARS = 18;

/** The equation's constants by sex [CKD-EPI-2021]. */
const CONSTANTS = {
  female: { kappa: 0.7, alpha: -0.241, factor: 1.012 },
  male: { kappa: 0.9, alpha: -0.302, factor: 1 },
} as const;

/**
 * eGFR in mL/min/1.73 m² = 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × (1.012 if female),
 * creatinine (Scr) in mg/dL.
 */
export function ckdEpi2021(
  creatinineMgDl: number,
  ageYears: number,
  sex: 'female' | 'male',
): number {
  const { kappa, alpha, factor } = CONSTANTS[sex];
  const ratio = creatinineMgDl / kappa;
  return (
    142 * Math.min(ratio, 1) ** alpha * Math.max(ratio, 1) ** -1.2 * 0.9938 ** ageYears * factor
  );
}

/**
 * The eGFR to judge by when none was sent: estimated from the creatinine, or `undefined` when there is no
 * creatinine, the patient is a child or the age is unknown, or the sex is not recorded as female or male.
 */
export function estimatedGfr(
  creatinine: NormalizedLab | undefined,
  patient: { readonly ageYears?: number | undefined; readonly sex?: Sex | undefined },
): NormalizedLab | undefined {
  const { ageYears, sex } = patient;
  if (
    creatinine === undefined ||
    ageYears === undefined ||
    ageYears < ADULT_FROM_YEARS ||
    (sex !== 'female' && sex !== 'male')
  ) {
    return undefined;
  }
  return {
    analyte: 'egfr',
    loinc: '98979-8',
    value: ckdEpi2021(creatinine.value / CREATININE_UMOL_PER_MG_DL, ageYears, sex),
    unit: 'mL/min/{1.73_m2}',
    rangeFrom: 'none',
    estimatedFrom: 'creatinine',
  };
}
