/**
 * @module Flexion–relaxation ratios from phases (EDF+ annotations or a phases file): RMS over 0.5 s
 * windows inside each phase, FRR = max during flexion / mean during full flexion, ERR = max during extension / mean during
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

/** RMS over every 0.5 s window that lies wholly inside the phase, so neighbouring phases never leak in. */
function windowRms(x: ArrayLike<number>, window: number): Float64Array {
  const w = Math.min(window, x.length);
  if (w < 1) {
    return new Float64Array(0);
  }
  const out = new Float64Array(x.length - w + 1);
  let sum = 0;
  for (let i = 0; i < w; i++) {
    sum += (x[i] ?? 0) ** 2;
  }
  out[0] = Math.sqrt(sum / w);
  for (let i = w; i < x.length; i++) {
    sum += (x[i] ?? 0) ** 2 - (x[i - w] ?? 0) ** 2;
    out[i - w + 1] = Math.sqrt(Math.max(0, sum / w));
  }
  return out;
}

/**
 * @param phases - Each phase with the band-passed samples recorded inside it.
 */
export function flexionRelaxation(
  phases: readonly { readonly phase: Phase; readonly samples: ArrayLike<number> }[],
  fs: number,
): FrrResult | null {
  const stats = phases.map((p) => {
    const r = windowRms(p.samples, Math.round(0.5 * fs));
    let max = -Infinity;
    let sum = 0;
    for (const v of r) {
      max = Math.max(max, v);
      sum += v;
    }
    return { name: p.phase.phase, max, mean: r.length === 0 ? NaN : sum / r.length, n: r.length };
  });
  const of = (name: Phase['phase']): typeof stats =>
    stats.filter((s) => s.name === name && s.n > 0);
  const flex = of('flexion');
  const ext = of('extension');
  const full = of('full_flexion');
  if (flex.length === 0 || full.length === 0) {
    return null;
  }
  const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const flexionMaxUv = avg(flex.map((s) => s.max));
  const fullFlexionMeanUv = avg(full.map((s) => s.mean));
  const extensionMaxUv = ext.length === 0 ? NaN : avg(ext.map((s) => s.max));
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
