/**
 * @module One channel's analysis, streamed block by block in bounded memory. The front end holds the
 * first 10 s to decide on mains notches, then filters (notches, band-pass); the ECG canceller removes
 * heartbeats; the cleaned signal feeds the trackers — amplitude, bursts, spasm episodes, spectra,
 * flexion–relaxation and the plot trace — each of which keeps only what its result needs.
 */
import { butter, iirnotch, lineContinuation } from './dsp/index.js';
import { EMG_DEFAULTS } from './defaults.js';
import { AmplitudeTracker, type AmplitudeSummary } from './amplitude.js';
import type { Baseline } from './baseline.js';
import { BurstTracker, type BurstOut, type OnsetMethod } from './bursts.js';
import { EcgCanceller } from './ecg-cancel.js';
import type { EventTable } from './event-log.js';
import { FrrTracker, type FrrResult } from './frr.js';
import { mainsNotches } from './line-noise.js';
import type { Phase } from './phases.js';
import { Scratch } from './scratch.js';
import type { SpectralSummary } from './spectra.js';
import { SpectraTracker } from './spectra.js';
import { SpasmTracker, type RestContext, type SpasmEpisode } from './spasms.js';
import { chain, concat, filterStage, type FilterMode, type Stage } from './stages.js';
import { TraceTracker, type Trace } from './trace.js';

const D = EMG_DEFAULTS;

export interface ChannelOptions {
  readonly fs: number;
  readonly mode: FilterMode;
  readonly notch: 'auto' | 'off' | 50 | 60;
  readonly onsetMethod: OnsetMethod;
  /** High-pass at 30 Hz, order 4, instead of the 20–450 Hz band-pass: for trunk channels with ECG. */
  readonly trunk: boolean;
  /** Flexion–relaxation phases, seconds from the start of this stream (other phases are ignored here). */
  readonly phases: readonly Phase[];
  /** Rest and task time, seconds from the start of this stream. */
  readonly rest: RestContext;
  /** A window to keep for plotting, seconds from the start of this stream, in `columns` columns. */
  readonly trace?: { readonly fromS: number; readonly toS: number; readonly columns: number };
  /**
   * Work buffers for per-block steps. The channels of one analysis can share one (each use finishes
   * before the next begins); analyses running side by side must not.
   */
  readonly work?: Scratch;
}

export interface ChannelResult {
  /** The mains notches applied, Hz (the fundamental first), empty when none. */
  readonly notchesHz: readonly number[];
  readonly bursts: EventTable<BurstOut>;
  readonly spasms: EventTable<SpasmEpisode>;
  /** Spasm-like episodes inside task phases, left out as voluntary activity. */
  readonly spasmsInTask: number;
  readonly restRmsUv: number;
  readonly onsetBaseline: Baseline | null;
  readonly activeFraction: number;
  readonly ecg: { readonly beats: number; readonly bpm: number | null };
  readonly spectral: SpectralSummary;
  readonly frr: FrrResult | null;
  readonly amplitude: AmplitudeSummary;
  readonly trace: Trace | null;
  readonly samples: number;
}

export class ChannelProcessor {
  private readonly o: ChannelOptions;
  private readonly fs: number;
  private intake: Float64Array[] = [];
  private intakeLength = 0;
  private front: Stage | null = null;
  private notches: number[] = [];
  private readonly ecg: EcgCanceller;
  private readonly amplitude: AmplitudeTracker;
  private readonly bursts: BurstTracker;
  private readonly spasms: SpasmTracker;
  private readonly spectra: SpectraTracker;
  private readonly frr: FrrTracker;
  private readonly trace: TraceTracker | null;
  private cleanCount = 0;

  constructor(options: ChannelOptions) {
    this.o = options;
    const fs = options.fs;
    this.fs = fs;
    this.ecg = new EcgCanceller(fs, options.work ?? new Scratch());
    const t = options.trace;
    this.trace = t === undefined ? null : new TraceTracker(fs, t.fromS, t.toS, t.columns);
    this.bursts = new BurstTracker({
      fs,
      mode: options.mode,
      method: options.onsetMethod,
      isHeartbeat: (onset, offset) => this.nearBeat(onset, offset),
      onEnvelope: (start, env) => {
        this.trace?.envelope(start, env);
      },
    });
    this.amplitude = new AmplitudeTracker(
      fs,
      options.mode,
      this.bursts.readsLinearEnvelope
        ? (env) => {
            this.bursts.envelope(env);
          }
        : undefined,
    );
    this.spasms = new SpasmTracker(fs, options.rest);
    this.spectra = new SpectraTracker(fs, () => this.spasms.threshold());
    this.frr = new FrrTracker(options.phases, fs);
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
    this.filtered(this.front.push(raw));
  }

