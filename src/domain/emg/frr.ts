/**
 * @module Flexion–relaxation ratios from phases (EDF+ annotations or a phases file): RMS over 0.5 s
 * windows inside each phase, FRR = max during flexion / mean during full flexion, ERR = max during extension / mean during
 * full flexion, FER = max flexion / max extension (Watson 1997; Neblett 2003; Alschuler 2009). Ratios
 * only: no diagnostic cut-off is built in, as protocols differ (Gouteron 2022).
 */
import type { Phase } from './phases.js';

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
  return ratios(
    phases.map((p) => {
      const r = windowRms(p.samples, Math.round(0.5 * fs));
      let max = -Infinity;
      let sum = 0;
      for (const v of r) {
        max = Math.max(max, v);
        sum += v;
      }
      return { name: p.phase.phase, max, mean: r.length === 0 ? NaN : sum / r.length, n: r.length };
    }),
  );
}

interface PhaseStats {
  readonly name: Phase['phase'];
  readonly max: number;
  readonly mean: number;
  readonly n: number;
}

function ratios(stats: readonly PhaseStats[]): FrrResult | null {
  const of = (name: Phase['phase']): PhaseStats[] =>
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

/** One phase's 0.5 s window RMS, accumulated as its samples stream past. */
class PhaseWindows {
  readonly name: Phase['phase'];
  readonly from: number;
  readonly to: number;
  private readonly w: number;
  private ring: Float64Array | null = null;
  private seen = 0;
  private sum = 0;
  private max = -Infinity;
  private rmsSum = 0;
  private rmsCount = 0;

  constructor(phase: Phase, fs: number) {
    this.name = phase.phase;
    this.from = Math.max(0, Math.round(phase.onsetS * fs));
    this.to = Math.round(phase.offsetS * fs);
    this.w = Math.max(1, Math.round(0.5 * fs));
  }

  add(v: number): void {
    // the ring exists only while the phase is under way
    this.ring ??= new Float64Array(this.w);
    const sq = v * v;
    const slot = this.seen % this.w;
    this.sum += sq - (this.seen >= this.w ? (this.ring[slot] ?? 0) : 0);
    this.ring[slot] = sq;
    this.seen += 1;
    if (this.seen >= this.w) {
      const rms = Math.sqrt(Math.max(0, this.sum / this.w));
      this.max = Math.max(this.max, rms);
      this.rmsSum += rms;
      this.rmsCount += 1;
    }
  }

  stats(): PhaseStats {
    this.ring = null;
    if (this.seen > 0 && this.seen < this.w) {
      // a phase shorter than a window is one window
      const rms = Math.sqrt(Math.max(0, this.sum / this.seen));
      return { name: this.name, max: rms, mean: rms, n: 1 };
    }
    return {
      name: this.name,
      max: this.max,
      mean: this.rmsCount === 0 ? NaN : this.rmsSum / this.rmsCount,
      n: this.rmsCount,
    };
  }
}

const FRR_NAMES: readonly Phase['phase'][] = ['standing', 'flexion', 'full_flexion', 'extension'];

/**
 * The ratios on a stream: each flexion–relaxation phase keeps only its window statistics and, while it
 * is under way, half a second of samples, so a day of annotated phases costs no more than an hour.
 */
export class FrrTracker {
  private readonly phases: PhaseWindows[];
  /** Phases not yet started, by start; those under way. */
  private nextPhase = 0;
  private readonly open: PhaseWindows[] = [];
  private readonly done: PhaseStats[] = [];

  constructor(phases: readonly Phase[], fs: number) {
    this.phases = phases
      .filter((p) => FRR_NAMES.includes(p.phase))
      .map((p) => new PhaseWindows(p, fs))
      .filter((p) => p.to > p.from)
      .sort((a, b) => a.from - b.from);
  }

  get empty(): boolean {
    return this.phases.length === 0;
  }

  /** Band-passed samples from absolute index `start`, in order. */
  push(start: number, x: Float64Array): void {
    const end = start + x.length;
    while ((this.phases[this.nextPhase]?.from ?? Infinity) < end) {
      const p = this.phases[this.nextPhase++];
      if (p !== undefined) {
        this.open.push(p);
      }
    }
    for (let k = this.open.length - 1; k >= 0; k--) {
      const p = this.open[k];
      if (p === undefined) {
        continue;
      }
      const a = Math.max(p.from, start);
      const b = Math.min(p.to, end);
      for (let i = a; i < b; i++) {
        p.add(x[i - start] ?? 0);
      }
      if (p.to <= end) {
        this.done.push(p.stats());
        this.open.splice(k, 1);
      }
    }
  }

  result(): FrrResult | null {
    if (this.phases.length === 0) {
      return null;
    }
    for (const p of this.open.splice(0)) {
      this.done.push(p.stats());
    }
    return ratios(this.done.filter((s) => s.n > 0));
  }
}
