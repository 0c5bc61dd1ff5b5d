import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BaselineSampler, estimateBaseline } from './baseline.js';
import { CalibratedDetector } from './detectors.js';
import { Random } from './random.js';

const fs = 1000;

/** Rest noise around 5 µV with a 60 µV burst of 0.4 s every 3 s. */
function envelope(seconds: number, seed: number): Float64Array {
  const rng = new Random(seed);
  return Float64Array.from({ length: seconds * fs }, (_, i) => {
    const t = i / fs;
    const burst = t % 3 >= 1 && t % 3 < 1.4 ? 60 : 0;
    return Math.abs(5 + rng.gaussian()) + burst;
  });
}

describe('rest baseline of an envelope', () => {
  test('bursts in a third of the windows do not move it: the median and SD of the rest remain', () => {
    const b = estimateBaseline(envelope(60, 1), fs, 1, 0.5);
    expect(b.mean).toBeGreaterThan(4.5);
    expect(b.mean).toBeLessThan(5.5);
    expect(b.sd).toBeGreaterThan(0.7);
    expect(b.sd).toBeLessThan(1.3);
  });

  test('fed in any pieces, the sampler gives the estimate of the whole trace', () => {
    const env = envelope(20, 2);
    const whole = estimateBaseline(env, fs, 1, 0.5);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 30 }),
        (cuts) => {
          const s = new BaselineSampler(fs, 1, 2);
          let at = 0;
          for (const c of cuts) {
            s.push(env.subarray(at, at + c));
            at += c;
          }
          s.push(env.subarray(at));
          expect(s.estimate(0.5)).toEqual(whole);
        },
      ),
      { numRuns: 30 },
    );
  });

  test('a trace shorter than one window still has a baseline', () => {
    const b = estimateBaseline(envelope(1, 3).subarray(0, 300), fs);
    expect(Number.isFinite(b.mean)).toBe(true);
  });
});

describe('self-calibrating burst detection on a stream', () => {
  const options = { fs, thresholdSd: 3, minOnS: 0.05, minOffS: 0.05, minBurstS: 0.05 };

  test('the bursts do not depend on how the stream is cut into blocks, across horizon boundaries', () => {
    const env = envelope(50, 4);
    const run = (block: number) => {
      const d = new CalibratedDetector(options, 15, 0.5);
      const out = [];
      for (let i = 0; i < env.length; i += block) {
        out.push(...d.push(env.subarray(i, i + block)));
      }
      return [...out, ...d.finish()];
    };
    const reference = run(env.length);
    // one burst every 3 s from t = 1 s
    expect(reference.length).toBe(17);
    for (const block of [1, 997, 15000, 15001]) {
      expect(run(block)).toEqual(reference);
    }
  });

  test('a stream shorter than the first horizon is still analysed at the end', () => {
    const d = new CalibratedDetector(options, 60, 0.5);
    const env = envelope(10, 5);
    const bursts = [...d.push(env), ...d.finish()];
    expect(bursts.length).toBe(3);
    expect(d.baseline?.mean).toBeGreaterThan(4);
  });
});
