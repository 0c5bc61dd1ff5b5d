import { describe, expect, test } from 'vitest';
import { AmplitudeTracker } from './amplitude.js';

const fs = 2000;
const sine = (seconds: number, amplitude: number): Float64Array =>
  Float64Array.from(
    { length: seconds * fs },
    (_, i) => amplitude * Math.sin((2 * Math.PI * 100 * i) / fs),
  );

describe('amplitude by the 100 ms RMS and the 6 Hz linear envelope', () => {
  test.each(['offline', 'streaming', 'causal'] as const)(
    'a steady 10 µV sine (%s): RMS 10/√2 and a linear envelope at the mean rectified value',
    (mode) => {
      const a = new AmplitudeTracker(fs, mode);
      const x = sine(100, 10);
      for (let i = 0; i < x.length; i += 3001) {
        a.push(x.subarray(i, i + 3001));
      }
      const s = a.finish();
      // 20/π for a continuous sine; 20 samples per period give the sampled value, cot(π/20)
      const rectifiedMean = x.reduce((t, v) => t + Math.abs(v), 0) / x.length;
      expect(rectifiedMean).toBeCloseTo(1 / Math.tan(Math.PI / 20), 6);
      expect(s.rms100msMeanUv).toBeCloseTo(10 / Math.SQRT2, 3);
      expect(s.rms100msPeakUv).toBeCloseTo(10 / Math.SQRT2, 3);
      // the filter's start (from rest, or scipy's odd padding of a rectified signal) pulls the mean
      // down over its first few hundred ms: within 0.5 % over 100 s
      expect(Math.abs((s.linearEnvelopeMeanUv ?? 0) / rectifiedMean - 1)).toBeLessThan(0.005);
      expect(s.linearEnvelopePeakUv ?? 0).toBeGreaterThan(rectifiedMean);
      // the ripple is gone at 6 Hz; what remains above the mean is the step response overshoot at the start (~5 %)
      expect(s.linearEnvelopePeakUv ?? 0).toBeLessThan(1.1 * rectifiedMean);
    },
  );

  test('a louder second half raises the peak to its level and the mean to between the two', () => {
    const a = new AmplitudeTracker(fs, 'streaming');
    a.push(sine(10, 5));
    a.push(sine(10, 20));
    const s = a.finish();
    expect(s.rms100msPeakUv).toBeCloseTo(20 / Math.SQRT2, 1);
    expect(s.rms100msMeanUv ?? 0).toBeGreaterThan(5 / Math.SQRT2);
    expect(s.rms100msMeanUv ?? 0).toBeLessThan(20 / Math.SQRT2);
  });

  test('with fewer samples than one RMS window there is no RMS to report', () => {
    const a = new AmplitudeTracker(fs, 'streaming');
    a.push(sine(1, 5).subarray(0, 100));
    expect(a.finish().rms100msMeanUv).toBeNull();
  });
});
