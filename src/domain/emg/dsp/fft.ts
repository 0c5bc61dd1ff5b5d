/**
 * @module Real FFT of any length: fft.js (radix-4, power-of-two only) directly, other lengths through
 * Bluestein's chirp-z transform on fft.js. A plan owns its work buffers, so whoever transforms often
 * (a Welch workspace) keeps one, and nothing is shared between callers.
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

/** Writes the non-negative-frequency half of the DFT of its input (length n) into `re`/`im` (⌊n/2⌋+1 each). */
export type RealFft = (input: Float64Array, re: Float64Array, im: Float64Array) => void;

interface Plan {
  readonly n: number;
  readonly run: RealFft;
}

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

/** A real FFT of length `n` with its own tables and work buffers. */
export function createRealFft(n: number): RealFft {
  return (isPowerOfTwo(n) ? powerOfTwoPlan(n) : bluesteinPlan(n)).run;
}

/**
 * Writes the non-negative-frequency half of the DFT of `input` (length n) into `re`/`im` (length ⌊n/2⌋+1).
 * Plans a transform for this call; repeated transforms keep one from `createRealFft`.
 */
export function rfft(input: Float64Array, re: Float64Array, im: Float64Array): void {
  createRealFft(input.length)(input, re, im);
}
