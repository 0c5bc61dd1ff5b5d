/** @module The viewer's window: every column's extremes and envelope as a direct computation over all samples gives. */
import { describe, expect, test } from 'vitest';
import { Random } from './random.js';
import { TraceWindow } from './trace-window.js';

/** Direct: the RMS about the mean over the centred window, cut at the segment's ends. */
function envelopeOf(x: readonly number[], w: number): number[] {
  const half = Math.floor(w / 2);
  return x.map((_, j) => {
    const part = x.slice(Math.max(0, j - half), Math.min(x.length, j - half + w));
    const mean = part.reduce((s, v) => s + v, 0) / part.length;
    return Math.sqrt(Math.max(0, part.reduce((s, v) => s + (v - mean) ** 2, 0) / part.length));
  });
}

/** Direct extremes per column of samples at times `t`. */
function columns(t: number[], v: number[], from: number, to: number, n: number) {
  const min = new Array<number>(n).fill(NaN);
  const max = new Array<number>(n).fill(NaN);
  const col = (to - from) / n;
  t.forEach((ti, i) => {
    if (ti < from || ti >= to) {
      return;
    }
    const c = Math.min(n - 1, Math.floor((ti - from) / col));
    const x = v[i] ?? 0;
    min[c] = Number.isNaN(min[c] ?? NaN) ? x : Math.min(min[c] ?? x, x);
    max[c] = Number.isNaN(max[c] ?? NaN) ? x : Math.max(max[c] ?? x, x);
  });
  return { min, max };
}

function signal(n: number, seed: number): number[] {
  const r = new Random(seed);
  // noise on a DC offset, with one spike of a single sample
  const x = Array.from({ length: n }, () => 40 + 5 * r.gaussian());
  x[Math.floor(n * 0.37)] = 900;
  return x;
}

function feed(
  tw: TraceWindow,
  x: readonly number[],
  fs: number,
  t0: number,
  blocks: number[],
): void {
  let at = 0;
  let b = 0;
  while (at < x.length) {
    const size = blocks[b++ % blocks.length] ?? 100;
    tw.push(t0 + at / fs, Float64Array.from(x.slice(at, at + size)));
    at += size;
  }
}

describe('the window a viewer asks of a recording', () => {
  test('each column holds the extremes of its samples, so a one-sample spike survives a 100-fold reduction', () => {
    const fs = 1000;
    const x = signal(20_000, 7);
    const tw = new TraceWindow(fs, 2, 17, 150, 0.1);
    feed(tw, x, fs, 0, [2000, 333, 1, 4096]);
    const got = tw.result();
    const want = columns(
      x.map((_, i) => i / fs),
      x,
      2,
      17,
      150,
    );
    expect(Array.from(got.min)).toEqual(want.min);
    expect(Array.from(got.max)).toEqual(want.max);
    expect(Math.max(...got.max)).toBe(900);
    expect(got.samples).toBe(15_000);
  });

  test('the envelope is the centred moving RMS about the local mean, whatever the block sizes', () => {
    const fs = 500;
    const x = signal(6000, 11);
    const env = envelopeOf(x, 50);
    const t = x.map((_, i) => i / fs);
    const want = { min: columns(t, env, 1, 11, 80).min, max: columns(t, env, 1, 11, 80).max };
    for (const blocks of [[6000], [1], [7, 1000, 3]]) {
      const tw = new TraceWindow(fs, 1, 11, 80, 0.1);
      feed(tw, x, fs, 0, blocks);
      const got = tw.result();
      got.envelopeMax.forEach((v, i) => {
        expect(v).toBeCloseTo(want.max[i] ?? NaN, 9);
      });
      got.envelopeMin.forEach((v, i) => {
        expect(v).toBeCloseTo(want.min[i] ?? NaN, 9);
      });
    }
  });

  test('a gap (EDF+D) restarts the envelope and leaves its columns empty', () => {
    const fs = 200;
    const a = signal(400, 3);
    const b = signal(400, 4);
    const tw = new TraceWindow(fs, 0, 10, 10, 0.1);
    tw.push(0, Float64Array.from(a));
    tw.push(6, Float64Array.from(b));
    const got = tw.result();
    // 0–2 s and 6–8 s hold samples; 2–6 s and 8–10 s none
    expect(Array.from(got.max).map((v) => !Number.isNaN(v))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
    const envA = envelopeOf(a, 20);
    const envB = envelopeOf(b, 20);
    expect(got.envelopeMax[1]).toBeCloseTo(Math.max(...envA.slice(200)), 9);
    expect(got.envelopeMax[6]).toBeCloseTo(Math.max(...envB.slice(0, 200)), 9);
  });

  test('never more columns than samples, and reading starts half an RMS window early', () => {
    const tw = new TraceWindow(100, 5, 6, 1000, 0.1);
    expect(tw.result().min).toHaveLength(100);
    expect(tw.readFromS).toBeCloseTo(5 - 0.06, 9);
    expect(new TraceWindow(100, 0, 6, 10, 0.1).readFromS).toBe(0);
  });
});
