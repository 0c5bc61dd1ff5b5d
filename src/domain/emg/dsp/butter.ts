/**
 * @module Butterworth design as second-order sections, following scipy.signal.butter(output='sos') step
 * by step (buttap → frequency transform → bilinear → zpk2sos with "nearest" pairing), so that our
 * coefficients match scipy's to rounding. Golden vectors in bench/emg/golden check it.
 */
import * as C from './complex.js';
import type { Complex } from './complex.js';

/** Second-order sections, 6 numbers each: b0 b1 b2 a0 a1 a2 (a0 = 1). */
export type Sos = Float64Array;

export type BandType = 'lowpass' | 'highpass' | 'bandpass' | 'bandstop';

interface Zpk {
  readonly z: Complex[];
  readonly p: Complex[];
  readonly k: number;
}

function buttap(n: number): Zpk {
  const p: Complex[] = [];
  for (let m = -n + 1; m < n; m += 2) {
    // -exp(i·π·m/(2n)); m = 0 gives an exactly real pole
    p.push(C.scale(C.exp(C.c(0, (Math.PI * m) / (2 * n))), -1));
  }
  return { z: [], p, k: 1 };
}

function lp2lp({ z, p, k }: Zpk, wo: number): Zpk {
  const degree = p.length - z.length;
  return { z: z.map((x) => C.scale(x, wo)), p: p.map((x) => C.scale(x, wo)), k: k * wo ** degree };
}

function lp2hp({ z, p, k }: Zpk, wo: number): Zpk {
  const degree = p.length - z.length;
  const zh = z.map((x) => C.div(C.c(wo), x));
  const ph = p.map((x) => C.div(C.c(wo), x));
  const gain = C.div(C.prod(z.map((x) => C.scale(x, -1))), C.prod(p.map((x) => C.scale(x, -1)))).re;
  return { z: [...zh, ...Array.from({ length: degree }, () => C.c(0))], p: ph, k: k * gain };
}

function lp2bp({ z, p, k }: Zpk, wo: number, bw: number): Zpk {
  const degree = p.length - z.length;
  const shift = (xs: Complex[]): Complex[] => {
    const lp = xs.map((x) => C.scale(x, bw / 2));
    const root = lp.map((x) => C.sqrt(C.sub(C.mul(x, x), C.c(wo ** 2))));
    return [
      ...lp.map((x, i) => C.add(x, root[i] ?? C.c(0))),
      ...lp.map((x, i) => C.sub(x, root[i] ?? C.c(0))),
    ];
  };
  return {
    z: [...shift(z), ...Array.from({ length: degree }, () => C.c(0))],
    p: shift(p),
    k: k * bw ** degree,
  };
}

function lp2bs({ z, p, k }: Zpk, wo: number, bw: number): Zpk {
  const degree = p.length - z.length;
  const shift = (xs: Complex[]): Complex[] => {
    const hp = xs.map((x) => C.div(C.c(bw / 2), x));
    const root = hp.map((x) => C.sqrt(C.sub(C.mul(x, x), C.c(wo ** 2))));
    return [
      ...hp.map((x, i) => C.add(x, root[i] ?? C.c(0))),
      ...hp.map((x, i) => C.sub(x, root[i] ?? C.c(0))),
    ];
  };
  const gain = C.div(C.prod(z.map((x) => C.scale(x, -1))), C.prod(p.map((x) => C.scale(x, -1)))).re;
  return {
    z: [
      ...shift(z),
      ...Array.from({ length: degree }, () => C.c(0, wo)),
      ...Array.from({ length: degree }, () => C.c(0, -wo)),
    ],
    p: shift(p),
    k: k * gain,
  };
}

function bilinear({ z, p, k }: Zpk, fs: number): Zpk {
  const degree = p.length - z.length;
  const fs2 = C.c(2 * fs);
  const zz = z.map((x) => C.div(C.add(fs2, x), C.sub(fs2, x)));
  const pz = p.map((x) => C.div(C.add(fs2, x), C.sub(fs2, x)));
  const gain = C.div(C.prod(z.map((x) => C.sub(fs2, x))), C.prod(p.map((x) => C.sub(fs2, x)))).re;
  return { z: [...zz, ...Array.from({ length: degree }, () => C.c(-1))], p: pz, k: k * gain };
}

