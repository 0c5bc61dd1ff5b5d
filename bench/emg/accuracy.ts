/**
 * @module `npm run bench:emg:accuracy`: the figures behind the EMG acceptance bounds, measured on the
 * same synthetic scenarios the tests use (src/domain/emg/testing), so the note can quote numbers and
 * not only "passed".
 */
import type { SynthSpec } from '../../src/domain/emg/index.js';
import {
  analyseSynthetic,
  HELD_OUT_SEEDS,
  SCENARIOS,
  scoreBursts,
  scoreSpasms,
  TUNING_SEEDS,
  type EvaluationOptions,
} from '../../src/domain/emg/testing/index.js';

const f = (x: number | null | undefined, d = 2): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d);

/** F1 over a set of seeds: mean and worst, and the median onset errors' range. */
function overSeeds(
  spec: (seed: number) => SynthSpec,
  seeds: readonly number[],
  options: EvaluationOptions,
): string {
  const scores = seeds.map((seed) => {
    const { results, truth } = analyseSynthetic(spec(seed), options);
    return scoreBursts(results, truth);
  });
  const f1 = scores.map((s) => s.f1);
  const med = scores.map((s) => s.medianMs).filter(Number.isFinite);
  return `${f(f1.reduce((a, b) => a + b, 0) / f1.length, 3)}/${f(Math.min(...f1), 3)} (median ${f(Math.min(...med), 1)}…${f(Math.max(...med), 1)} ms)`;
}

/** The scenario's own seed in full, then mean/worst F1 over the tuning seeds and over the held-out seeds. */
function onsets(
  label: string,
  spec: (seed?: number) => SynthSpec,
  options: EvaluationOptions = {},
): void {
  const { results, truth } = analyseSynthetic(spec(), options);
  const s = scoreBursts(results, truth);
  console.log(
    `${label.padEnd(46)} F1 ${f(s.f1, 3)}  median ${f(s.medianMs, 1)} ms  mean ${f(s.meanMs, 1)} ms  SD ${f(s.sdMs, 1)} ms  (${s.matched} matched of ${s.truth} true, ${s.found} found)`,
  );
  console.log(
    `${''.padEnd(46)} F1 mean/worst: tuning seeds ${overSeeds(spec, TUNING_SEEDS, options)}; held-out seeds ${overSeeds(spec, HELD_OUT_SEEDS, options)}`,
  );
}

