import { describe, expect, test } from 'vitest';
import { analyseSynthetic as analyse, SCENARIOS, scoreEvents as score } from './evaluate.js';

const burstsAt = SCENARIOS.bursts;

describe('burst onsets on synthetic ground truth (60 bursts per condition)', () => {
  test('at SNR 10 dB: mean error within ±10 ms, SD ≤ 20 ms, F1 ≥ 0.95', () => {
    const { results, truth } = analyse(burstsAt(10));
    const s = score(
      results.flatMap((r) => r.bursts.toArray()),
      truth.channels.flatMap((c) => c.bursts),
      0.05,
    );
    expect(s.truth).toBeGreaterThanOrEqual(50);
    expect(Math.abs(s.meanMs)).toBeLessThanOrEqual(10);
    expect(s.sdMs).toBeLessThanOrEqual(20);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });

  test('at SNR 3 dB: F1 ≥ 0.80', () => {
    const { results, truth } = analyse(burstsAt(3));
    const s = score(
      results.flatMap((r) => r.bursts.toArray()),
      truth.channels.flatMap((c) => c.bursts),
      0.05,
    );
    expect(s.truth).toBeGreaterThanOrEqual(50);
    expect(s.f1).toBeGreaterThanOrEqual(0.8);
  });

  test('offline zero-phase finds the same bursts as the stream', () => {
    const spec = { ...burstsAt(10), durationS: 90, channels: 1 };
    const streamed = analyse(spec).results[0]?.bursts.toArray() ?? [];
    const offline = analyse(spec, 'hodges_bui', 'offline').results[0]?.bursts.toArray() ?? [];
    expect(offline.length).toBe(streamed.length);
    offline.forEach((b, i) => {
      expect(Math.abs(b.onsetS - (streamed[i]?.onsetS ?? NaN))).toBeLessThan(1e-6);
    });
  });

  test.each(['tkeo', 'bonato'] as const)(
    'the %s option also finds the bursts at SNR 10 dB',
    (method) => {
      const { results, truth } = analyse({ ...burstsAt(10), durationS: 120, channels: 1 }, method);
      const s = score(results[0]?.bursts.toArray() ?? [], truth.channels[0]?.bursts ?? [], 0.1);
      expect(s.f1).toBeGreaterThanOrEqual(0.8);
    },
  );
});

describe('spasm-at-rest episodes', () => {
  test('episodes of 0.5 s and more are found with F1 ≥ 0.95, with mains hum and a fast ECG present', () => {
    const { results, truth } = analyse(SCENARIOS.spasmsWithMainsAndEcg);
    const s = score(
      results.flatMap((r) => r.spasms.toArray()),
      truth.channels.flatMap((c) => c.spasms),
      0.25,
    );
    expect(s.truth).toBeGreaterThanOrEqual(50);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
    expect(results.every((r) => r.notchHz === 50)).toBe(true);
  });

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
    if (c === undefined) {
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