/** numpy.lexsort by (|imag|, real): real part first, then |imag|. */
function sortByRealThenAbsImag(zs: Complex[]): Complex[] {
  return [...zs].sort((a, b) => a.re - b.re || Math.abs(a.im) - Math.abs(b.im));
}

/** scipy's _cplxreal: the complex values (one of each conjugate pair) and the real ones. */
function cplxreal(zs: readonly Complex[]): { zc: Complex[]; zr: Complex[] } {
  const tol = 100 * Number.EPSILON;
  const sorted = sortByRealThenAbsImag([...zs]);
  const isRealish = (x: Complex): boolean => Math.abs(x.im) <= tol * C.abs(x);
  const zr = sorted.filter(isRealish).map((x) => C.c(x.re));
  const rest = sorted.filter((x) => !isRealish(x));
  const zp = rest.filter((x) => x.im > 0);
  const zn = rest.filter((x) => x.im < 0);
  if (zp.length !== zn.length) {
    throw new Error('complex value without its conjugate');
  }
  const zc = zp.map((x, i) => {
    const n = zn[i] ?? x;
    return C.scale(C.add(x, C.conj(n)), 0.5);
  });
  return { zc, zr };
}

function argmin(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) {
    if ((xs[i] ?? Infinity) < (xs[best] ?? Infinity)) {
      best = i;
    }
  }
  return best;
}

