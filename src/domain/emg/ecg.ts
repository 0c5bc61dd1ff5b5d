/**
 * @module ECG gating for trunk EMG: finds narrow, large, regularly repeating peaks (QRS complexes) and
 * returns a mask that blanks them, so the heart's rhythm is never mistaken for a spasm (emg.md §2.2).
 */
import { EMG_DEFAULTS } from './defaults.js';
import { movingRms } from './envelope.js';
import { float64, uint8, type Scratch } from './scratch.js';
import { selectInPlace } from './stats.js';

export interface EcgResult {
  /** Sample indices of the accepted beats, relative to the input. */
  readonly beats: readonly number[];
  /** 1 where a sample lies inside a blanked beat. */
  readonly mask: Uint8Array;
}

/**
 * With `work`, the mask lives in its buffers until their next use. With `expectedRrS` (the rhythm
 * known from earlier chunks), a peak whose distance to a neighbouring one matches that RR interval is a
 * beat too: between two bursts the beats on either side are hidden, and the pair alone cannot show a rhythm.
 */
export function detectEcg(
  x: Float64Array,
  fs: number,
  opts = EMG_DEFAULTS.ecg,
  work?: Scratch,
  expectedRrS: number | null = null,
): EcgResult {
  const e = movingRms(x, opts.envelopeS * fs, work);
  // a QRS is judged against its own surroundings, which a spasm raises along with everything else
  const step = Math.round(0.25 * fs);
  const local = localMedians(e, Math.round(0.5 * fs), step);
  const minRr = Math.round(opts.minRrS * fs);
  const maxWidth = opts.maxWidthS * fs;
  const candidates: number[] = [];
  let i = 1;
  while (i < e.length - 1) {
    const v = e[i] ?? 0;
    const around = local[Math.floor(i / step)] ?? 0;
    if (v > opts.localFactor * around && v >= (e[i - 1] ?? 0) && v > (e[i + 1] ?? 0)) {
      // a QRS is narrow: it falls back below half its height quickly on both sides
      const half = v / 2;
      let l = i;
      while (l > 0 && (e[l] ?? 0) > half && i - l <= maxWidth) {
        l -= 1;
      }
      let r = i;
      while (r < e.length - 1 && (e[r] ?? 0) > half && r - i <= maxWidth) {
        r += 1;
      }
      if (r - l <= maxWidth) {
        const prev = candidates[candidates.length - 1];
        if (prev !== undefined && i - prev < minRr) {
          if (v > (e[prev] ?? 0)) {
            candidates[candidates.length - 1] = i;
          }
        } else {
          candidates.push(i);
        }
      }
      i = r + 1;
    } else {
      i += 1;
    }
  }
  const beats = candidates.filter((c, k) => {
    const regular = (
      a: number | undefined,
      b: number | undefined,
      d: number | undefined,
    ): boolean => {
      if (a === undefined || b === undefined || d === undefined) {
        return false;
      }
      const r1 = (b - a) / fs;
      const r2 = (d - b) / fs;
      const inRange = (r: number): boolean => r >= opts.minRrS && r <= opts.maxRrS;
      return inRange(r1) && inRange(r2) && Math.abs(r2 - r1) <= opts.rrTolerance * r1;
    };
    const known = (a: number | undefined, b: number | undefined): boolean =>
      expectedRrS !== null &&
      a !== undefined &&
      b !== undefined &&
      Math.abs((b - a) / fs - expectedRrS) <= opts.rrTolerance * expectedRrS;
    return (
      regular(candidates[k - 1], c, candidates[k + 1]) ||
      regular(candidates[k - 2], candidates[k - 1], c) ||
      regular(c, candidates[k + 1], candidates[k + 2]) ||
      known(candidates[k - 1], c) ||
      known(c, candidates[k + 1])
    );
  });
  const mask = uint8(work, 'ecg.mask', x.length).fill(0);
  const before = Math.round(opts.blankBeforeS * fs);
  const after = Math.round(opts.blankAfterS * fs);
  for (const b of beats) {
    mask.fill(1, Math.max(0, b - before), Math.min(x.length, b + after + 1));
  }
  return { beats, mask };
}

/** Median of `e` within ± `half` samples of the centre of each `step`-long block (a coarse local level). */
function localMedians(e: Float64Array, half: number, step: number): Float64Array {
  const blocks = Math.ceil(e.length / step);
  const out = new Float64Array(blocks);
  const sub = Math.max(1, Math.floor(step / 50));
  const vals = new Float64Array(Math.ceil((2 * half) / sub) + 1);
  for (let k = 0; k < blocks; k++) {
    const c = k * step + Math.floor(step / 2);
    let n = 0;
    for (let i = Math.max(0, c - half); i < Math.min(e.length, c + half); i += sub) {
      vals[n++] = e[i] ?? 0;
    }
    out[k] = n === 0 ? 0 : selectInPlace(vals, n >>> 1, n);
  }
  return out;
}

/**
 * Centred moving RMS over the samples the mask leaves in; a window with no sample left takes its
 * neighbours' value. With `work`, the result lives in its buffers until their next use.
 */
export function maskedMovingRms(
  x: Float64Array,
  mask: Uint8Array,
  window: number,
  work?: Scratch,
): Float64Array {
  const n = x.length;
  const w = Math.max(1, Math.round(window));
  const half = Math.floor(w / 2);
  const sq = float64(work, 'masked.sq', n + 1);
  const cnt = float64(work, 'masked.cnt', n + 1);
  let s = 0;
  let c = 0;
  sq[0] = 0;
  cnt[0] = 0;
  for (let i = 0; i < n; i++) {
    if (mask[i] !== 1) {
      const v = x[i] ?? 0;
      s += v * v;
      c += 1;
    }
    sq[i + 1] = s;
    cnt[i + 1] = c;
  }
  const out = float64(work, 'masked.out', n);
  let last = 0;
  for (let i = 0; i < n; i++) {
    const lo = i > half ? i - half : 0;
    const hi = i - half + w < n ? i - half + w : n;
    const k = (cnt[hi] ?? 0) - (cnt[lo] ?? 0);
    if (k > 0) {
      const m = ((sq[hi] ?? 0) - (sq[lo] ?? 0)) / k;
      last = m > 0 ? Math.sqrt(m) : 0;
    }
    out[i] = last;
  }
  return out;
}
