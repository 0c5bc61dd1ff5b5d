import { describe, expect, test } from 'vitest';
import { SynthStream, type SynthSpec } from './synth.js';

const spec: SynthSpec = {
  seed: 9,
  fs: 1000,
  durationS: 40,
  channels: 2,
  bursts: { count: 8, snrDb: 10, durationS: [0.3, 2], minGapS: 1 },
  spasms: { count: 3, snrDb: 12, durationS: [0.5, 4] },
  ecg: { bpm: 90, amplitudeUv: 150 },
  mains: { hz: 50, amplitudeUv: 10 },
};

function render(block: number, from: SynthSpec = spec): Float64Array[] {
  const s = new SynthStream(from);
  const parts: Float64Array[][] = [];
  for (;;) {
    const b = s.next(block);
    if ((b[0]?.length ?? 0) === 0) {
      break;
    }
    parts.push(b);
  }
  return [0, 1].map((c) => Float64Array.from(parts.flatMap((p) => [...(p[c] ?? [])])));
}

describe('the synthetic recording', () => {
  test('is the same signal however it is read, block by block or at once', () => {
    const whole = render(40 * 1000);
    expect(whole[0]).toHaveLength(40000);
    for (const block of [1, 333, 4096]) {
      expect(render(block)).toEqual(whole);
    }
  });

  test('every true burst reaches the signal: the amplitude rises where the truth says', () => {
    // without heartbeats, which would dominate a rest window
    const { ecg: _ecg, ...quiet } = spec;
    const s = new SynthStream(quiet);
    const [x] = render(777, quiet);
    const signal = x ?? new Float64Array(0);
    const rms = (a: number, b: number): number => {
      let sq = 0;
      for (let i = a; i < b; i++) {
        sq += (signal[i] ?? 0) ** 2;
      }
      return Math.sqrt(sq / (b - a));
    };
    const truth = s.truth.channels[0];
    // a burst that finds no free place among the spasms is left out of signal and truth alike
    expect(truth?.bursts.length).toBeGreaterThanOrEqual(6);
    // the first second holds no event (events keep their minimum gap from the start)
    const rest = rms(0, 1000);
    for (const b of truth?.bursts ?? []) {
      const inside = rms(Math.round(b.onsetS * 1000), Math.round(b.offsetS * 1000));
      expect(inside).toBeGreaterThan(1.3 * rest);
    }
  });
});
