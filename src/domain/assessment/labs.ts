/**
 * @module Laboratory results made comparable: LOINC names the analyte, the UCUM unit decides the conversion
 * to one canonical unit, a unit that cannot measure the analyte is rejected, and total calcium is
 * corrected for albumin, with ionized calcium preferred when it exists (reference §1.4).
 */
import {
  ANALYTE_DEFS,
  CALCIUM_REFERENCE,
  LAB_THRESHOLDS,
  LOINC_CODES,
  MG_DL_PER_MMOL_L,
  unitDefOf,
  toCanonical,
  fromCanonical,
  type Analyte,
} from '../kb/index.js';
import { fail, ok, type DomainIssue, type Result } from '../shared/index.js';
import type { LabResult } from './schema.js';

export interface NormalizedLab {
  readonly analyte: Analyte;
  readonly loinc: string;
  /** In the analyte's canonical unit. */
  readonly value: number;
  readonly unit: string;
  /** Reference limits in the canonical unit: the laboratory's own when sent, else the fallback. */
  readonly low?: number;
  readonly high?: number;
  readonly rangeFrom: 'laboratory' | 'fallback' | 'none';
  /** Set when the value was not sent but worked out from another result (an eGFR from the creatinine). */
  readonly estimatedFrom?: 'creatinine';
}

export type CalciumBasis = 'ionized' | 'albumin_corrected' | 'total_uncorrected';

export interface CalciumStatus {
  readonly basis: CalciumBasis;
  /** mmol/L, ionized or (corrected) total according to `basis`. */
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly criticalLow: number;
}

export interface LabPanel {
  readonly byAnalyte: Partial<Readonly<Record<Analyte, NormalizedLab>>>;
  /** Total calcium corrected for albumin, mmol/L, when both are known. */
  readonly correctedCalcium?: number;
  /** The calcium value decisions rest on. */
  readonly calcium?: CalciumStatus;
}

export const EMPTY_PANEL: LabPanel = { byAnalyte: {} };

/**
 * Converts every result to its canonical unit and derives calcium status.
 * @returns Issues naming `labs[i].loinc`, `labs[i].unit` or `labs[i].value` when a result cannot be used.
 */
export function normalizeLabs(labs: readonly LabResult[]): Result<LabPanel> {
  const issues: DomainIssue[] = [];
  const byAnalyte: Partial<Record<Analyte, NormalizedLab>> = {};
  labs.forEach((lab, i) => {
    const r = normalizeLab(lab, i);
    if (r.ok) {
      const earlier = byAnalyte[r.value.analyte];
      byAnalyte[r.value.analyte] =
        earlier === undefined ? r.value : whicheverDecides(earlier, r.value);
    } else {
      issues.push(...r.issues);
    }
  });
  if (issues.length > 0) {
    return fail(issues);
  }
  return ok(derivePanel(byAnalyte));
}

/**
 * How far a result lies outside its reference range, in widths of the range (0 inside it, or with no
 * range to judge by).
 */
export function outsideRange(lab: NormalizedLab): number {
  const { value, low, high } = lab;
  const width =
    low !== undefined && high !== undefined && high > low
      ? high - low
      : Math.abs(low ?? high ?? 1) || 1;
  if (low !== undefined && value < low) {
    return (low - value) / width;
  }
  if (high !== undefined && value > high) {
    return (value - high) / width;
  }
  return 0;
}

/**
 * Of two results of one analyte, the one decisions rest on. Results carry no time, so which is newer is
 * unknown: the one further outside its range is kept, so that a critical value can never be hidden by the
 * order the results were listed in (a red flag always wins, even one a newer result may have corrected:
 * the clinician sees it and judges); when neither is further out, the later one in the list. Albumin
 * matters only through corrected calcium, where a lower albumin raises it and could hide a low calcium
 * (the danger in spasm, reference §1.4): of two albumins, the higher is kept.
 */
function whicheverDecides(earlier: NormalizedLab, later: NormalizedLab): NormalizedLab {
  if (later.analyte === 'albumin') {
    return earlier.value > later.value ? earlier : later;
  }
  return outsideRange(earlier) > outsideRange(later) ? earlier : later;
}

