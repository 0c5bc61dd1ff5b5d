/**
 * @module Lab bands as data: how one result becomes the value of its lab feature (low, normal, raised…).
 * Each band rests on a named threshold of the knowledge base or on the laboratory's own reference limit,
 * and the first band that holds wins. Calcium (ionized or corrected), glycaemia (HbA1c or fasting
 * glucose) and inflammation (CRP or ESR) combine several results and are derived in `extract.ts`.
 */
import type { NormalizedLab } from '../assessment/index.js';
import {
  catalogOf,
  LAB_THRESHOLDS,
  type Analyte,
  type CatalogFact,
  type LabThresholdId,
  type Provenance,
} from '../kb/index.js';
import type { CategoryValue } from './features.js';

/** A named threshold, or the laboratory's own limit (scaled, or a threshold when the lab sent none). */
export type LabBound =
  | { readonly threshold: LabThresholdId }
  | {
      readonly reference: 'low' | 'high';
      readonly times?: number;
      readonly fallback?: LabThresholdId;
    };

export interface LabBand<V extends string> {
  readonly value: V;
  readonly below?: LabBound;
  readonly atLeast?: LabBound;
  readonly above?: LabBound;
}

export interface LabBanding<V extends string> extends Provenance {
  readonly analyte: Analyte;
  readonly bands: readonly LabBand<V>[];
  readonly otherwise: V;
}

type BandedFeature =
  | 'lab:potassium'
  | 'lab:sodium'
  | 'lab:magnesium'
  | 'lab:cortisol'
  | 'lab:acth'
  | 'lab:ceruloplasmin'
  | 'lab:copper'
  | 'lab:ck'
  | 'lab:egfr'
  | 'lab:creatinine'
  | 'lab:b12'
  | 'lab:tsh'
  | 'lab:alt';

const low: LabBound = { reference: 'low' };
const high: LabBound = { reference: 'high' };

/** Below the laboratory's lower limit is low, above its upper limit high. */
const lowNormalHigh = (analyte: Analyte, p: Provenance): LabBanding<'low' | 'normal' | 'high'> => ({
  analyte,
  bands: [
    { value: 'low', below: low },
    { value: 'high', above: high },
  ],
  otherwise: 'normal',
  ...p,
});

/** Reference intervals are those of the laboratory, else of the reference (§1.4). */
const LAB = { sourceIds: ['L1', 'L2'], status: 'V' } as const satisfies Provenance;

