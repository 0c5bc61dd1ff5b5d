/**
 * @module Laboratory analytes: which LOINC codes name them, which UCUM units can measure them and how each
 * converts to one canonical unit, and the fallback adult reference limits (reference §1.4).
 * A laboratory's own reference range, when sent with a result, is preferred over these.
 */
import { z } from 'zod';
import { CODE_SYSTEMS } from './codes.js';
import { catalogOf, type CatalogFact, type Provenance } from './fact.js';

export const ANALYTES = [
  'potassium',
  'sodium',
  'magnesium',
  'calcium_total',
  'calcium_ionized',
  'albumin',
  'creatinine',
  'egfr',
  'glucose',
  'hba1c',
  'cortisol',
  'acth',
  'ceruloplasmin',
  'copper',
  'creatine_kinase',
  'vitamin_b12',
  'tsh',
  'crp',
  'esr',
  'alt',
] as const;
export const Analyte = z.enum(ANALYTES);
export type Analyte = z.infer<typeof Analyte>;

interface LoincDef extends Provenance {
  readonly analyte: Analyte;
  readonly component: string;
}

/** LOINC → analyte. The code names the analyte; the unit decides the conversion (FORMAT.md). */
export const LOINC_CODES: Readonly<Record<string, LoincDef>> = {
  '2823-3': {
    analyte: 'potassium',
    component: 'Potassium, serum/plasma (moles/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '22760-3': {
    analyte: 'potassium',
    component: 'Potassium, serum/plasma (mass/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '2951-2': {
    analyte: 'sodium',
    component: 'Sodium, serum/plasma',
    sourceIds: ['C6'],
    status: 'V',
  },
  '19123-9': {
    analyte: 'magnesium',
    component: 'Magnesium, serum/plasma (mass/volume)',
    sourceIds: ['C6', 'C7'],
    status: 'V',
  },
  '2601-3': {
    analyte: 'magnesium',
    component: 'Magnesium, serum/plasma (moles/volume)',
    sourceIds: ['C6', 'C7'],
    status: 'V',
  },
  '17861-6': {
    analyte: 'calcium_total',
    component: 'Calcium, serum/plasma (mass/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '2000-8': {
    analyte: 'calcium_total',
    component: 'Calcium, serum/plasma (moles/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '1994-3': {
    analyte: 'calcium_ionized',
    component: 'Calcium ionized, blood (moles/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '1995-0': {
    analyte: 'calcium_ionized',
    component: 'Calcium ionized, serum/plasma (moles/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '17863-2': {
    analyte: 'calcium_ionized',
    component: 'Calcium ionized, serum/plasma (mass/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '1751-7': {
    analyte: 'albumin',
    component: 'Albumin, serum/plasma',
    sourceIds: ['C6'],
    status: 'V',
  },
  '2160-0': {
    analyte: 'creatinine',
    component: 'Creatinine, serum/plasma (mass/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '14682-9': {
    analyte: 'creatinine',
    component: 'Creatinine, serum/plasma (moles/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '38483-4': {
    analyte: 'creatinine',
    component: 'Creatinine, blood',
    sourceIds: ['C6'],
    status: 'V',
  },
  '98979-8': {
    analyte: 'egfr',
    component: 'eGFR CKD-EPI 2021',
    sourceIds: ['C6', 'L7'],
    status: 'P',
  },
  '62238-1': { analyte: 'egfr', component: 'eGFR CKD-EPI 2009', sourceIds: ['C6'], status: 'V' },
  '33914-3': { analyte: 'egfr', component: 'eGFR MDRD', sourceIds: ['C6'], status: 'V' },
  '2345-7': {
    analyte: 'glucose',
    component: 'Glucose, serum/plasma (mass/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '1558-6': {
    analyte: 'glucose',
    component: 'Glucose, fasting, serum/plasma',
    sourceIds: ['C6'],
    status: 'V',
  },
  '14749-6': {
    analyte: 'glucose',
    component: 'Glucose, serum/plasma (moles/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '4548-4': {
    analyte: 'hba1c',
    component: 'Hemoglobin A1c/Hemoglobin.total',
    sourceIds: ['C6'],
    status: 'V',
  },
  '59261-8': {
    analyte: 'hba1c',
    component: 'Hemoglobin A1c/Hemoglobin.total, by IFCC protocol',
    sourceIds: ['C6'],
    status: 'V',
  },
  '17856-6': {
    analyte: 'hba1c',
    component: 'Hemoglobin A1c (HPLC)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '2143-6': {
    analyte: 'cortisol',
    component: 'Cortisol, serum/plasma',
    sourceIds: ['C6'],
    status: 'V',
  },
  '9813-7': {
    analyte: 'cortisol',
    component: 'Cortisol, morning, serum/plasma',
    sourceIds: ['FORMAT'],
    status: 'P',
  },
  '14675-3': {
    analyte: 'cortisol',
    component: 'Cortisol, serum/plasma (moles/volume)',
    sourceIds: ['FORMAT'],
    status: 'P',
  },
  '2141-0': { analyte: 'acth', component: 'Corticotropin, plasma', sourceIds: ['C6'], status: 'V' },
  '2064-4': {
    analyte: 'ceruloplasmin',
    component: 'Ceruloplasmin, serum/plasma',
    sourceIds: ['C6'],
    status: 'V',
  },
  '5631-7': {
    analyte: 'copper',
    component: 'Copper, serum/plasma',
    sourceIds: ['C6'],
    status: 'V',
  },
  '2157-6': {
    analyte: 'creatine_kinase',
    component: 'Creatine kinase, serum/plasma',
    sourceIds: ['C6'],
    status: 'V',
  },
  '2132-9': {
    analyte: 'vitamin_b12',
    component: 'Cobalamin, serum/plasma (mass/volume)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '14685-2': {
    analyte: 'vitamin_b12',
    component: 'Cobalamin, serum/plasma (moles/volume)',
    sourceIds: ['FORMAT'],
    status: 'P',
  },
  '3016-3': {
    analyte: 'tsh',
    component: 'Thyrotropin, serum/plasma',
    sourceIds: ['C6'],
    status: 'V',
  },
  '11580-8': {
    analyte: 'tsh',
    component: 'Thyrotropin, serum/plasma (detection limit <= 0.005)',
    sourceIds: ['C6'],
    status: 'V',
  },
  '1988-5': {
    analyte: 'crp',
    component: 'C reactive protein, serum/plasma',
    sourceIds: ['C6'],
    status: 'V',
  },
  '30522-7': {
    analyte: 'crp',
    component: 'C reactive protein, high sensitivity',
    sourceIds: ['C6'],
    status: 'V',
  },
  '4537-7': {
    analyte: 'esr',
    component: 'Erythrocyte sedimentation rate, Westergren',
    sourceIds: ['C6'],
    status: 'V',
  },
  '30341-2': {
    analyte: 'esr',
    component: 'Erythrocyte sedimentation rate',
    sourceIds: ['C6'],
    status: 'V',
  },
  '1742-6': {
    analyte: 'alt',
    component: 'Alanine aminotransferase, serum/plasma',
    sourceIds: ['FORMAT'],
    status: 'P',
  },
};

