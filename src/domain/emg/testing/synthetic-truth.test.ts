import { describe, expect, test } from 'vitest';
import {
  analyseSynthetic as analyse,
  SCENARIOS,
  scoreBursts,
  scoreChannels,
  scoreSpasms,
  TUNING_SEEDS,
} from './evaluate.js';

const burstsAt = SCENARIOS.bursts;

/** F1 of the burst onsets within 50 ms on each tuning seed. */
const f1OverSeeds = (spec: (seed: number) => Parameters<typeof analyse>[0]): number[] =>
  TUNING_SEEDS.map((seed) => {
    const { results, truth } = analyse(spec(seed));
    const s = scoreBursts(results, truth);
    expect(s.truth).toBeGreaterThanOrEqual(50);
    return s.f1;
  });
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('burst onsets on synthetic ground truth (60 bursts per condition and seed)', () => {
  test('at SNR 10 dB: median onset error within ±5 ms, mean within ±10 ms, SD ≤ 20 ms, F1 ≥ 0.95', () => {
    const { results, truth } = analyse(burstsAt(10));
    const s = scoreBursts(results, truth);
    expect(s.truth).toBeGreaterThanOrEqual(50);
    expect(Math.abs(s.medianMs)).toBeLessThanOrEqual(5);
    expect(Math.abs(s.meanMs)).toBeLessThanOrEqual(10);
    expect(s.sdMs).toBeLessThanOrEqual(20);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });

  test('at SNR 3 dB: F1 ≥ 0.95', () => {
    const { results, truth } = analyse(burstsAt(3));
    const s = scoreBursts(results, truth);
    expect(s.truth).toBeGreaterThanOrEqual(50);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });

  test('at SNR 0 dB: F1 ≥ 0.85 on average over the tuning seeds', () => {
    expect(mean(f1OverSeeds((seed) => burstsAt(0, seed)))).toBeGreaterThanOrEqual(0.85);
  });

  test.each([
    [80, 200],
    [100, 250],
  ])(
    'at SNR 0 dB over heartbeats at %i bpm of %i µV and 50 Hz hum: F1 ≥ 0.85 on average over the tuning seeds',
    (bpm, ecgUv) => {
      const f1 = f1OverSeeds((seed) => SCENARIOS.burstsWithEcgAndMains(0, bpm, ecgUv, seed));
      expect(mean(f1)).toBeGreaterThanOrEqual(0.85);
    },
  );

  test.each([
    [80, 150],
    [80, 250],
    [100, 150],
    [100, 250],
  ])(
    'at SNR 3 dB over heartbeats at %i bpm of %i µV and 50 Hz hum: F1 ≥ 0.95 within 50 ms, onsets not moved by the ECG',
    (bpm, ecgUv) => {
      const { results, truth } = analyse(SCENARIOS.burstsWithEcgAndMains(3, bpm, ecgUv));
      const s = scoreBursts(results, truth);
      expect(s.truth).toBeGreaterThanOrEqual(50);
      expect(s.f1).toBeGreaterThanOrEqual(0.95);
      expect(Math.abs(s.medianMs)).toBeLessThanOrEqual(10);
      for (const r of results) {
        // the heartbeats are removed, not lost: the heart rate is still reported
        expect(r.ecg.bpm).toBeCloseTo(bpm, -1);
        expect(r.notchesHz).toEqual([50, 150]);
      }
    },
  );

  test('the trunk high-pass over heartbeats at 6 dB no longer moves onsets: F1 ≥ 0.9', () => {
    const { results, truth } = analyse(SCENARIOS.burstsWithEcgAndMains(6, 80, 200), {
      trunk: true,
    });
    expect(scoreBursts(results, truth).f1).toBeGreaterThanOrEqual(0.9);
  });

  test("scoring is channel by channel: a detection never takes another channel's true burst", () => {
    const s = scoreChannels(
      [
        { found: [{ onsetS: 10.01 }], truth: [{ onsetS: 20 }] },
        { found: [{ onsetS: 20.02 }], truth: [{ onsetS: 10 }] },
      ],
      0.05,
    );
    expect(s.matched).toBe(0);
    expect(s.f1).toBe(0);
    const same = scoreChannels([{ found: [{ onsetS: 10.01 }], truth: [{ onsetS: 10 }] }], 0.05);
    expect(same.matched).toBe(1);
    expect(same.medianMs).toBeCloseTo(10, 6);
  });

  test('offline zero-phase finds the same bursts as the stream', () => {
    const spec = { ...burstsAt(10), durationS: 90, channels: 1 };
    const streamed = analyse(spec).results[0]?.bursts.toArray() ?? [];
    const offline = analyse(spec, { mode: 'offline' }).results[0]?.bursts.toArray() ?? [];
    expect(streamed.length).toBeGreaterThan(5);
    expect(offline.length).toBe(streamed.length);
    offline.forEach((b, i) => {
      expect(Math.abs(b.onsetS - (streamed[i]?.onsetS ?? NaN))).toBeLessThan(1e-6);
    });
  });

  test('the TKEO option also finds the bursts at SNR 10 dB', () => {
    const { results, truth } = analyse(
      { ...burstsAt(10), durationS: 120, channels: 1 },
      { onsetMethod: 'tkeo' },
    );
    expect(scoreBursts(results, truth).f1).toBeGreaterThanOrEqual(0.95);
  });

  test('the Bonato option holds at 10 dB and falls apart at 3 dB, which is why the analysis warns of it', () => {
    const at = (snrDb: number): number => {
      const { results, truth } = analyse(
        { ...burstsAt(snrDb), durationS: 120, channels: 1 },
        { onsetMethod: 'bonato' },
      );
      return scoreChannels(
        [{ found: results[0]?.bursts.toArray() ?? [], truth: truth.channels[0]?.bursts ?? [] }],
        0.1,
      ).f1;
    };
    expect(at(10)).toBeGreaterThanOrEqual(0.8);
    expect(at(3)).toBeLessThan(0.5);
  });
});