/** Index of the element of `from` nearest to `to`, restricted to real, complex or any elements. */
function nearest(from: readonly Complex[], to: Complex, which: 'real' | 'complex' | 'any'): number {
  const order = from
    .map((x, i) => ({ i, d: C.abs(C.sub(x, to)) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.i);
  const pick = order.find((i) => {
    const x = from[i];
    if (x === undefined) {
      return false;
    }
    return which === 'any' || (which === 'real') === C.isReal(x);
  });
  if (pick === undefined) {
    throw new Error(`no ${which} element to pair with`);
  }
  return pick;
}

/** b or a coefficients of a section from up to two roots: [1, −(r1 + r2), r1·r2]. */
function poly(roots: readonly Complex[]): [number, number, number] {
  if (roots.length === 0) {
    return [0, 0, 1];
  }
  if (roots.length === 1) {
    return [0, 1, -(roots[0]?.re ?? 0)];
  }
  const [r1, r2] = roots as [Complex, Complex];
  const mid = C.add(C.scale(r2, -1), C.scale(r1, -1));
  const last = C.mul(r1, r2);
  return [1, mid.re, last.re];
}

function section(z: readonly Complex[], p: readonly Complex[]): number[] {
  const b = poly(z);
  const a = poly(p);
  return [...b, ...a];
}

/** scipy's zpk2sos for digital filters with "nearest" pairing: the poles nearest the unit circle go last. */
function zpk2sos({ z: z0, p: p0, k }: Zpk): Sos {
  let p = [...p0, ...Array.from({ length: Math.max(z0.length - p0.length, 0) }, () => C.c(0))];
  let z = [...z0, ...Array.from({ length: Math.max(p0.length - z0.length, 0) }, () => C.c(0))];
  const nSections = Math.floor((Math.max(p.length, z.length) + 1) / 2);
  if (p.length % 2 === 1) {
    p.push(C.c(0));
    z.push(C.c(0));
  }
  const zs = cplxreal(z);
  z = [...zs.zc, ...zs.zr];
  const ps = cplxreal(p);
  p = [...ps.zc, ...ps.zr];
  const worst = (xs: readonly Complex[]): number => argmin(xs.map((x) => Math.abs(1 - C.abs(x))));
  const take = (xs: Complex[], i: number): Complex => xs.splice(i, 1)[0] ?? C.c(0);
  const sos = new Float64Array(nSections * 6);
  for (let si = nSections - 1; si >= 0; si--) {
    const p1 = take(p, worst(p));
    let row: number[];
    const realPoles = p.filter(C.isReal).length;
    if (C.isReal(p1) && realPoles === 0) {
      const z1 = take(z, nearest(z, p1, 'real'));
      row = section([z1, C.c(0)], [p1, C.c(0)]);
    } else if (
      p.length + 1 === z.length &&
      !C.isReal(p1) &&
      realPoles === 1 &&
      z.filter(C.isReal).length === 1
    ) {
      const z1 = take(z, nearest(z, p1, 'complex'));
      row = section([z1, C.conj(z1)], [p1, C.conj(p1)]);
    } else {
      let p2: Complex;
      if (C.isReal(p1)) {
        const realIdx = p.map((x, i) => (C.isReal(x) ? i : -1)).filter((i) => i >= 0);
        const w = worst(realIdx.map((i) => p[i] ?? C.c(0)));
        p2 = take(p, realIdx[w] ?? 0);
      } else {
        p2 = C.conj(p1);
      }
      if (z.length > 0) {
        const z1 = take(z, nearest(z, p1, 'any'));
        if (!C.isReal(z1)) {
          row = section([z1, C.conj(z1)], [p1, p2]);
        } else if (z.length > 0) {
          const z2 = take(z, nearest(z, p1, 'real'));
          row = section([z1, z2], [p1, p2]);
        } else {
          row = section([z1], [p1, p2]);
        }
      } else {
        row = section([], [p1, p2]);
      }
    }
    sos.set(row, si * 6);
  }
  for (let i = 0; i < 3; i++) {
    sos[i] = (sos[i] ?? 0) * k;
  }
  return sos;
}

export interface ButterOptions {
  readonly order: number;
  /** Cut-off in Hz; two values for band filters. */
  readonly cutoffHz: number | readonly [number, number];
  readonly type: BandType;
  readonly fs: number;
}

/**
 * Designs a digital Butterworth filter.
 * @returns Second-order sections, as `scipy.signal.butter(order, cutoff, type, fs=fs, output='sos')`.
 */
export function butter({ order, cutoffHz, type, fs }: ButterOptions): Sos {
  if (!Number.isInteger(order) || order < 1) {
    throw new RangeError(`filter order must be a positive integer, got ${order}`);
  }
  const wn = (typeof cutoffHz === 'number' ? [cutoffHz] : [...cutoffHz]).map((f) => f / (fs / 2));
  if (wn.some((w) => !(w > 0 && w < 1))) {
    throw new RangeError(`cut-off frequencies must lie strictly between 0 and fs/2 = ${fs / 2} Hz`);
  }
  const warped = wn.map((w) => 2 * 2 * Math.tan((Math.PI * w) / 2));
  const proto = buttap(order);
  let analog: Zpk;
  if (type === 'lowpass' || type === 'highpass') {
    if (warped.length !== 1) {
      throw new RangeError('a low- or high-pass filter takes one cut-off');
    }
    analog = type === 'lowpass' ? lp2lp(proto, warped[0] ?? 0) : lp2hp(proto, warped[0] ?? 0);
  } else {
    const [lo, hi] = warped;
    if (lo === undefined || hi === undefined || !(lo < hi)) {
      throw new RangeError('a band filter takes two increasing cut-offs');
    }
    const bw = hi - lo;
    const wo = Math.sqrt(lo * hi);
    analog = type === 'bandpass' ? lp2bp(proto, wo, bw) : lp2bs(proto, wo, bw);
  }
  return zpk2sos(bilinear(analog, 2));
}

/** Number of sections in an SOS array. */
export function sections(sos: Sos): number {
  return sos.length / 6;
}

/** The coefficients [b0, b1, b2, a0, a1, a2] of section `s`. */
export function sectionCoefficients(
  sos: Sos,
  s: number,
): readonly [number, number, number, number, number, number] {
  const o = s * 6;
  return [
    sos[o] ?? 0,
    sos[o + 1] ?? 0,
    sos[o + 2] ?? 0,
    sos[o + 3] ?? 0,
    sos[o + 4] ?? 0,
    sos[o + 5] ?? 0,
  ];
}