interface UnitDef {
  /** Multiply a value in this unit by `factor` (then add `offset`, when given) to get the canonical unit. */
  readonly factor: number;
  /**
   * Added after the factor, for the one scale that is not a multiple of another: HbA1c in IFCC mmol/mol
   * against NGSP % [IFCC-HBA1C].
   */
  readonly offset?: number;
  readonly provenance: Provenance;
}

/** A value in `unit` in its analyte's canonical unit. */
export function toCanonical(unit: UnitDef, value: number): number {
  return value * unit.factor + (unit.offset ?? 0);
}

/** A canonical value back in `unit`, by the same conversion run backwards. */
export function fromCanonical(unit: UnitDef, canonicalValue: number): number {
  return (canonicalValue - (unit.offset ?? 0)) / unit.factor;
}

interface AnalyteDef {
  readonly canonicalUnit: string;
  readonly units: Readonly<Record<string, UnitDef>>;
  /** Values outside these canonical bounds cannot come from a living patient, so they are rejected as input errors. */
  readonly plausible: readonly [number, number];
  /** Fallback adult reference interval in the canonical unit, with its source. */
  readonly reference?: { readonly low?: number; readonly high?: number } & Provenance;
}

const same: UnitDef = { factor: 1, provenance: { sourceIds: ['TONUS'], status: 'V' } };
const exact = (factor: number): UnitDef => ({
  factor,
  provenance: { sourceIds: ['TONUS'], status: 'V' },
});
const ref = (factor: number): UnitDef => ({
  factor,
  provenance: { sourceIds: ['TONUS'], status: 'P' },
});

