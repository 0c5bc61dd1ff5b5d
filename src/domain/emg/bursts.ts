/**
 * @module Burst detection on one channel's ECG-cleaned, band-passed stream. Hodges–Bui (default): the 6 Hz
 * linear envelope against its rest baseline, each burst tested for significance and its onset and
 * offset refined to the variance changepoint of the signal (onset.ts). TKEO: the same on the envelope
 * of the Teager–Kaiser energy (Solnik 2008). Bonato: the double threshold on the signal itself
 * (detectors.ts); it holds only at good SNR, which the analysis says when it is chosen.
 */
import { EMG_DEFAULTS } from './defaults.js';
import { BonatoDetector, CalibratedDetector } from './detectors.js';
import { estimateBaseline, type Baseline } from './baseline.js';
import { Fifo } from './dsp/index.js';
import { movingRms } from './envelope.js';
import { EventLog, type EventTable } from './event-log.js';
import type { Burst } from './onset.js';
import type { EventOut } from './spasms.js';
import {
  chain,
  concat,
  envelopeStage,
  rectifyStage,
  tkeoStage,
  type FilterMode,
  type Stage,
} from './stages.js';

const D = EMG_DEFAULTS;

export type OnsetMethod = 'hodges_bui' | 'tkeo' | 'bonato';

export interface BurstOut extends EventOut {
  readonly levelUv: number;
}

/** A burst from its columns: the level is the median onset envelope over it. */
export const burstEvent = (onsetS: number, offsetS: number, levelUv: number): BurstOut => ({
  onsetS,
  offsetS,
  durationS: offsetS - onsetS,
  levelUv,
});

/** Says whether a stretch of samples is a heartbeat the ECG canceller found (absolute sample indices). */
export type HeartbeatTest = (onset: number, offset: number) => boolean;

export interface BurstSummary {
  readonly bursts: EventTable<BurstOut>;
  readonly baseline: Baseline | null;
  /** Samples inside bursts. */
  readonly activeSamples: number;
}

export class BurstTracker {
  private readonly fs: number;
  private readonly method: OnsetMethod;
  private readonly isHeartbeat: HeartbeatTest;
  private readonly onEnvelope: (start: number, env: Float64Array) => void;
  /** TKEO: the tracker's own envelope; Hodges–Bui reads the channel's linear envelope. */
  private readonly ownEnvelope: Stage | null;
  private readonly detector: CalibratedDetector | null;
  /** The signal's power at indices the envelope has not reached yet. */
  private readonly power = new Fifo();
  private squares = new Float64Array(0);
  private envCount = 0;
  private bonato: BonatoDetector | null = null;
  private bonatoCalibration: Float64Array[] | null = null;
  private readonly log = new EventLog();

  constructor(options: {
    readonly fs: number;
    readonly mode: FilterMode;
    readonly method: OnsetMethod;
    readonly isHeartbeat: HeartbeatTest;
    readonly onEnvelope: (start: number, env: Float64Array) => void;
  }) {
    const { fs, mode, method } = options;
    this.fs = fs;
    this.method = method;
    this.isHeartbeat = options.isHeartbeat;
    this.onEnvelope = options.onEnvelope;
    this.ownEnvelope =
      method === 'tkeo'
        ? chain([
            tkeoStage(),
            rectifyStage(),
            envelopeStage(D.onsetEnvelope.lowpassHz, D.onsetEnvelope.order, fs, mode),
          ])
        : null;
    this.detector =
      method === 'bonato'
        ? null
        : new CalibratedDetector(
            {
              fs,
              ...D.onset,
              // the power test reads the baseline of |x|; a TKEO envelope is in other units
              minPowerZ: method === 'hodges_bui' ? D.onset.minPowerZ : 0,
              refine: 'changepoint',
              envelopeHz: D.onsetEnvelope.lowpassHz,
            },
            D.baselineHorizonS,
            D.quietFraction.bursts,
          );
    if (method === 'bonato') {
      this.bonatoCalibration = [];
    }
  }

  /** Whether the channel's linear envelope is the detection envelope (it is passed to `envelope`). */
  get readsLinearEnvelope(): boolean {
    return this.method === 'hodges_bui';
  }

  /** Cleaned band-passed samples, in order; before the linear envelope of the same samples arrives. */
  signal(x: Float64Array): void {
    if (this.method === 'bonato') {
      this.feedBonato(x);
      return;
    }
    if (this.squares.length < x.length) {
      this.squares = new Float64Array(x.length);
    }
    const sq = this.squares.subarray(0, x.length);
    for (let i = 0; i < x.length; i++) {
      const v = x[i] ?? 0;
      sq[i] = v * v;
    }
    this.power.push(sq);
    if (this.ownEnvelope !== null) {
      this.envelope(this.ownEnvelope.push(x));
    }
  }

  /** Detection envelope samples, in order. */
  envelope(env: Float64Array): void {
    if (env.length === 0 || this.detector === null) {
      return;
    }
    const start = this.envCount;
    this.envCount += env.length;
    this.onEnvelope(start, env);
    const power = this.power.view().subarray(0, env.length);
    this.keep(this.detector.push(env, power));
    this.power.drop(env.length);
  }

  finish(): void {
    if (this.ownEnvelope !== null) {
      this.envelope(this.ownEnvelope.finish());
    }
    if (this.detector !== null) {
      this.keep(this.detector.finish());
    }
    this.finishBonato();
  }

  result(): BurstSummary {
    return {
      bursts: this.log.table(this.fs, burstEvent),
      baseline: this.detector?.baseline ?? null,
      activeSamples: this.log.covered(),
    };
  }

  /** A burst no longer than a QRS complex that holds a heartbeat is the heart, not the muscle. */
  private keep(bursts: readonly Burst[]): void {
    const maxQrs = 0.15 * this.fs;
    for (const b of bursts) {
      if (!(b.offset - b.onset <= maxQrs && this.isHeartbeat(b.onset, b.offset))) {
        this.log.push(b);
      }
    }
  }

  private feedBonato(x: Float64Array): void {
    if (this.bonato === null) {
      this.bonatoCalibration?.push(Float64Array.from(x));
      const n = this.bonatoCalibration?.reduce((s, p) => s + p.length, 0) ?? 0;
      if (n >= D.baselineHorizonS * this.fs) {
        this.startBonato();
      }
      return;
    }
    this.keep(this.bonato.push(x));
  }

  private startBonato(): void {
    const all = concat(this.bonatoCalibration ?? []);
    this.bonatoCalibration = null;
    // the noise SD is the square root of the typical power of the quieter windows
    const power = movingRms(all, 0.1 * this.fs).map((v) => v * v);
    const noise = Math.sqrt(estimateBaseline(power, this.fs).mean);
    this.bonato = new BonatoDetector(this.fs, Math.max(noise, 1e-9));
    this.keep(this.bonato.push(all));
  }

  private finishBonato(): void {
    if (this.method !== 'bonato') {
      return;
    }
    if (this.bonato === null) {
      this.startBonato();
    }
    this.keep(this.bonato?.finish() ?? []);
  }
}