describe('rest', () => {
  test.each([39, ...TUNING_SEEDS.slice(0, 2)])(
    'a rest channel with heartbeats, mains hum and a 0.3 Hz, 150 µV baseline wander has no burst and no spasm (seed %i)',
    (seed) => {
      const { results } = analyse({ ...SCENARIOS.restWithEcgMainsAndWander, seed });
      for (const r of results) {
        expect(r.bursts).toHaveLength(0);
        expect(r.spasms).toHaveLength(0);
        expect(r.ecg.bpm).toBeCloseTo(80, -1);
      }
    },
  );

  test.each([55, 90, 150])(
    'a rest signal with ECG spikes alone at %i bpm reports no episode and no burst',
    (bpm) => {
      const { results } = analyse(SCENARIOS.ecgAlone(bpm));
      for (const r of results) {
        expect(r.spasms).toHaveLength(0);
        expect(r.bursts).toHaveLength(0);
        expect(r.ecg.bpm).toBeCloseTo(bpm, -1);
      }
    },
  );
});

describe('spasm episodes need rest', () => {
  test('bursts only inside task phases: with the phases, no spasm at rest, and every episode is set aside as task activity', () => {
    const { results, truth } = analyse(SCENARIOS.burstsInTasks, { rest: 'phases' });
    expect(truth.channels.every((c) => c.bursts.length >= 25)).toBe(true);
    for (const r of results) {
      expect(r.spasms).toHaveLength(0);
      expect(r.spasmsInTask).toBeGreaterThanOrEqual(20);
      expect(r.bursts.length).toBeGreaterThanOrEqual(25);
    }
  });

  test('the same recording without phases: episodes are only candidates, never spasms at rest', () => {
    const { results } = analyse(SCENARIOS.burstsInTasks);
    for (const r of results) {
      expect(r.spasms.length).toBeGreaterThanOrEqual(20);
      expect(r.spasms.count((e) => e.context === 'rest')).toBe(0);
      expect(r.spasmsInTask).toBe(0);
    }
  });

  test('a recording made at rest: its episodes are spasms at rest', () => {
    const { results } = analyse(
      { seed: 34, durationS: 300, channels: 1, spasms: { count: 12, snrDb: 15 } },
      { rest: 'at_rest' },
    );
    const spasms = results[0]?.spasms ?? [];
    expect(spasms.length).toBeGreaterThan(5);
    expect([...spasms].every((e) => e.context === 'rest')).toBe(true);
  });

  test('episodes of 0.5 s and more are found with F1 ≥ 0.95, with mains hum and a fast ECG present', () => {
    const { results, truth } = analyse(SCENARIOS.spasmsWithMainsAndEcg);
    const s = scoreSpasms(results, truth, 0.25);
    expect(s.truth).toBeGreaterThanOrEqual(50);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
    expect(results.every((r) => r.notchesHz[0] === 50)).toBe(true);
  });

  test('episodes are classed phasic below 5 s and sustained from 5 s', () => {
    const { results } = analyse({
      seed: 34,
      durationS: 300,
      channels: 1,
      spasms: { count: 12, snrDb: 15, durationS: [0.8, 12] },
    });
    const spasms = results[0]?.spasms ?? [];
    expect(spasms.length).toBeGreaterThan(5);
    for (const e of spasms) {
      expect(e.kind).toBe(e.durationS >= 5 ? 'sustained' : 'phasic');
    }
  });
});

