/** @module The few complex-number operations the filter design needs, in the operation order numpy uses. */

export interface Complex {
  readonly re: number;
  readonly im: number;
}

export const c = (re: number, im = 0): Complex => ({ re, im });
export const add = (a: Complex, b: Complex): Complex => c(a.re + b.re, a.im + b.im);
export const sub = (a: Complex, b: Complex): Complex => c(a.re - b.re, a.im - b.im);
export const mul = (a: Complex, b: Complex): Complex =>
  c(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
export const scale = (a: Complex, k: number): Complex => c(a.re * k, a.im * k);
export const conj = (a: Complex): Complex => c(a.re, -a.im);
export const abs = (a: Complex): number => Math.hypot(a.re, a.im);

/** Smith's algorithm, as C99 complex division does it. */
export function div(a: Complex, b: Complex): Complex {
  if (Math.abs(b.re) >= Math.abs(b.im)) {
    const r = b.im / b.re;
    const d = b.re + b.im * r;
    return c((a.re + a.im * r) / d, (a.im - a.re * r) / d);
  }
  const r = b.re / b.im;
  const d = b.re * r + b.im;
  return c((a.re * r + a.im) / d, (a.im * r - a.re) / d);
}

/** Principal square root (the csqrt algorithm numpy uses). */
export function sqrt(z: Complex): Complex {
  const { re: x, im: y } = z;
  if (x === 0 && y === 0) {
    return c(0, y);
  }
  const h = Math.hypot(x, y);
  if (x >= 0) {
    const t = Math.sqrt((x + h) * 0.5);
    return c(t, y / (2 * t));
  }
  const t = Math.sqrt((-x + h) * 0.5);
  return c(Math.abs(y) / (2 * t), y < 0 || Object.is(y, -0) ? -t : t);
}

export function exp(z: Complex): Complex {
  const m = Math.exp(z.re);
  return c(m * Math.cos(z.im), m * Math.sin(z.im));
}

export function prod(zs: readonly Complex[]): Complex {
  return zs.reduce<Complex>((acc, z) => mul(acc, z), c(1));
}

export const isReal = (z: Complex): boolean => z.im === 0;