console.log('EMG accuracy on synthetic ground truth (decision support, not a diagnosis)');
console.log(
  'burst onsets within 50 ms, one-to-one within each channel; errors are detected minus true onset',
);
console.log(
  `first line: the scenario's own seed; second: F1 mean/worst over tuning seeds ${TUNING_SEEDS.join(', ')} and held-out seeds ${HELD_OUT_SEEDS.join(', ')} (${TUNING_SEEDS.length + HELD_OUT_SEEDS.length} × 60 bursts)\n`,
);
for (const snr of [10, 3, 0]) {
  onsets(`bursts, SNR ${snr} dB, Hodges–Bui`, (seed) => SCENARIOS.bursts(snr, seed));
}
for (const [snr, bpm, uv] of [
  [3, 80, 150],
  [3, 80, 250],
  [3, 100, 150],
  [3, 100, 250],
  [0, 80, 200],
  [0, 100, 250],
] as const) {
  onsets(`SNR ${snr} dB, ECG ${bpm} bpm ${uv} µV, 50 Hz mains`, (seed) =>
    SCENARIOS.burstsWithEcgAndMains(snr, bpm, uv, seed),
  );
}
onsets(
  'SNR 6 dB, ECG 80 bpm 200 µV, mains, --trunk',
  (seed) => SCENARIOS.burstsWithEcgAndMains(6, 80, 200, seed),
  { trunk: true },
);
for (const snr of [10, 3, 0]) {
  onsets(`bursts, SNR ${snr} dB, TKEO option`, (seed) => SCENARIOS.bursts(snr, seed), {
    onsetMethod: 'tkeo',
  });
}
for (const snr of [10, 3, 0]) {
  onsets(`bursts, SNR ${snr} dB, Bonato option`, (seed) => SCENARIOS.bursts(snr, seed), {
    onsetMethod: 'bonato',
  });
}
console.log('');
for (const seed of [SCENARIOS.restWithEcgMainsAndWander.seed, ...TUNING_SEEDS, ...HELD_OUT_SEEDS]) {
  const { results } = analyseSynthetic({ ...SCENARIOS.restWithEcgMainsAndWander, seed });
  console.log(
    `${`rest: ECG 80 bpm, mains, 0.3 Hz 150 µV wander, seed ${seed}`.padEnd(46)} bursts ${results.map((r) => r.bursts.length).join('/')}  spasm episodes ${results.map((r) => r.spasms.length).join('/')}  heart rate ${results.map((r) => f(r.ecg.bpm, 0)).join('/')} bpm (10 min, 2 channels)`,
  );
}
for (const bpm of [55, 90, 150]) {
  const { results } = analyseSynthetic(SCENARIOS.ecgAlone(bpm));
  console.log(
    `${`rest with ECG alone, ${bpm} bpm`.padEnd(46)} bursts ${results.map((r) => r.bursts.length).join('/')}  spasm episodes ${results.map((r) => r.spasms.length).join('/')}  heart rate ${results.map((r) => f(r.ecg.bpm, 0)).join('/')} bpm`,
  );
}
for (const rest of ['none', 'phases'] as const) {
  const { results } = analyseSynthetic(SCENARIOS.burstsInTasks, { rest });
  console.log(
    `${`bursts only in task phases, ${rest === 'none' ? 'no phases given' : 'phases given'}`.padEnd(46)} spasms at rest ${results.map((r) => r.spasms.count((e) => e.context === 'rest')).join('/')}  candidates ${results.map((r) => r.spasms.count((e) => e.context === 'unknown')).join('/')}  set aside in tasks ${results.map((r) => r.spasmsInTask).join('/')}`,
  );
}
{
  const { results, truth } = analyseSynthetic(SCENARIOS.spasmsWithMainsAndEcg);
  const s = scoreSpasms(results, truth, 0.25);
  console.log(
    `${'spasm episodes, mains + 105 bpm ECG'.padEnd(46)} F1 ${f(s.f1, 3)}  onset error ${f(s.meanMs, 0)} ± ${f(s.sdMs, 0)} ms  (${s.matched} matched of ${s.truth} true, ${s.found} found; notches ${results.map((r) => r.notchesHz.join('+')).join(', ')} Hz)`,
  );
}
console.log('');

const spectral = (label: string, got: number | null, want: number): string =>
  `${label} ${f(got)} Hz (analytic ${f(want)}, error ${f((got ?? NaN) - want)})`;
{
  const { results, truth } = analyseSynthetic(SCENARIOS.steadyContraction);
  const c = truth.contraction;
  results.forEach((r, i) => {
    console.log(
      `${`steady contraction, channel ${i + 1}`.padEnd(46)} ${spectral('MNF', r.spectral.meanMnfHz, c?.mnfHz ?? NaN)}  ${spectral('MDF', r.spectral.meanMdfHz, c?.mdfHz ?? NaN)}  over ${r.spectral.activeEpochs} epochs`,
    );
  });
}
{
  const { results, truth } = analyseSynthetic(SCENARIOS.noiseActivity);
  const r = results[0];
  console.log(
    `${'band-limited noise activity'.padEnd(46)} ${spectral('MNF', r?.spectral.meanMnfHz ?? null, truth.activity.mnfHz)}  ${spectral('MDF', r?.spectral.meanMdfHz ?? null, truth.activity.mdfHz)}  over ${r?.spectral.activeEpochs ?? 0} epochs`,
  );
}
{
  const { results, truth } = analyseSynthetic(SCENARIOS.fatiguingContraction);
  const c = truth.contraction;
  results.forEach((r, i) => {
    const pct = (got: number | undefined, want: number | undefined): string =>
      f(100 * ((got ?? NaN) / (want ?? NaN) - 1), 1);
    console.log(
      `${`fatigue 15 %/min, channel ${i + 1}`.padEnd(46)} MNF slope ${f(r.spectral.mnfSlope?.hzPerS, 3)} Hz/s (analytic ${f(c?.mnfSlopeHzPerS, 3)}, ${pct(r.spectral.mnfSlope?.hzPerS, c?.mnfSlopeHzPerS)} %)  MDF slope ${f(r.spectral.mdfSlope?.hzPerS, 3)} Hz/s (analytic ${f(c?.mdfSlopeHzPerS, 3)}, ${pct(r.spectral.mdfSlope?.hzPerS, c?.mdfSlopeHzPerS)} %)`,
    );
  });
}