  finish(): ChannelResult {
    if (this.front === null) {
      this.startFront();
    }
    this.filtered(this.front?.finish() ?? new Float64Array(0));
    this.ecg.finish(this.onClean);
    // the envelope's tail goes to the burst detector before it finishes
    const amplitude = this.amplitude.finish();
    this.bursts.finish();
    this.spectra.rms(this.spasms.finish());
    this.spectra.finish();
    return this.result(amplitude);
  }

  private startFront(): void {
    const all = concat(this.intake);
    this.intake = [];
    const fs = this.fs;
    const top = Math.min(D.bandpass.highHz, 0.45 * fs);
    if (this.o.notch === 'auto') {
      this.notches = mainsNotches(all, fs, top);
    } else {
      this.notches = this.o.notch === 'off' ? [] : [this.o.notch];
    }
    const stages: Stage[] = this.notches.map((hz) =>
      filterStage(
        iirnotch(hz, D.notch.q, fs),
        this.o.mode,
        Math.round(D.lookaheadS.notch * fs),
        Math.round(D.notch.padS * fs),
        lineContinuation(hz, fs),
      ),
    );
    const band = this.o.trunk
      ? butter({
          order: D.trunkHighpass.order,
          cutoffHz: D.trunkHighpass.lowHz,
          type: 'highpass',
          fs,
        })
      : butter({
          order: D.bandpass.order,
          cutoffHz: [D.bandpass.lowHz, top],
          type: 'bandpass',
          fs,
        });
    stages.push(filterStage(band, this.o.mode, Math.round(D.lookaheadS.bandpass * fs)));
    const front = chain(stages);
    this.front = front;
    // in one-second pieces: the filters' buffers are sized by the largest block they ever see
    const piece = Math.max(1, Math.round(fs));
    for (let at = 0; at < all.length; at += piece) {
      this.filtered(front.push(all.subarray(at, at + piece)));
    }
  }

  /** Band-passed samples, in order: the ECG canceller hands them on cleaned. */
  private filtered(x: Float64Array): void {
    if (x.length > 0) {
      this.ecg.push(x, this.onClean);
    }
  }

  private readonly onClean = (start: number, x: Float64Array, mask: Uint8Array): void => {
    this.cleanCount = start + x.length;
    this.trace?.signal(start, x);
    this.frr.push(start, x);
    // the power first: the linear envelope of these samples may come out of the amplitude tracker at once
    this.bursts.signal(x);
    this.amplitude.push(x);
    this.spectra.signal(start, x);
    this.spectra.rms(this.spasms.push(x, mask));
  };

  /** Whether a heartbeat found by the canceller lies within 60 ms of the span. */
  private nearBeat(onset: number, offset: number): boolean {
    const pad = 0.06 * this.fs;
    return this.ecg.recentBeats.some((b) => b >= onset - pad && b <= offset + pad);
  }

  private result(amplitude: AmplitudeSummary): ChannelResult {
    const bursts = this.bursts.result();
    const spasms = this.spasms.result();
    const beats = this.ecg.beats;
    const rr = this.ecg.medianRrS();
    const b = bursts.baseline;
    return {
      notchesHz: this.notches,
      bursts: bursts.bursts,
      spasms: spasms.spasms,
      spasmsInTask: spasms.inTask,
      restRmsUv: spasms.restRmsUv,
      onsetBaseline: b,
      activeFraction: this.cleanCount === 0 ? 0 : bursts.activeSamples / this.cleanCount,
      ecg: { beats, bpm: beats >= 3 && rr !== null ? 60 / rr : null },
      spectral: this.spectra.result(),
      frr: this.frr.result(),
      amplitude,
      trace: this.trace?.result(b === null ? NaN : b.mean + D.onset.thresholdSd * b.sd) ?? null,
      samples: this.cleanCount,
    };
  }
}
