import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { butter, sosfiltfilt } from './dsp/index.js';
import { EcgCanceller } from './ecg-cancel.js';
import { maskedMovingRms } from './ecg.js';
import { flexionRelaxation, FrrTracker } from './frr.js';
import type { Phase } from './phases.js';
import { Random } from './random.js';
import { Scratch } from './scratch.js';
import { MaskedRmsStream } from './spasms.js';
import { synthesize } from './synth.js';
import { TraceTracker } from './trace.js';

function noise(n: number, seed: number): Float64Array {
  const rng = new Random(seed);
  return Float64Array.from({ length: n }, () => rng.gaussian());
}

describe('the streaming spasm RMS', () => {
  test('equals the masked moving RMS over the whole signal, however the stream is cut', () => {
    const x = noise(5000, 1);
    const mask = Uint8Array.from({ length: x.length }, (_, i) => (i % 700 < 90 ? 1 : 0));
    // a stretch masked for longer than a window: it repeats the last value
    mask.fill(1, 3000, 3400);
    const whole = maskedMovingRms(x, mask, 251);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 20 }),
        (cuts) => {
          const s = new MaskedRmsStream(251);
          const out: number[] = [];
          let at = 0;
          for (const c of cuts) {
            out.push(...s.push(x.subarray(at, at + c), mask.subarray(at, at + c)));
            at = Math.min(x.length, at + c);
          }
          out.push(...s.push(x.subarray(at), mask.subarray(at)), ...s.finish());
          expect(out).toHaveLength(x.length);
          out.forEach((v, i) => {
            expect(v).toBeCloseTo(whole[i] ?? NaN, 9);
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('flexion–relaxation on a stream', () => {
  test('gives the ratios of the whole phases, however the stream is cut', () => {
    const fs = 500;
    const x = noise(40 * fs, 2).map((v, i) => v * (1 + ((i / fs) % 8 < 4 ? 3 : 0)));
    const phases: Phase[] = [
      { phase: 'standing', onsetS: 0.5, offsetS: 2 },
      { phase: 'flexion', onsetS: 2, offsetS: 6 },
      { phase: 'full_flexion', onsetS: 6, offsetS: 9.3 },
      { phase: 'extension', onsetS: 9.3, offsetS: 12 },
      { phase: 'flexion', onsetS: 20, offsetS: 24.1 },
      { phase: 'full_flexion', onsetS: 24.1, offsetS: 24.3 },
      { phase: 'rest', onsetS: 30, offsetS: 35 },
    ];
    const batch = flexionRelaxation(
      phases.map((phase) => ({
        phase,
        samples: x.subarray(Math.round(phase.onsetS * fs), Math.round(phase.offsetS * fs)),
      })),
      fs,
    );
    for (const block of [1, 333, 4096, x.length]) {
      const t = new FrrTracker(phases, fs);
      for (let i = 0; i < x.length; i += block) {
        t.push(i, x.subarray(i, i + block));
      }
      const r = t.result();
      expect(r?.cycles).toBe(2);
      expect(r?.frr).toBeCloseTo(batch?.frr ?? NaN, 9);
      expect(r?.err).toBeCloseTo(batch?.err ?? NaN, 9);
      expect(r?.fer).toBeCloseTo(batch?.fer ?? NaN, 9);
    }
    expect(new FrrTracker([{ phase: 'rest', onsetS: 0, offsetS: 1 }], fs).result()).toBeNull();
  });
});

describe('the plot trace', () => {
  test('keeps each column’s extremes, whatever the window’s length, in the columns asked for', () => {
    const fs = 1000;
    const t = new TraceTracker(fs, 1, 3601, 100);
    const x = Float64Array.from({ length: 3600 * fs + 2000 }, (_, i) => Math.sin(i / 10));
    x[1_800_500] = 50;
    for (let i = 0; i < x.length; i += 65536) {
      t.signal(i, x.subarray(i, i + 65536));
    }
    const r = t.result(NaN);
    expect(r.signalMax).toHaveLength(100);
    expect(r.signalMax[49]).toBeCloseTo(50, 5);
    expect(Math.max(...Array.from(r.signalMax).filter((_, i) => i !== 49))).toBeLessThanOrEqual(1);
    expect(Math.min(...r.signalMin)).toBeGreaterThanOrEqual(-1);
    expect(r.t0S).toBe(1);
    expect(r.durationS).toBe(3600);
  });
});

describe('ECG template subtraction', () => {
  test('removes each heartbeat to the noise floor, counts every beat and blanks each for the spasm RMS', () => {
    const fs = 2000;
    const { signals, truth } = synthesize({
      seed: 12,
      fs,
      durationS: 60,
      channels: 1,
      noiseRmsUv: 4,
      ecg: { bpm: 75, amplitudeUv: 250 },
    });
    const x = sosfiltfilt(
      butter({ order: 2, cutoffHz: [20, 450], type: 'bandpass', fs }),
      signals[0] ?? new Float64Array(0),
    );
    const c = new EcgCanceller(fs, new Scratch());
    const clean = new Float64Array(x.length);
    let masked = 0;
    const sink = (start: number, y: Float64Array, mask: Uint8Array): void => {
      clean.set(y, start);
      masked += mask.reduce((s, v) => s + v, 0);
    };
    for (let i = 0; i < x.length; i += 3001) {
      c.push(x.subarray(i, i + 3001), sink);
    }
    c.finish(sink);
    expect(c.beats).toBe(truth.ecgBeatsS.length);
    expect(60 / (c.medianRrS() ?? NaN)).toBeCloseTo(75, -1);
    // the blanking mask covers each beat: 180 ms a beat
    expect(masked / fs).toBeCloseTo(truth.ecgBeatsS.length * 0.181, 0);
    const rms = (y: Float64Array, at: number): number => {
      let s = 0;
      for (let i = at - 100; i < at + 100; i++) {
        s += (y[i] ?? 0) ** 2;
      }
      return Math.sqrt(s / 200);
    };
    // around each beat after the first chunk (whose template starts from one estimate)
    for (const b of truth.ecgBeatsS.filter((t) => t > 11 && t < 59)) {
      const at = Math.round(b * fs);
      expect(rms(x, at)).toBeGreaterThan(30);
      expect(rms(clean, at)).toBeLessThan(6);
    }
  });
});
