/**
 * @module One channel's analysis, streamed block by block in bounded memory: optional mains notch,
 * band-pass, rectification, onset envelope and burst detection, ECG-gated spasm-at-rest episodes, Welch
 * spectra per epoch with the fatigue slope, flexion–relaxation ratios, and a trace window for plots.
 */
import { butter, Fifo, iirnotch } from './dsp/index.js';
import { EMG_DEFAULTS } from './defaults.js';
import { AmplitudeTracker, type AmplitudeSummary } from './amplitude.js';
import { EventLog, type EventTable } from './event-log.js';
import { BonatoDetector, CalibratedDetector } from './detectors.js';
import { detectEcg, maskedMovingRms } from './ecg.js';
import { movingRms } from './envelope.js';
import { flexionRelaxation, type FrrResult, type Phase } from './frr.js';
import { detectMains } from './line-noise.js';
import { estimateBaseline, type Baseline } from './baseline.js';
import type { Burst } from './onset.js';
import { Scratch } from './scratch.js';
import { epochSpectrum, type FatigueSlope } from './spectral.js';
import {
  chain,
  concat,
  filterStage,
  lowpass,
  rectifyStage,
  tkeoStage,
  type FilterMode,
  type Stage,
} from './stages.js';

export type OnsetMethod = 'hodges_bui' | 'tkeo' | 'bonato';

export interface ChannelOptions {
  readonly fs: number;
  readonly mode: FilterMode;
  readonly notch: 'auto' | 'off' | 50 | 60;
  readonly onsetMethod: OnsetMethod;
  /** High-pass at 30 Hz, order 4, instead of the 20–450 Hz band-pass: for trunk channels with ECG. */
  readonly trunk: boolean;
  readonly phases: readonly Phase[];
  /** A window to keep for plotting, seconds. */
  readonly trace?: { readonly fromS: number; readonly toS: number };
}

export interface EventOut {
  readonly onsetS: number;
  readonly offsetS: number;
  readonly durationS: number;
}

export interface BurstOut extends EventOut {
  readonly levelUv: number;
}

export interface SpasmEpisode extends EventOut {
  readonly kind: 'phasic' | 'sustained';
  readonly rmsUv: number;
}

/** A burst from its columns: the level is the median onset envelope over it. */
export const burstEvent = (onsetS: number, offsetS: number, levelUv: number): BurstOut => ({
  onsetS,
  offsetS,
  durationS: offsetS - onsetS,
  levelUv,
});

/** A spasm episode from its columns: phasic below 5 s, sustained from 5 s (D.spasm). */
export const spasmEpisode = (onsetS: number, offsetS: number, rmsUv: number): SpasmEpisode => ({
  onsetS,
  offsetS,
  durationS: offsetS - onsetS,
  kind: offsetS - onsetS >= D.spasm.sustainedS ? 'sustained' : 'phasic',
  rmsUv,
});

export interface Trace {
  readonly t0S: number;
  readonly fs: number;
  readonly signal: Float64Array;
  readonly envelope: Float64Array;
  readonly threshold: number;
}

export interface ChannelResult {
  readonly notchHz: 50 | 60 | null;
  readonly bursts: EventTable<BurstOut>;
  readonly spasms: EventTable<SpasmEpisode>;
  readonly restRmsUv: number;
  readonly onsetBaseline: Baseline | null;
  readonly activeFraction: number;
  readonly ecg: { readonly beats: number; readonly bpm: number | null };
  readonly spectral: {
    readonly activeEpochs: number;
    readonly meanMnfHz: number | null;
    readonly meanMdfHz: number | null;
    readonly mdfSlope: FatigueSlope | null;
    readonly mnfSlope: FatigueSlope | null;
    /** Mean MNF/MDF per minute of active epochs, for trend plots (bounded: one entry per minute). */
    readonly perMinute: readonly {
      readonly minute: number;
      readonly mnfHz: number;
      readonly mdfHz: number;
      readonly epochs: number;
    }[];
  };
  readonly frr: FrrResult | null;
  readonly amplitude: AmplitudeSummary;
  readonly trace: Trace | null;
  readonly samples: number;
}