/** mg/dL in one mmol/L, from the molar masses worked in the reference (§1.4, P): one number per element. */
export const MG_DL_PER_MMOL_L = { calcium: 4.008, magnesium: 2.431 } as const;
const CA = MG_DL_PER_MMOL_L.calcium;
const MG = MG_DL_PER_MMOL_L.magnesium;
/** mg/dL as a unit of calcium and of magnesium (molar masses of the reference, P). */
const CA_MG_DL = ref(1 / CA);
const MG_MG_DL = ref(1 / MG);
/**
 * A limit given in mg/dL, in mmol/L through the very unit a result in mg/dL goes through: dividing by the
 * molar mass instead can differ in the last bit, and a result of exactly 8.5 mg/dL would then read as
 * below the 8.5 mg/dL limit (dev-1121).
 */
const caMgdl = (mgdl: number): number => toCanonical(CA_MG_DL, mgdl);
const mgMgdl = (mgdl: number): number => toCanonical(MG_MG_DL, mgdl);

/** Calcium's fallback intervals, named because the calcium status reads them directly (assessment/labs.ts). */
export const CALCIUM_REFERENCE = {
  total: { low: caMgdl(8.5), high: caMgdl(10.5), sourceIds: ['L1'], status: 'V' },
  ionized: { low: 1.12, high: 1.32, sourceIds: ['L9'], status: 'P' },
} as const satisfies Record<string, { low: number; high: number } & Provenance>;

/**
 * Conversions: identical dimensions (g/L ↔ g/dL) are exact arithmetic; molar conversions come from
 * the reference's worked molar masses (§1.4, "please re-check in code review", hence P).
 */
