/**
 * @module A channel analysed in segments (the continuous stretches of a discontinuous EDF+D file, each
 * with its own filters and baselines) gives one result: events in recording time, counts summed, means
 * weighted by the samples behind them, peaks the highest.
 */
import { burstEvent } from './bursts.js';
import type { ChannelResult } from './channel.js';
import { EventTable } from './event-log.js';
import { spasmEpisode } from './spasms.js';

export function emptyChannelResult(): ChannelResult {
  return {
    notchesHz: [],
    bursts: EventTable.empty(burstEvent),
    spasms: EventTable.empty(spasmEpisode),
    spasmsInTask: 0,
    restRmsUv: NaN,
    onsetBaseline: null,
    activeFraction: 0,
    ecg: { beats: 0, bpm: null },
    spectral: {
      activeEpochs: 0,
      meanMnfHz: null,
      meanMdfHz: null,
      mdfSlope: null,
      mnfSlope: null,
      perMinute: [],
    },
    frr: null,
    amplitude: {
      rms100msMeanUv: null,
      rms100msPeakUv: null,
      linearEnvelopeMeanUv: null,
      linearEnvelopePeakUv: null,
    },
    trace: null,
    samples: 0,
  };
}

function peak(xs: readonly (number | null)[]): number | null {
  const known = xs.filter((x): x is number => x !== null);
  return known.length === 0 ? null : Math.max(...known);
}

/**
 * Joins the results of a channel's segments, each shifted by its start (seconds into the recording).
 * Flexion–relaxation ratios come from the first segment that has them; a fatigue slope only means
 * something within one continuous stretch, so it is the first segment's.
 */
export function mergeSegments(
  parts: readonly ChannelResult[],
  startsS: readonly number[],
): ChannelResult {
  const first = parts[0];
  if (first === undefined) {
    return emptyChannelResult();
  }
  if (parts.length === 1) {
    const by = startsS[0] ?? 0;
    return {
      ...first,
      // no copy when nothing moves (the usual case: a continuous file from its start)
      bursts: by === 0 ? first.bursts : EventTable.join([first.bursts], [by], burstEvent),
      spasms: by === 0 ? first.spasms : EventTable.join([first.spasms], [by], spasmEpisode),
      trace: first.trace === null ? null : { ...first.trace, t0S: first.trace.t0S + by },
    };
  }
  const samples = parts.reduce((s, p) => s + p.samples, 0);
  const weighted = (f: (p: ChannelResult) => number | null): number | null => {
    let s = 0;
    let w = 0;
    for (const p of parts) {
      const v = f(p);
      if (v !== null && Number.isFinite(v)) {
        s += v * p.samples;
        w += p.samples;
      }
    }
    return w === 0 ? null : s / w;
  };
  const traced = parts.findIndex(
    (p) => p.trace !== null && p.trace.signalMax.some((v) => !Number.isNaN(v)),
  );
  const trace = parts[traced]?.trace ?? first.trace;
  const traceShift = traced >= 0 ? (startsS[traced] ?? 0) : (startsS[0] ?? 0);
  return {
    notchesHz: [...new Set(parts.flatMap((p) => p.notchesHz))],
    bursts: EventTable.join(
      parts.map((p) => p.bursts),
      startsS,
      burstEvent,
    ),
    spasms: EventTable.join(
      parts.map((p) => p.spasms),
      startsS,
      spasmEpisode,
    ),
    spasmsInTask: parts.reduce((s, p) => s + p.spasmsInTask, 0),
    restRmsUv: weighted((p) => p.restRmsUv) ?? NaN,
    onsetBaseline: first.onsetBaseline,
    activeFraction: weighted((p) => p.activeFraction) ?? 0,
    ecg: { beats: parts.reduce((s, p) => s + p.ecg.beats, 0), bpm: weighted((p) => p.ecg.bpm) },
    spectral: {
      activeEpochs: parts.reduce((s, p) => s + p.spectral.activeEpochs, 0),
      meanMnfHz: weighted((p) => p.spectral.meanMnfHz),
      meanMdfHz: weighted((p) => p.spectral.meanMdfHz),
      mnfSlope: first.spectral.mnfSlope,
      mdfSlope: first.spectral.mdfSlope,
      perMinute: parts.flatMap((p, i) =>
        p.spectral.perMinute.map((m) => ({
          ...m,
          minute: m.minute + Math.floor((startsS[i] ?? 0) / 60),
        })),
      ),
    },
    frr: parts.find((p) => p.frr !== null)?.frr ?? null,
    amplitude: {
      rms100msMeanUv: weighted((p) => p.amplitude.rms100msMeanUv),
      rms100msPeakUv: peak(parts.map((p) => p.amplitude.rms100msPeakUv)),
      linearEnvelopeMeanUv: weighted((p) => p.amplitude.linearEnvelopeMeanUv),
      linearEnvelopePeakUv: peak(parts.map((p) => p.amplitude.linearEnvelopePeakUv)),
    },
    trace: trace === null ? null : { ...trace, t0S: trace.t0S + traceShift },
    samples,
  };
}