function normalizeLab(lab: LabResult, i: number): Result<NormalizedLab> {
  const code = LOINC_CODES[lab.loinc];
  if (code === undefined) {
    return fail([
      { code: 'input.unknown_loinc', path: ['labs', i, 'loinc'], params: { loinc: lab.loinc } },
    ]);
  }
  const def = ANALYTE_DEFS[code.analyte];
  const unit = unitDefOf(code.analyte, lab.unit);
  if (unit === undefined) {
    return fail([
      {
        code: 'input.unit_not_convertible',
        path: ['labs', i, 'unit'],
        params: {
          unit: lab.unit,
          loinc: lab.loinc,
          analyte: code.analyte,
          allowed: Object.keys(def.units).join(', '),
        },
      },
    ]);
  }
  const value = toCanonical(unit, lab.value);
  const [min, max] = def.plausible;
  if (!Number.isFinite(value) || value < min || value > max) {
    return fail([
      {
        code: 'input.lab_value_implausible',
        path: ['labs', i, 'value'],
        params: {
          value: lab.value,
          unit: lab.unit,
          analyte: code.analyte,
          min: fromCanonical(unit, min),
          max: fromCanonical(unit, max),
        },
      },
    ]);
  }
  const sent = lab.referenceRange;
  if (sent !== undefined && (sent.low !== undefined || sent.high !== undefined)) {
    return ok({
      analyte: code.analyte,
      loinc: lab.loinc,
      value,
      unit: def.canonicalUnit,
      ...(sent.low === undefined ? {} : { low: toCanonical(unit, sent.low) }),
      ...(sent.high === undefined ? {} : { high: toCanonical(unit, sent.high) }),
      rangeFrom: 'laboratory',
    });
  }
  const fallback = def.reference;
  return ok({
    analyte: code.analyte,
    loinc: lab.loinc,
    value,
    unit: def.canonicalUnit,
    ...(fallback?.low === undefined ? {} : { low: fallback.low }),
    ...(fallback?.high === undefined ? {} : { high: fallback.high }),
    rangeFrom: fallback === undefined ? 'none' : 'fallback',
  });
}

/**
 * Payne-type correction: Ca_corr (mg/dL) = Ca + 0.8 × (4.0 − albumin g/dL) (reference §1.4).
 * @param totalMmol - Total calcium, mmol/L.
 * @param albuminGdl - Albumin, g/dL.
 * @returns Corrected total calcium, mmol/L.
 */
export function albuminCorrectedCalcium(totalMmol: number, albuminGdl: number): number {
  const pivot = LAB_THRESHOLDS.albuminCorrectionPivot.value;
  return totalMmol + (0.8 * (pivot - albuminGdl)) / MG_DL_PER_MMOL_L.calcium;
}

function derivePanel(byAnalyte: Partial<Record<Analyte, NormalizedLab>>): LabPanel {
  const total = byAnalyte.calcium_total;
  const albumin = byAnalyte.albumin;
  const ionized = byAnalyte.calcium_ionized;
  const correctedCalcium =
    total !== undefined && albumin !== undefined
      ? albuminCorrectedCalcium(total.value, albumin.value)
      : undefined;
  let calcium: CalciumStatus | undefined;
  if (ionized !== undefined) {
    calcium = {
      basis: 'ionized',
      value: ionized.value,
      low: ionized.low ?? CALCIUM_REFERENCE.ionized.low,
      high: ionized.high ?? CALCIUM_REFERENCE.ionized.high,
      criticalLow: LAB_THRESHOLDS.calciumIonizedCriticalLow.value,
    };
  } else if (total !== undefined) {
    calcium = {
      basis: correctedCalcium === undefined ? 'total_uncorrected' : 'albumin_corrected',
      value: correctedCalcium ?? total.value,
      low: total.low ?? CALCIUM_REFERENCE.total.low,
      high: total.high ?? CALCIUM_REFERENCE.total.high,
      criticalLow: LAB_THRESHOLDS.calciumTotalCriticalLow.value,
    };
  }
  return {
    byAnalyte,
    ...(correctedCalcium === undefined ? {} : { correctedCalcium }),
    ...(calcium === undefined ? {} : { calcium }),
  };
}
