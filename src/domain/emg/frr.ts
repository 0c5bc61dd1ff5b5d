/**
 * @module Flexion–relaxation ratios from phases (EDF+ annotations or a phases file): sliding RMS over
 * 0.5 s, FRR = max during flexion / mean during full flexion, ERR = max during extension / mean during
 * full flexion, FER = max flexion / max extension (Watson 1997; Neblett 2003; Alschuler 2009). Ratios
 * only: no diagnostic cut-off is built in, as protocols differ (Gouteron 2022).
 */
import { z } from 'zod';

export const PHASES = ['standing', 'flexion', 'full_flexion', 'extension'] as const;
export const Phase = z.strictObject({
  phase: z.enum(PHASES),
  onsetS: z.number().min(0),
  offsetS: z.number().min(0),
});
export type Phase = z.infer<typeof Phase>;

export interface FrrResult {
  readonly frr: number;
  readonly err: number;
  readonly fer: number;
  /** The RMS statistics behind the ratios, µV. */
  readonly flexionMaxUv: number;
  readonly extensionMaxUv: number;
  readonly fullFlexionMeanUv: number;
  readonly cycles: number;
}

/** Maps an annotation text such as "Flexion", "full flexion", "MVF" or "re-extension" to a phase. */
export function phaseFromText(text: string): Phase['phase'] | null {
  const t = text.toLowerCase().replace(/[-_]/g, ' ').trim();
  if (/full flexion|mvf|maximum (voluntary )?flexion|max flexion/.test(t)) {
    return 'full_flexion';
  }
  if (/extension/.test(t)) {
    return 'extension';
  }
  if (/flexion/.test(t)) {
    return 'flexion';
  }
  if (/stand/.test(t)) {
    return 'standing';
  }
  return null;
}

/**
 * @param rms - Sliding RMS (0.5 s) of the band-passed channel, one value per sample.
 * @param t0S - Time of rms[0] in seconds.
 */
export function flexionRelaxation(
  rms: Float64Array,
  fs: number,
  t0S: number,
  phases: readonly Phase[],
): FrrResult | null {
  const slice = (p: Phase): Float64Array => {
    const a = Math.max(0, Math.round((p.onsetS - t0S) * fs));
    const b = Math.min(rms.length, Math.round((p.offsetS - t0S) * fs));
    return rms.subarray(a, Math.max(a, b));
  };
  const max = (xs: Float64Array): number => xs.reduce((m, v) => Math.max(m, v), -Infinity);
  const mean = (xs: Float64Array): number => xs.reduce((s, v) => s + v, 0) / xs.length;
  const of = (name: Phase['phase']): Float64Array[] =>
    phases
      .filter((p) => p.phase === name)
      .map(slice)
      .filter((s) => s.length > 0);
  const flex = of('flexion');
  const ext = of('extension');
  const full = of('full_flexion');
  if (flex.length === 0 || full.length === 0) {
    return null;
  }
  const flexionMaxUv = flex.reduce((s, x) => s + max(x), 0) / flex.length;
  const fullFlexionMeanUv = full.reduce((s, x) => s + mean(x), 0) / full.length;
  const extensionMaxUv = ext.length === 0 ? NaN : ext.reduce((s, x) => s + max(x), 0) / ext.length;
  return {
    frr: flexionMaxUv / fullFlexionMeanUv,
    err: extensionMaxUv / fullFlexionMeanUv,
    fer: flexionMaxUv / extensionMaxUv,
    flexionMaxUv,
    extensionMaxUv,
    fullFlexionMeanUv,
    cycles: Math.min(flex.length, full.length),
  };
}
