/**
 * @module Real FFT of any length: fft.js (radix-4, power-of-two only) directly, other lengths through
 * Bluestein's chirp-z transform on fft.js. Plans are cached per length.
 */
import FFT from 'fft.js';

/** The part of fft.js we use, typed (its own declarations are `any`). */
interface FftJs {
  createComplexArray(): number[];
  // fft.js only indexes its arguments, so typed arrays work and save a copy
  realTransform(out: ArrayLike<number> & { [i: number]: number }, data: ArrayLike<number>): void;
  transform(out: number[], data: number[]): void;
  inverseTransform(out: number[], data: number[]): void;
}

const makeFft = (n: number): FftJs => new FFT(n);

interface Plan {
  readonly n: number;
  readonly run: (input: Float64Array, outRe: Float64Array, outIm: Float64Array) => void;
}

const plans = new Map<number, Plan>();

function isPowerOfTwo(n: number): boolean {
  return n >= 2 && (n & (n - 1)) === 0;
}

function powerOfTwoPlan(n: number): Plan {
  const f = makeFft(n);
  const out = new Float64Array(2 * n);
  return {
    n,
    run: (input, outRe, outIm) => {
      f.realTransform(out, input);
      for (let k = 0; k <= n / 2; k++) {
        outRe[k] = out[2 * k] ?? 0;
        outIm[k] = out[2 * k + 1] ?? 0;
      }
    },
  };
}

function bluesteinPlan(n: number): Plan {
  let m = 2;
  while (m < 2 * n - 1) {
    m *= 2;
  }
  const f = makeFft(m);
  // chirp w[k] = exp(-iπk²/n); k² taken modulo 2n keeps the angle accurate for long inputs
  const wRe = new Float64Array(n);
  const wIm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const angle = (Math.PI * ((k * k) % (2 * n))) / n;
    wRe[k] = Math.cos(angle);
    wIm[k] = -Math.sin(angle);
  }
  const b = new Array<number>(2 * m).fill(0);
  for (let k = 0; k < n; k++) {
    b[2 * k] = wRe[k] ?? 0;
    b[2 * k + 1] = -(wIm[k] ?? 0);
    if (k > 0) {
      b[2 * (m - k)] = wRe[k] ?? 0;
      b[2 * (m - k) + 1] = -(wIm[k] ?? 0);
    }
  }
  const bHat = f.createComplexArray();
  f.transform(bHat, b);
  const a = new Array<number>(2 * m).fill(0);
  const aHat = f.createComplexArray();
  const conv = f.createComplexArray();
  return {
    n,
    run: (input, outRe, outIm) => {
      a.fill(0);
      for (let k = 0; k < n; k++) {
        const x = input[k] ?? 0;
        a[2 * k] = x * (wRe[k] ?? 0);
        a[2 * k + 1] = x * (wIm[k] ?? 0);
      }
      f.transform(aHat, a);
      for (let k = 0; k < m; k++) {
        const ar = aHat[2 * k] ?? 0;
        const ai = aHat[2 * k + 1] ?? 0;
        const br = bHat[2 * k] ?? 0;
        const bi = bHat[2 * k + 1] ?? 0;
        a[2 * k] = ar * br - ai * bi;
        a[2 * k + 1] = ar * bi + ai * br;
      }
      f.inverseTransform(conv, a);
      for (let k = 0; k <= Math.floor(n / 2); k++) {
        const cr = conv[2 * k] ?? 0;
        const ci = conv[2 * k + 1] ?? 0;
        outRe[k] = cr * (wRe[k] ?? 0) - ci * (wIm[k] ?? 0);
        outIm[k] = cr * (wIm[k] ?? 0) + ci * (wRe[k] ?? 0);
      }
    },
  };
}

/**
 * Writes the non-negative-frequency half of the DFT of `input` (length n) into `re`/`im` (length ⌊n/2⌋+1).
 */
export function rfft(input: Float64Array, re: Float64Array, im: Float64Array): void {
  const n = input.length;
  let plan = plans.get(n);
  if (plan === undefined) {
    plan = isPowerOfTwo(n) ? powerOfTwoPlan(n) : bluesteinPlan(n);
    plans.set(n, plan);
  }
  plan.run(input, re, im);
}