export const LAB_BANDS: { readonly [F in BandedFeature]: LabBanding<CategoryValue<F>> } = {
  'lab:potassium': {
    analyte: 'potassium',
    bands: [
      { value: 'severe_low', below: { threshold: 'potassiumSevereLow' } },
      { value: 'low', below: low },
      { value: 'high', above: high },
    ],
    otherwise: 'normal',
    sourceIds: ['L2'],
    status: 'V',
  },
  'lab:sodium': lowNormalHigh('sodium', LAB),
  'lab:magnesium': lowNormalHigh('magnesium', LAB),
  'lab:cortisol': {
    // < 3 µg/dL strongly suggests adrenal insufficiency; ≥ 18 µg/dL (500 nmol/L) is adequate [X1]
    analyte: 'cortisol',
    bands: [
      { value: 'low', below: { threshold: 'cortisolMorningLow' } },
      { value: 'normal', atLeast: { threshold: 'cortisolAdequate' } },
    ],
    otherwise: 'indeterminate',
    sourceIds: ['X1'],
    status: 'P',
  },
  'lab:acth': {
    // primary adrenal insufficiency: ACTH above twice the upper reference limit [X1]
    analyte: 'acth',
    bands: [{ value: 'high', above: { reference: 'high', times: 2 } }],
    otherwise: 'normal',
    sourceIds: ['X1'],
    status: 'P',
  },
  'lab:ceruloplasmin': {
    analyte: 'ceruloplasmin',
    bands: [{ value: 'low', below: { threshold: 'ceruloplasminLow' } }],
    otherwise: 'normal',
    sourceIds: ['X2', 'X3'],
    status: 'V',
  },
  'lab:copper': lowNormalHigh('copper', LAB),
  'lab:ck': {
    analyte: 'creatine_kinase',
    bands: [
      { value: 'very_high', atLeast: { threshold: 'ckRhabdomyolysis' } },
      { value: 'raised', above: high },
    ],
    otherwise: 'normal',
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
  'lab:egfr': {
    analyte: 'egfr',
    bands: [
      { value: 'failure', below: { threshold: 'egfrKidneyFailure' } },
      { value: 'reduced', below: { reference: 'low', fallback: 'egfrReduced' } },
    ],
    otherwise: 'normal',
    sourceIds: ['L7'],
    status: 'V',
  },
  'lab:creatinine': {
    analyte: 'creatinine',
    bands: [{ value: 'high', above: high }],
    otherwise: 'normal',
    ...LAB,
  },
  'lab:b12': {
    analyte: 'vitamin_b12',
    bands: [{ value: 'low', below: low }],
    otherwise: 'normal',
    ...LAB,
  },
  'lab:tsh': {
    analyte: 'tsh',
    bands: [
      { value: 'abnormal', below: low },
      { value: 'abnormal', above: high },
    ],
    otherwise: 'normal',
    ...LAB,
  },
  'lab:alt': {
    analyte: 'alt',
    bands: [{ value: 'raised', above: high }],
    otherwise: 'normal',
    ...LAB,
  },
};

function limit(lab: NormalizedLab, bound: LabBound): number | undefined {
  if ('threshold' in bound) {
    return LAB_THRESHOLDS[bound.threshold].value;
  }
  const own = bound.reference === 'low' ? lab.low : lab.high;
  if (own !== undefined) {
    return own * (bound.times ?? 1);
  }
  return bound.fallback === undefined ? undefined : LAB_THRESHOLDS[bound.fallback].value;
}

/** The band one result falls in: the first whose bound holds, else `otherwise`. A missing limit never holds. */
export function bandOf<V extends string>(lab: NormalizedLab, banding: LabBanding<V>): V {
  for (const band of banding.bands) {
    const below = band.below === undefined ? undefined : limit(lab, band.below);
    const atLeast = band.atLeast === undefined ? undefined : limit(lab, band.atLeast);
    const above = band.above === undefined ? undefined : limit(lab, band.above);
    if (
      (below !== undefined && lab.value < below) ||
      (atLeast !== undefined && lab.value >= atLeast) ||
      (above !== undefined && lab.value > above)
    ) {
      return band.value;
    }
  }
  return banding.otherwise;
}

export const BANDED_FEATURES = Object.keys(LAB_BANDS) as BandedFeature[];

function boundText(b: LabBound): string {
  if ('threshold' in b) {
    return `threshold.${b.threshold}`;
  }
  const scaled = b.times === undefined ? '' : `×${b.times}`;
  const fallback = b.fallback === undefined ? '' : ` (else threshold.${b.fallback})`;
  return `reference ${b.reference}${scaled}${fallback}`;
}

/** Each lab feature's bands as a catalog entry. */
export function labBandCatalog(): CatalogFact[] {
  return catalogOf('band', 'analyte', LAB_BANDS, (b: LabBanding<string>) => ({
    analyte: b.analyte,
    bands: b.bands
      .map((band) =>
        [
          band.value,
          band.below === undefined ? '' : `< ${boundText(band.below)}`,
          band.atLeast === undefined ? '' : `>= ${boundText(band.atLeast)}`,
          band.above === undefined ? '' : `> ${boundText(band.above)}`,
        ]
          .filter((x) => x !== '')
          .join(' '),
      )
      .join('; '),
    otherwise: b.otherwise,
  }));
}