const D = EMG_DEFAULTS;

/**
 * Work buffers shared by every channel: each use is synchronous and its result consumed before the next
 * channel runs, so one set serves a 16-channel recording instead of sixteen.
 */
const sharedWork = new Scratch();

/**
 * ECG gating and masked RMS on chunks with margins, so beats at chunk edges are judged with context.
 * Each chunk's RMS is handed to `emit` as a view of a work buffer, valid during the call.
 */
class SpasmTrace {
  private readonly fs: number;
  private readonly chunk: number;
  private readonly margin: number;
  /** Samples from `margin` before the first one not yet emitted. */
  private readonly buffer = new Fifo();
  /** Index, within `buffer`, of the first sample not yet emitted. */
  private next = 0;
  beats = 0;
  lastBeat: number | null = null;
  /** Beats of the last minute, absolute sample indices. */
  readonly recentBeats: number[] = [];
  /** Beats before this absolute index are final. */
  finalUpTo = 0;
  /** RR intervals in 10 ms bins from 0.3 to 2 s: the heart rate is their median, robust to a missed beat. */
  readonly rrHistogram = new Uint32Array(171);
  /** Absolute index of the buffer's first sample. */
  private consumed = 0;

  constructor(fs: number) {
    this.fs = fs;
    this.chunk = Math.round(10 * fs);
    this.margin = Math.round(1 * fs);
  }

  push(x: Float64Array, emit: (rms: Float64Array) => void): void {
    this.buffer.push(x);
    while (this.buffer.length - this.next >= this.chunk + this.margin) {
      emit(this.process(this.next + this.chunk));
    }
  }

  finish(emit: (rms: Float64Array) => void): void {
    if (this.buffer.length > this.next) {
      emit(this.process(this.buffer.length));
    }
  }

  private process(end: number): Float64Array {
    const from = Math.max(0, this.next - this.margin);
    const to = Math.min(this.buffer.length, end + this.margin);
    const window = this.buffer.view().subarray(from, to);
    const ecg = detectEcg(window, this.fs, D.ecg, sharedWork);
    for (const b of ecg.beats) {
      const at = from + b;
      if (at >= this.next && at < end) {
        const abs = this.consumed + at;
        if (this.lastBeat !== null) {
          const bin = Math.round(((abs - this.lastBeat) / this.fs - 0.3) * 100);
          if (bin >= 0 && bin < this.rrHistogram.length) {
            this.rrHistogram[bin] = (this.rrHistogram[bin] ?? 0) + 1;
          }
        }
        this.beats += 1;
        this.lastBeat = abs;
        this.recentBeats.push(abs);
      }
    }
    this.finalUpTo = this.consumed + end;
    while ((this.recentBeats[0] ?? Infinity) < this.finalUpTo - 60 * this.fs) {
      this.recentBeats.shift();
    }
    const rms = maskedMovingRms(window, ecg.mask, D.spasm.rmsWindowS * this.fs, sharedWork);
    const out = rms.subarray(this.next - from, end - from);
    // keep only the margin of history the next chunk needs
    const keepFrom = Math.max(0, end - this.margin);
    this.consumed += keepFrom;
    this.buffer.drop(keepFrom);
    this.next = end - keepFrom;
    return out;
  }
}

