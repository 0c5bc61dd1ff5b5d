/**
 * @module `npm run bench:emg:accuracy`: the figures behind the EMG acceptance bounds, measured on the
 * same synthetic scenarios the tests use (src/domain/emg/evaluate.ts), so the note can quote numbers
 * and not only "passed".
 */
import { analyseSynthetic, SCENARIOS, scoreEvents } from '../../src/domain/emg/evaluate.js';

const f = (x: number | null | undefined, d = 2): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d);

function onsets(label: string, snrDb: number, method: 'hodges_bui' | 'tkeo' | 'bonato'): void {
  const { results, truth } = analyseSynthetic(SCENARIOS.bursts(snrDb), method);
  const s = scoreEvents(
    results.flatMap((r) => r.bursts.toArray()),
    truth.channels.flatMap((c) => c.bursts),
    0.05,
  );
  console.log(
    `${label.padEnd(34)} F1 ${f(s.f1, 3)}  mean error ${f(s.meanMs, 1)} ms  SD ${f(s.sdMs, 1)} ms  (${s.matched} matched of ${s.truth} true, ${s.found} found)`,
  );
}

console.log('EMG accuracy on synthetic ground truth (decision support, not a diagnosis)\n');
onsets('bursts, SNR 10 dB, Hodges–Bui', 10, 'hodges_bui');
onsets('bursts, SNR 3 dB, Hodges–Bui', 3, 'hodges_bui');
onsets('bursts, SNR 10 dB, TKEO option', 10, 'tkeo');
onsets('bursts, SNR 10 dB, Bonato option', 10, 'bonato');

{
  const { results, truth } = analyseSynthetic(SCENARIOS.spasmsWithMainsAndEcg);
  const s = scoreEvents(
    results.flatMap((r) => r.spasms.toArray()),
    truth.channels.flatMap((c) => c.spasms),
    0.25,
  );
  console.log(
    `${'spasm episodes, mains + 105 bpm ECG'.padEnd(34)} F1 ${f(s.f1, 3)}  onset error ${f(s.meanMs, 0)} ± ${f(s.sdMs, 0)} ms  (${s.matched} matched of ${s.truth} true, ${s.found} found; notch ${results.map((r) => r.notchHz).join('/')} Hz)`,
  );
}
for (const bpm of [55, 90, 150]) {
  const { results } = analyseSynthetic(SCENARIOS.ecgAlone(bpm));
  console.log(
    `${`rest with ECG alone, ${bpm} bpm`.padEnd(34)} episodes ${results.map((r) => r.spasms.length).join('/')}  bursts ${results.map((r) => r.bursts.length).join('/')}  heart rate ${results.map((r) => f(r.ecg.bpm, 0)).join('/')} bpm`,
  );
}

const spectral = (label: string, got: number | null, want: number): string =>
  `${label} ${f(got)} Hz (analytic ${f(want)}, error ${f((got ?? NaN) - want)})`;
{
  const { results, truth } = analyseSynthetic(SCENARIOS.steadyContraction);
  const c = truth.contraction;
  results.forEach((r, i) => {
    console.log(
      `${`steady contraction, channel ${i + 1}`.padEnd(34)} ${spectral('MNF', r.spectral.meanMnfHz, c?.mnfHz ?? NaN)}  ${spectral('MDF', r.spectral.meanMdfHz, c?.mdfHz ?? NaN)}  over ${r.spectral.activeEpochs} epochs`,
    );
  });
}
{
  const { results, truth } = analyseSynthetic(SCENARIOS.noiseActivity);
  const r = results[0];
  console.log(
    `${'band-limited noise activity'.padEnd(34)} ${spectral('MNF', r?.spectral.meanMnfHz ?? null, truth.activity.mnfHz)}  ${spectral('MDF', r?.spectral.meanMdfHz ?? null, truth.activity.mdfHz)}  over ${r?.spectral.activeEpochs ?? 0} epochs`,
  );
}
{
  const { results, truth } = analyseSynthetic(SCENARIOS.fatiguingContraction);
  const c = truth.contraction;
  results.forEach((r, i) => {
    const pct = (got: number | undefined, want: number | undefined): string =>
      f(100 * ((got ?? NaN) / (want ?? NaN) - 1), 1);
    console.log(
      `${`fatigue 15 %/min, channel ${i + 1}`.padEnd(34)} MNF slope ${f(r.spectral.mnfSlope?.hzPerS, 3)} Hz/s (analytic ${f(c?.mnfSlopeHzPerS, 3)}, ${pct(r.spectral.mnfSlope?.hzPerS, c?.mnfSlopeHzPerS)} %)  MDF slope ${f(r.spectral.mdfSlope?.hzPerS, 3)} Hz/s (analytic ${f(c?.mdfSlopeHzPerS, 3)}, ${pct(r.spectral.mdfSlope?.hzPerS, c?.mdfSlopeHzPerS)} %)`,
    );
  });
}