export const ANALYTE_DEFS: Readonly<Record<Analyte, AnalyteDef>> = {
  potassium: {
    canonicalUnit: 'mmol/L',
    units: { 'mmol/L': same, 'meq/L': same, 'mEq/L': same },
    plausible: [0.5, 15],
    reference: { low: 3.5, high: 5.0, sourceIds: ['L2'], status: 'V' },
  },
  sodium: {
    canonicalUnit: 'mmol/L',
    units: { 'mmol/L': same, 'meq/L': same, 'mEq/L': same },
    plausible: [80, 200],
    // no verified interval in the reference; 135–145 is the common one
    reference: { low: 135, high: 145, sourceIds: ['TONUS'], status: 'UNVERIFIED' },
  },
  magnesium: {
    canonicalUnit: 'mmol/L',
    units: { 'mmol/L': same, 'mg/dL': MG_MG_DL, 'meq/L': exact(0.5), 'mEq/L': exact(0.5) },
    plausible: [0.05, 5],
    // low < 1.8 mg/dL [L4]; sources differ, so the cut-off is one place to change
    reference: { low: mgMgdl(1.8), high: 1.05, sourceIds: ['L4', 'L5'], status: 'P' },
  },
  calcium_total: {
    canonicalUnit: 'mmol/L',
    units: { 'mmol/L': same, 'mg/dL': CA_MG_DL, 'meq/L': exact(0.5), 'mEq/L': exact(0.5) },
    plausible: [0.5, 5],
    reference: CALCIUM_REFERENCE.total,
  },
  calcium_ionized: {
    canonicalUnit: 'mmol/L',
    units: { 'mmol/L': same, 'mg/dL': CA_MG_DL, 'meq/L': exact(0.5), 'mEq/L': exact(0.5) },
    plausible: [0.2, 3],
    reference: CALCIUM_REFERENCE.ionized,
  },
  albumin: {
    canonicalUnit: 'g/dL',
    units: { 'g/dL': same, 'g/L': exact(0.1) },
    plausible: [0.5, 8],
    reference: { low: 3.5, high: 5.2, sourceIds: ['L9'], status: 'P' },
  },
  creatinine: {
    canonicalUnit: 'umol/L',
    units: { 'umol/L': same, 'mg/dL': ref(88.4), 'mmol/L': exact(1000) },
    plausible: [5, 3000],
    reference: { low: 0.6 * 88.4, high: 1.2 * 88.4, sourceIds: ['L1'], status: 'V' },
  },
  egfr: {
    canonicalUnit: 'mL/min/{1.73_m2}',
    units: { 'mL/min/{1.73_m2}': same, 'mL/min/1.73m2': same, 'mL/min': same },
    plausible: [0, 200],
    reference: { low: 60, sourceIds: ['L7'], status: 'V' },
  },
  glucose: {
    canonicalUnit: 'mmol/L',
    units: { 'mmol/L': same, 'mg/dL': ref(1 / 18.02) },
    plausible: [0.5, 60],
    reference: { low: 70 / 18.02, high: 110 / 18.02, sourceIds: ['L1'], status: 'V' },
  },
  hba1c: {
    canonicalUnit: '%',
    // IFCC's master equation: NGSP % = 0.0915 × IFCC mmol/mol + 2.15 [IFCC-HBA1C], so 48 mmol/mol is 6.5 %
    units: {
      '%': same,
      'mmol/mol': {
        factor: 0.0915,
        offset: 2.15,
        provenance: { sourceIds: ['IFCC-HBA1C'], status: 'P' },
      },
    },
    // 2.5 % is about 4 mmol/mol: a lower bound that stays positive on both scales
    plausible: [2.5, 25],
    reference: { high: 5.7, sourceIds: ['L6'], status: 'V' },
  },
  cortisol: {
    canonicalUnit: 'nmol/L',
    units: { 'nmol/L': same, 'ug/dL': ref(27.59), 'mcg/dL': ref(27.59) },
    plausible: [0, 5000],
  },
  acth: {
    canonicalUnit: 'pg/mL',
    units: { 'pg/mL': same, 'ng/L': same },
    plausible: [0, 10000],
    reference: { high: 120, sourceIds: ['L9'], status: 'P' },
  },
  ceruloplasmin: {
    canonicalUnit: 'mg/dL',
    units: { 'mg/dL': same, 'g/L': ref(100), 'mg/L': exact(0.1) },
    plausible: [0, 200],
    reference: { low: 15, high: 60, sourceIds: ['L1'], status: 'V' },
  },
  copper: {
    canonicalUnit: 'ug/dL',
    units: { 'ug/dL': same, 'umol/L': ref(1 / 0.157) },
    plausible: [0, 1000],
    reference: { low: 70, high: 150, sourceIds: ['L1'], status: 'V' },
  },
  creatine_kinase: {
    canonicalUnit: 'U/L',
    // an enzyme's activity in SI units: 1 µkat is 1 µmol/s, 60 of the µmol/min that make a unit
    units: { 'U/L': same, '[IU]/L': same, 'ukat/L': exact(60) },
    plausible: [0, 2_000_000],
    // the upper limit differs by sex (M 174, F 140 [L1]); the higher one keeps "raised" conservative
    reference: { high: 174, sourceIds: ['L1'], status: 'V' },
  },
  vitamin_b12: {
    canonicalUnit: 'pg/mL',
    units: { 'pg/mL': same, 'ng/L': same, 'pmol/L': ref(1 / 0.738) },
    plausible: [0, 20000],
    reference: { low: 200, high: 900, sourceIds: ['L9'], status: 'P' },
  },
  tsh: {
    canonicalUnit: 'm[IU]/L',
    units: { 'm[IU]/L': same, 'mIU/L': same, 'u[IU]/mL': same },
    plausible: [0, 500],
    reference: { low: 0.4, high: 4.0, sourceIds: ['C6'], status: 'P' },
  },
  crp: {
    canonicalUnit: 'mg/L',
    units: { 'mg/L': same, 'mg/dL': exact(10) },
    plausible: [0, 1000],
    reference: { high: 10, sourceIds: ['TONUS'], status: 'UNVERIFIED' },
  },
  esr: {
    canonicalUnit: 'mm/h',
    units: { 'mm/h': same, 'mm/[h]': same },
    plausible: [0, 200],
    // the higher (female) upper limit keeps "raised" conservative [L1]
    reference: { high: 20, sourceIds: ['L1'], status: 'V' },
  },
  alt: {
    canonicalUnit: 'U/L',
    units: { 'U/L': same, '[IU]/L': same, 'ukat/L': exact(60) },
    plausible: [0, 20000],
    reference: { high: 40, sourceIds: ['TONUS'], status: 'UNVERIFIED' },
  },
};

/**
 * How `unit` converts to the analyte's canonical unit; `undefined` for a unit that cannot measure it.
 * UCUM spells the litre both `l` and `L`, so `mmol/l`, `mg/dl` and `U/l` are the units listed here with a
 * capital.
 */
export function unitDefOf(analyte: Analyte, unit: string): UnitDef | undefined {
  const units = ANALYTE_DEFS[analyte].units;
  return units[unit] ?? units[withCapitalLitre(unit)];
}

/** A unit with a lower-case litre (`mmol/l`, `mg/dl`) written with UCUM's capital one (`mmol/L`, `mg/dL`). */
export function withCapitalLitre(unit: string): string {
  return unit
    .split('/')
    .map((part) => part.replace(/^([dcmuµn]?)l$/, '$1L'))
    .join('/');
}