export class ChannelProcessor {
  private readonly o: ChannelOptions;
  private readonly fs: number;
  private intake: Float64Array[] = [];
  private intakeLength = 0;
  private front: Stage | null = null;
  notchHz: 50 | 60 | null = null;
  private readonly onsetPath: Stage;
  private readonly amplitude: AmplitudeTracker;
  private readonly onsetDetector: CalibratedDetector | null;
  private bonato: BonatoDetector | null = null;
  private bonatoCalibration: Float64Array[] | null = null;
  private readonly spasmTrace = new SpasmTrace(0);
  private readonly spasmDetector: CalibratedDetector;
  private readonly bursts = new EventLog();
  /** Bursts waiting until the ECG gate has judged their span. */
  private readonly burstQueue: Burst[] = [];
  private readonly spasmBursts = new EventLog();
  private xCount = 0;
  private envCount = 0;
  private epoch: Float64Array;
  private epochFill = 0;
  private readonly pendingEpochs: { index: number; tS: number; mnf: number; mdf: number }[] = [];
  /**
   * The gated RMS over each epoch not yet judged, by epoch index (at most a baseline horizon of them),
   * every `epochRmsStride`-th sample: the 250 ms RMS is smooth, and 500 per second judge 90 % exactly enough.
   */
  private readonly epochRms = new Map<number, Float64Array>();
  private readonly epochRmsStride: number;
  private readonly spareEpochRms: Float64Array[] = [];
  private rmsCount = 0;
  private readonly mnfPoints = new OlsSums();
  private readonly mdfPoints = new OlsSums();
  private readonly minutes = new Map<number, { mnf: number; mdf: number; n: number }>();
  private readonly phaseSamples: { phase: Phase; data: number[]; startIndex: number }[];
  private readonly traceSignal: number[] = [];
  private readonly traceEnvelope: number[] = [];

  constructor(options: ChannelOptions) {
    this.o = options;
    this.fs = options.fs;
    const fs = options.fs;
    const env = lowpass(D.onsetEnvelope.lowpassHz, D.onsetEnvelope.order, fs);
    const envLookahead = Math.round(D.lookaheadS.envelope * fs);
    const rectify = rectifyStage();
    this.amplitude = new AmplitudeTracker(fs, options.mode);
    this.onsetPath =
      options.onsetMethod === 'tkeo'
        ? chain([tkeoStage(), rectify, filterStage(env, options.mode, envLookahead)])
        : chain([rectify, filterStage(env, options.mode, envLookahead)]);
    const onsetOptions = { fs, ...D.onset };
    this.onsetDetector =
      options.onsetMethod === 'bonato'
        ? null
        : new CalibratedDetector(onsetOptions, D.baselineHorizonS, D.quietFraction.bursts);
    if (options.onsetMethod === 'bonato') {
      this.bonatoCalibration = [];
    }
    this.spasmTrace = new SpasmTrace(fs);
    this.spasmDetector = new CalibratedDetector(
      {
        fs,
        thresholdSd: D.spasm.thresholdSd,
        minOnS: 0.05,
        minOffS: 0.1,
        mergeGapS: D.spasm.mergeGapS,
        minBurstS: D.spasm.minDurationS,
      },
      D.baselineHorizonS,
      D.quietFraction.spasms,
      // the threshold is max(mean + 3 SD, 2 × mean): raise the SD when twice the mean is higher
      (b) => ({
        mean: b.mean,
        sd: Math.max(b.sd, ((D.spasm.meanFactor - 1) * b.mean) / D.spasm.thresholdSd),
      }),
    );
    this.epoch = new Float64Array(Math.round(D.spectral.epochS * fs));
    this.epochRmsStride = Math.max(1, Math.floor(fs / 500));
    this.phaseSamples = options.phases.map((phase) => ({
      phase,
      data: [],
      startIndex: Math.max(0, Math.round(phase.onsetS * fs)),
    }));
  }

  push(raw: Float64Array): void {
    if (this.front === null) {
      this.intake.push(Float64Array.from(raw));
      this.intakeLength += raw.length;
      if (this.intakeLength >= 10 * this.fs) {
        this.startFront();
      }
      return;
    }
    this.downstream(this.front.push(raw));
  }

  finish(): ChannelResult {
    if (this.front === null) {
      this.startFront();
    }
    this.downstream(this.front?.finish() ?? new Float64Array(0));
    this.envelopeOut(this.onsetPath.finish());
    this.queueBursts(this.onsetDetector?.finish() ?? []);
    this.finishBonato();
    this.spasmTrace.finish(this.onSpasmRms);
    this.spasmBursts.push(...this.spasmDetector.finish());
    this.releaseBursts(Infinity);
    this.flushEpochs(true);
    return this.result(this.amplitude.finish());
  }

