/**
 * @module Evidence references: which piece of evidence made a rule fire or moved a condition, as
 * structured data. Surfaces turn a reference into words by its `kind`; `evidenceCode` gives the stable
 * short form of the case output (FORMAT.md), so nobody has to parse words or codes back.
 */
import type { Vitals } from '../assessment/index.js';
import type { Analyte, ConditionId } from '../kb/index.js';
import type { BooleanFeature, CategoryFeature } from './features.js';

/** A numeric bound a rule tested: `below` is exclusive, `atLeast` inclusive. */
export interface Bounds {
  readonly below?: number;
  readonly atLeast?: number;
}

/**
 * `calcium` is the value decisions rest on (ionized when sent, else total adjusted for albumin when it can
 * be); `calcium_adjusted` is always a total: adjusted for albumin when albumin is known, else as sent.
 */
export type LabMeasure = Analyte | 'calcium' | 'calcium_adjusted';
export type HistoryMeasure = 'durationDays' | 'painNrs';
export type VitalSign = keyof Vitals;

export type EvidenceRef =
  | { readonly kind: 'present'; readonly feature: BooleanFeature }
  | { readonly kind: 'absent'; readonly feature: BooleanFeature }
  | { readonly kind: 'category'; readonly feature: CategoryFeature; readonly value: string }
  | ({ readonly kind: 'lab'; readonly lab: LabMeasure } & Bounds)
  | ({ readonly kind: 'vital'; readonly vital: VitalSign } & Bounds)
  | ({ readonly kind: 'age' } & Bounds)
  | ({ readonly kind: 'history'; readonly history: HistoryMeasure } & Bounds)
  /** The rule rests on the condition that leads the differential. */
  | { readonly kind: 'leading'; readonly condition: ConditionId };

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function bounded(name: string, b: Bounds): string {
  const parts = [
    b.atLeast === undefined ? '' : `>=${round(b.atLeast)}`,
    b.below === undefined ? '' : `<${round(b.below)}`,
  ];
  return `${name}${parts.filter((p) => p !== '').join(',')}`;
}

/** The short code of a reference: `f:trismus`, `no f:trismus`, `onset=sudden`, `lab:potassium<2.5`, `leading=tetanus`. */
export function evidenceCode(ref: EvidenceRef): string {
  switch (ref.kind) {
    case 'present':
      return ref.feature;
    case 'absent':
      return `no ${ref.feature}`;
    case 'category':
      return `${ref.feature}=${ref.value}`;
    case 'lab':
      return bounded(`lab:${ref.lab}`, ref);
    case 'vital':
      return bounded(`vital:${ref.vital}`, ref);
    case 'age':
      return bounded('age', ref);
    case 'history':
      return bounded(ref.history, ref);
    case 'leading':
      return `leading=${ref.condition}`;
  }
}

/** The references without repeats, first occurrence kept. */
export function distinctRefs(refs: readonly EvidenceRef[]): EvidenceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const code = evidenceCode(r);
    if (seen.has(code)) {
      return false;
    }
    seen.add(code);
    return true;
  });
}