/**
 * A canonical value expressed in another unit the analyte accepts (calcium in mg/dL for a report), by
 * the same factor that converts it in; `undefined` for a unit that cannot measure it.
 */
export function inUnit(analyte: Analyte, canonicalValue: number, unit: string): number | undefined {
  const u = unitDefOf(analyte, unit);
  return u === undefined ? undefined : fromCanonical(u, canonicalValue);
}

/** Thresholds the engine uses beyond the reference intervals, each with its own source (reference §1.4, §3.3, §6). */
export const LAB_THRESHOLDS = {
  potassiumSevereLow: { value: 2.5, unit: 'mmol/L', sourceIds: ['L2'], status: 'V' },
  calciumTotalCriticalLow: { value: caMgdl(6.6), unit: 'mmol/L', sourceIds: ['L8'], status: 'V' },
  calciumIonizedCriticalLow: { value: 0.87, unit: 'mmol/L', sourceIds: ['L8'], status: 'P' },
  cortisolMorningLow: { value: 3 * 27.59, unit: 'nmol/L', sourceIds: ['X1'], status: 'P' },
  /** ≥ 18 µg/dL (500 nmol/L) is an adequate level [X1]. */
  cortisolAdequate: { value: 500, unit: 'nmol/L', sourceIds: ['X1'], status: 'P' },
  /** eGFR below which kidney function counts as reduced when the laboratory sends no limit (CKD stage 3) [L7]. */
  egfrReduced: { value: 60, unit: 'mL/min/{1.73_m2}', sourceIds: ['L7'], status: 'V' },
  ceruloplasminLow: { value: 20, unit: 'mg/dL', sourceIds: ['X2', 'X3'], status: 'V' },
  hba1cDiabetes: { value: 6.5, unit: '%', sourceIds: ['L6'], status: 'V' },
  glucoseFastingDiabetes: { value: 126 / 18.02, unit: 'mmol/L', sourceIds: ['L6'], status: 'V' },
  egfrKidneyFailure: { value: 15, unit: 'mL/min/{1.73_m2}', sourceIds: ['L7'], status: 'V' },
  ckRhabdomyolysis: { value: 1000, unit: 'U/L', sourceIds: ['TONUS'], status: 'UNVERIFIED' },
  sodiumSevereLow: { value: 125, unit: 'mmol/L', sourceIds: ['TONUS'], status: 'UNVERIFIED' },
  potassiumDangerousHigh: {
    value: 6.5,
    unit: 'mmol/L',
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
  albuminCorrectionPivot: { value: 4.0, unit: 'g/dL', sourceIds: ['L1'], status: 'V' },
} as const satisfies Record<string, { value: number; unit: string } & Provenance>;

export type LabThresholdId = keyof typeof LAB_THRESHOLDS;

/** LOINC codes, unit conversions, fallback ranges and thresholds as catalog entries. */
export function analyteCatalog(): CatalogFact[] {
  const loinc = catalogOf('code.loinc', 'code', LOINC_CODES, (l, code) => ({
    system: CODE_SYSTEMS.loinc.url,
    code,
    display: l.component,
    analyte: l.analyte,
  }));
  const units = Object.entries(ANALYTE_DEFS).flatMap(([analyte, a]): CatalogFact[] => [
    ...Object.entries(a.units).map(([unit, u]): CatalogFact => ({
      id: `unit.${analyte}.${unit}`,
      kind: 'analyte',
      ...u.provenance,
      detail: {
        ucum: unit,
        toCanonical: u.factor,
        ...(u.offset === undefined ? {} : { offset: u.offset }),
        canonical: a.canonicalUnit,
      },
    })),
    ...(a.reference === undefined
      ? []
      : [
          {
            id: `range.${analyte}`,
            kind: 'analyte' as const,
            sourceIds: a.reference.sourceIds,
            status: a.reference.status,
            detail: {
              unit: a.canonicalUnit,
              ...(a.reference.low === undefined ? {} : { low: a.reference.low }),
              ...(a.reference.high === undefined ? {} : { high: a.reference.high }),
            },
          },
        ]),
  ]);
  const thresholds = catalogOf('threshold', 'analyte', LAB_THRESHOLDS, (t) => ({
    value: t.value,
    unit: t.unit,
  }));
  return [...loinc, ...units, ...thresholds];
}