  private startFront(): void {
    const all = concat(this.intake);
    this.intake = [];
    const fs = this.fs;
    if (this.o.notch === 'auto') {
      this.notchHz = detectMains(all, fs);
    } else {
      this.notchHz = this.o.notch === 'off' ? null : this.o.notch;
    }
    const stages: Stage[] = [];
    if (this.notchHz !== null) {
      stages.push(
        filterStage(
          iirnotch(this.notchHz, D.notch.q, fs),
          this.o.mode,
          Math.round(D.lookaheadS.notch * fs),
        ),
      );
    }
    const band = this.o.trunk
      ? butter({
          order: D.trunkHighpass.order,
          cutoffHz: D.trunkHighpass.lowHz,
          type: 'highpass',
          fs,
        })
      : butter({
          order: D.bandpass.order,
          cutoffHz: [D.bandpass.lowHz, Math.min(D.bandpass.highHz, 0.45 * fs)],
          type: 'bandpass',
          fs,
        });
    stages.push(filterStage(band, this.o.mode, Math.round(D.lookaheadS.bandpass * fs)));
    const front = chain(stages);
    this.front = front;
    // in one-second pieces: the filters' buffers are sized by the largest block they ever see
    const piece = Math.max(1, Math.round(fs));
    for (let at = 0; at < all.length; at += piece) {
      this.downstream(front.push(all.subarray(at, at + piece)));
    }
  }

  /** Band-passed samples, in order. */
  private downstream(x: Float64Array): void {
    if (x.length === 0) {
      return;
    }
    const start = this.xCount;
    this.xCount += x.length;
    this.captureTrace(this.traceSignal, start, x);
    this.capturePhases(start, x);
    this.envelopeOut(this.onsetPath.push(x));
    this.feedBonato(x);
    this.amplitude.push(x);
    this.spasmTrace.push(x, this.onSpasmRms);
    this.releaseBursts(this.spasmTrace.finalUpTo);
    this.feedEpochs(x, start);
  }

  private readonly onSpasmRms = (rms: Float64Array): void => {
    this.spasmOut(rms);
  };

  /** The ECG-gated 250 ms RMS: it drives the spasm detector and, averaged per epoch, says which epochs are active. */
  private spasmOut(rms: Float64Array): void {
    const start = this.rmsCount;
    this.rmsCount += rms.length;
    const e = this.epoch.length;
    const stride = this.epochRmsStride;
    let i = 0;
    while (i < rms.length) {
      const at = start + i;
      const k = Math.floor(at / e);
      let buf = this.epochRms.get(k);
      if (buf === undefined) {
        buf = this.spareEpochRms.pop()?.fill(0) ?? new Float64Array(Math.ceil(e / stride));
        this.epochRms.set(k, buf);
      }
      const off = at - k * e;
      const take = Math.min(rms.length - i, e - off);
      for (let p = Math.ceil(off / stride) * stride; p < off + take; p += stride) {
        buf[p / stride] = rms[i + p - off] ?? 0;
      }
      i += take;
    }
    this.spasmBursts.push(...this.spasmDetector.push(rms));
    this.flushEpochs(false);
  }

  private queueBursts(bursts: readonly Burst[]): void {
    this.burstQueue.push(...bursts);
  }

  /** A burst no longer than a QRS complex that holds a gated heartbeat is the heart, not the muscle. */
  private releaseBursts(finalUpTo: number): void {
    const pad = 0.06 * this.fs;
    const maxQrs = 0.15 * this.fs;
    while (this.burstQueue.length > 0) {
      const b = this.burstQueue[0];
      if (b === undefined || b.offset + pad >= finalUpTo) {
        break;
      }
      this.burstQueue.shift();
      const cardiac =
        b.offset - b.onset <= maxQrs &&
        this.spasmTrace.recentBeats.some((beat) => beat >= b.onset - pad && beat <= b.offset + pad);
      if (!cardiac) {
        this.bursts.push(b);
      }
    }
  }

  private envelopeOut(env: Float64Array): void {
    if (env.length === 0) {
      return;
    }
    const start = this.envCount;
    this.envCount += env.length;
    this.captureTrace(this.traceEnvelope, start, env);
    if (this.onsetDetector !== null) {
      this.queueBursts(this.onsetDetector.push(env));
    }
  }

