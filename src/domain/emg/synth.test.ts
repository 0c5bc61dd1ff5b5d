import { describe, expect, test } from 'vitest';
import { SynthStream, SynthTruth, synthesize, type SynthSpec } from './synth.js';

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

describe('the ground truth', () => {
  test.each([
    ['bursts only', { seed: 1, durationS: 10, channels: 1, bursts: { count: 2 } }],
    ['everything', spec],
    [
      'a fatiguing contraction',
      { seed: 2, durationS: 20, contraction: { onsetS: 2, durationS: 10 } },
    ],
    ['flexion–relaxation', { seed: 3, durationS: 60, flexionRelaxation: { cycles: 2 } }],
    ['rest and task phases', { seed: 4, durationS: 120, tasks: { count: 3 } }],
  ] as [string, SynthSpec][])('has one shape for every file (%s)', (_what, s) => {
    const truth = new SynthStream(s).truth;
    expect(SynthTruth.parse(JSON.parse(JSON.stringify(truth)))).toEqual(truth);
    expect(Object.keys(truth).sort()).toEqual(Object.keys(SynthTruth.shape).sort());
  });

  test('lists every heartbeat: each R peak is where the truth says, and none is elsewhere', () => {
    const fs = 1000;
    const { signals, truth } = synthesize({
      seed: 7,
      fs,
      durationS: 30,
      channels: 1,
      noiseRmsUv: 1,
      ecg: { bpm: 72, amplitudeUv: 200 },
    });
    const x = signals[0] ?? new Float64Array(0);
    expect(truth.ecgBeatsS.length).toBeGreaterThanOrEqual(34);
    expect(truth.ecgBeatsS.length).toBeLessThanOrEqual(37);
    // the largest sample within 20 ms of each listed beat is the R peak: well above the noise
    for (const t of truth.ecgBeatsS) {
      let peak = 0;
      for (let i = Math.round((t - 0.02) * fs); i <= Math.round((t + 0.02) * fs); i++) {
        peak = Math.max(peak, x[i] ?? 0);
      }
      expect(peak).toBeGreaterThan(100);
    }
    // and away from every listed beat, nothing rises like one
    for (let i = 0; i < x.length; i++) {
      const t = i / fs;
      if (truth.ecgBeatsS.every((b) => Math.abs(b - t) > 0.1)) {
        expect(Math.abs(x[i] ?? 0)).toBeLessThan(20);
      }
    }
    expect(truth.channels[0]?.ecgAmplitudeUv).toBeGreaterThan(150);
  });

  test('with rest and task phases, bursts fall inside the tasks, spasms at rest, and the phases tile the recording', () => {
    const { truth } = synthesize({
      seed: 5,
      fs: 1000,
      durationS: 300,
      channels: 2,
      tasks: { count: 5, durationS: [15, 25] },
      bursts: { count: 12, durationS: [0.3, 1.5] },
      spasms: { count: 6, durationS: [0.5, 4] },
    });
    const tasks = truth.phases.filter((p) => p.phase === 'task');
    expect(tasks).toHaveLength(5);
    let t = 0;
    for (const p of truth.phases) {
      expect(p.onsetS).toBeCloseTo(t, 9);
      expect(['rest', 'task']).toContain(p.phase);
      t = p.offsetS;
    }
    expect(t).toBe(300);
    for (const c of truth.channels) {
      expect(c.bursts.length).toBeGreaterThanOrEqual(10);
      expect(c.spasms.length).toBeGreaterThanOrEqual(5);
      for (const b of c.bursts) {
        expect(tasks.some((p) => p.onsetS <= b.onsetS && b.offsetS <= p.offsetS)).toBe(true);
      }
      for (const s of c.spasms) {
        expect(tasks.some((p) => s.onsetS < p.offsetS && p.onsetS < s.offsetS)).toBe(false);
      }
    }
  });
});