describe('spectral features', () => {
  test('a steady contraction: mean and median frequency within 2 Hz of the analytic values', () => {
    const { truth, results } = analyse(SCENARIOS.steadyContraction);
    const c = truth.contraction;
    for (const r of results) {
      expect(r.spectral.activeEpochs).toBeGreaterThanOrEqual(75);
      expect(Math.abs((r.spectral.meanMnfHz ?? NaN) - (c?.mnfHz ?? NaN))).toBeLessThanOrEqual(2);
      expect(Math.abs((r.spectral.meanMdfHz ?? NaN) - (c?.mdfHz ?? NaN))).toBeLessThanOrEqual(2);
    }
  });

  test('over three minutes of band-limited noise activity: mean and median frequency within 2 Hz of the analytic spectrum', () => {
    const { truth, results } = analyse(SCENARIOS.noiseActivity);
    expect(
      Math.abs((results[0]?.spectral.meanMnfHz ?? NaN) - truth.activity.mnfHz),
    ).toBeLessThanOrEqual(2);
    expect(
      Math.abs((results[0]?.spectral.meanMdfHz ?? NaN) - truth.activity.mdfHz),
    ).toBeLessThanOrEqual(2);
  });

  test('a fatiguing contraction: slopes within 10 %, and the fitted start within 2 Hz', () => {
    const { truth, results } = analyse(SCENARIOS.fatiguingContraction);
    const c = truth.contraction;
    if (c === null) {
      throw new Error('no contraction in the truth');
    }
    for (const r of results) {
      const mnf = r.spectral.mnfSlope;
      const mdf = r.spectral.mdfSlope;
      expect(Math.abs((mnf?.hzPerS ?? 0) / c.mnfSlopeHzPerS - 1)).toBeLessThanOrEqual(0.1);
      expect(Math.abs((mdf?.hzPerS ?? 0) / c.mdfSlopeHzPerS - 1)).toBeLessThanOrEqual(0.1);
      // mean over epochs centred on the contraction's midpoint, where the analytic line has its mean value
      const mid = (c.onsetS + c.offsetS) / 2 - c.onsetS;
      expect(
        Math.abs((r.spectral.meanMnfHz ?? NaN) - (c.mnfHz + c.mnfSlopeHzPerS * mid)),
      ).toBeLessThanOrEqual(2);
      expect(
        Math.abs((r.spectral.meanMdfHz ?? NaN) - (c.mdfHz + c.mdfSlopeHzPerS * mid)),
      ).toBeLessThanOrEqual(2);
    }
  });
});