  private feedBonato(x: Float64Array): void {
    if (this.o.onsetMethod !== 'bonato') {
      return;
    }
    if (this.bonato === null) {
      this.bonatoCalibration?.push(Float64Array.from(x));
      const n = this.bonatoCalibration?.reduce((s, p) => s + p.length, 0) ?? 0;
      if (n >= D.baselineHorizonS * this.fs) {
        this.startBonato();
      }
      return;
    }
    this.queueBursts(this.bonato.push(x));
  }

  private startBonato(): void {
    const all = concat(this.bonatoCalibration ?? []);
    this.bonatoCalibration = null;
    // the noise SD is the square root of the typical power of the quieter windows
    const power = movingRms(all, 0.1 * this.fs).map((v) => v * v);
    const noise = Math.sqrt(estimateBaseline(power, this.fs).mean);
    this.bonato = new BonatoDetector(this.fs, Math.max(noise, 1e-9));
    this.queueBursts(this.bonato.push(all));
  }

  private finishBonato(): void {
    if (this.o.onsetMethod !== 'bonato') {
      return;
    }
    if (this.bonato === null) {
      this.startBonato();
    }
    this.queueBursts(this.bonato?.finish() ?? []);
  }

  private captureTrace(into: number[], start: number, x: Float64Array): void {
    const t = this.o.trace;
    if (t === undefined) {
      return;
    }
    const a = Math.round(t.fromS * this.fs);
    const b = Math.round(t.toS * this.fs);
    for (let i = Math.max(a, start); i < Math.min(b, start + x.length); i++) {
      into.push(x[i - start] ?? 0);
    }
  }

  private capturePhases(start: number, x: Float64Array): void {
    for (const p of this.phaseSamples) {
      const a = p.startIndex;
      const b = Math.round(p.phase.offsetS * this.fs);
      for (let i = Math.max(a, start); i < Math.min(b, start + x.length); i++) {
        p.data.push(x[i - start] ?? 0);
      }
    }
  }

  private feedEpochs(x: Float64Array, start: number): void {
    let i = 0;
    while (i < x.length) {
      const take = Math.min(x.length - i, this.epoch.length - this.epochFill);
      this.epoch.set(x.subarray(i, i + take), this.epochFill);
      this.epochFill += take;
      i += take;
      if (this.epochFill === this.epoch.length) {
        const endIndex = start + i;
        const tS = (endIndex - this.epoch.length / 2) / this.fs;
        const s = epochSpectrum(this.epoch, this.fs, tS, D.spectral.nperseg, D.spectral.bandHz);
        this.pendingEpochs.push({
          index: endIndex / this.epoch.length - 1,
          tS,
          mnf: s.mnfHz,
          mdf: s.mdfHz,
        });
        this.epochFill = 0;
        this.flushEpochs(false);
      }
    }
  }

  /**
   * An epoch is active when its ECG-gated RMS clears the spasm threshold over nearly all of it: heartbeats
   * alone never make an epoch active, and an epoch half at rest would mix rest noise into the spectrum.
   * Judging needs the baseline and the epoch's whole RMS trace.
   */
  private flushEpochs(final: boolean): void {
    const b = this.spasmDetector.baseline;
    if (b === null && !final) {
      return;
    }
    const threshold =
      b === null
        ? Infinity
        : Math.max(b.mean + D.spasm.thresholdSd * b.sd, D.spasm.meanFactor * b.mean);
    const e = this.epoch.length;
    while (this.pendingEpochs.length > 0) {
      const p = this.pendingEpochs[0];
      if (p === undefined || (!final && this.rmsCount < (p.index + 1) * e)) {
        break;
      }
      this.pendingEpochs.shift();
      const rms = this.epochRms.get(p.index);
      this.epochRms.delete(p.index);
      let above = 0;
      if (rms !== undefined) {
        for (let j = 0; j < rms.length; j++) {
          if ((rms[j] ?? 0) >= threshold) {
            above += 1;
          }
        }
        // the RMS comes in 10 s chunks, so a dozen spares cover the steady state; the backlog of the
        // first minute is let go
        if (this.spareEpochRms.length < 12) {
          this.spareEpochRms.push(rms);
        }
      }
      if (
        above >= D.spectral.activeFraction * Math.ceil(e / this.epochRmsStride) &&
        Number.isFinite(p.mnf) &&
        Number.isFinite(p.mdf)
      ) {
        this.mnfPoints.add(p.tS, p.mnf);
        this.mdfPoints.add(p.tS, p.mdf);
        const minute = Math.floor(p.tS / 60);
        const m = this.minutes.get(minute) ?? { mnf: 0, mdf: 0, n: 0 };
        this.minutes.set(minute, { mnf: m.mnf + p.mnf, mdf: m.mdf + p.mdf, n: m.n + 1 });
      }
    }
    if (final) {
      this.epochRms.clear();
    }
  }

  private result(amplitude: AmplitudeSummary): ChannelResult {
    const fs = this.fs;
    const bursts = this.bursts.table(fs, burstEvent);
    const spasms = this.spasmBursts.table(fs, spasmEpisode);
    const activeSamples = this.bursts.covered();
    const beats = this.spasmTrace.beats;
    const rr = medianRrS(this.spasmTrace.rrHistogram);
    const frr = this.frr();
    const onsetBaseline = this.onsetDetector?.baseline ?? null;
    return {
      notchHz: this.notchHz,
      bursts,
      spasms,
      restRmsUv: this.spasmDetector.baseline?.mean ?? NaN,
      onsetBaseline,
      activeFraction: this.xCount === 0 ? 0 : activeSamples / this.xCount,
      ecg: { beats, bpm: beats >= 3 && rr !== null ? 60 / rr : null },
      spectral: {
        activeEpochs: this.mnfPoints.n,
        meanMnfHz: this.mnfPoints.meanY(),
        meanMdfHz: this.mdfPoints.meanY(),
        mdfSlope: this.mdfPoints.slope(),
        mnfSlope: this.mnfPoints.slope(),
        perMinute: [...this.minutes.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([minute, m]) => ({ minute, mnfHz: m.mnf / m.n, mdfHz: m.mdf / m.n, epochs: m.n })),
      },
      frr,
      amplitude,
      trace:
        this.o.trace === undefined
          ? null
          : {
              t0S: this.o.trace.fromS,
              fs,
              signal: Float64Array.from(this.traceSignal),
              envelope: Float64Array.from(this.traceEnvelope),
              threshold:
                onsetBaseline === null
                  ? NaN
                  : onsetBaseline.mean + D.onset.thresholdSd * onsetBaseline.sd,
            },
      samples: this.xCount,
    };
  }

  private frr(): FrrResult | null {
    if (this.phaseSamples.length === 0) {
      return null;
    }
    return flexionRelaxation(
      this.phaseSamples.map((p) => ({ phase: p.phase, samples: p.data })),
      this.fs,
    );
  }
}

function medianRrS(histogram: Uint32Array): number | null {
  const total = histogram.reduce((t, v) => t + v, 0);
  if (total === 0) {
    return null;
  }
  let cum = 0;
  for (let i = 0; i < histogram.length; i++) {
    cum += histogram[i] ?? 0;
    if (cum * 2 >= total) {
      return 0.3 + i / 100;
    }
  }
  return null;
}

/** Running sums for a least-squares line, so epochs need not be kept. */
class OlsSums {
  n = 0;
  private st = 0;
  private sy = 0;
  private stt = 0;
  private sty = 0;
  private t0: number | null = null;

  add(t: number, y: number): void {
    // centring on the first time keeps the sums well conditioned over 24 hours
    this.t0 ??= t;
    const u = t - this.t0;
    this.n += 1;
    this.st += u;
    this.sy += y;
    this.stt += u * u;
    this.sty += u * y;
  }

  meanY(): number | null {
    return this.n === 0 ? null : this.sy / this.n;
  }

  slope(): FatigueSlope | null {
    if (this.n < 3) {
      return null;
    }
    const denom = this.n * this.stt - this.st * this.st;
    if (denom === 0) {
      return null;
    }
    const slope = (this.n * this.sty - this.st * this.sy) / denom;
    const intercept = (this.sy - slope * this.st) / this.n;
    return { hzPerS: slope, percentPerS: (100 * slope) / intercept, epochs: this.n };
  }
}
