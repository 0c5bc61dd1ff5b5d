/**
 * @module Amplitude of a channel over the analysed time, by the two envelopes of emg.md §0: the moving
 * RMS over 100 ms (Visual3D) and the linear envelope, a 6 Hz order-2 low-pass of the rectified signal
 * (pyemgpipeline). Reported as mean and peak; neither is ECG-gated, so on trunk channels with a strong
 * ECG the peaks can be the heart's (the spasm RMS is the gated one).
 */
import { EMG_DEFAULTS } from './defaults.js';
import { envelopeStage, type FilterMode, type Stage } from './stages.js';

export interface AmplitudeSummary {
  readonly rms100msMeanUv: number | null;
  readonly rms100msPeakUv: number | null;
  readonly linearEnvelopeMeanUv: number | null;
  readonly linearEnvelopePeakUv: number | null;
}

export class AmplitudeTracker {
  /**
   * The 100 ms RMS from sums of squares over 2 ms blocks (500 per second, a ring of 50): one
   * multiply-add per sample, and the RMS is read once a block — a 100 ms window barely moves in 2 ms.
   */
  private readonly block: number;
  private readonly ring: Float64Array;
  private ringAt = 0;
  private inBlock = 0;
  private blockSq = 0;
  private blocksSeen = 0;
  private runSq = 0;
  private rmsSum = 0;
  private rmsCount = 0;
  private rmsPeak = 0;
  private readonly envelope: Stage;
  private rectified = new Float64Array(0);
  private envSum = 0;
  private envCount = 0;
  private envPeak = 0;
  private readonly onEnvelope: ((env: Float64Array) => void) | undefined;

  /**
   * @param onEnvelope - Also receives the linear envelope as it comes out (a view valid during the call),
   * so a burst detector that reads the same envelope does not filter it a second time.
   */
  constructor(fs: number, mode: FilterMode, onEnvelope?: (env: Float64Array) => void) {
    this.onEnvelope = onEnvelope;
    const D = EMG_DEFAULTS;
    this.block = Math.max(1, Math.floor(fs / 500));
    this.ring = new Float64Array(Math.max(1, Math.round((D.rmsWindowS * fs) / this.block)));
    this.envelope = envelopeStage(D.linearEnvelope.lowpassHz, D.linearEnvelope.order, fs, mode);
  }

  /** Band-passed samples, in order. */
  push(x: Float64Array): void {
    const { ring, block } = this;
    const nb = ring.length;
    const window = nb * block;
    if (this.rectified.length < x.length) {
      this.rectified = new Float64Array(x.length);
    }
    const rect = this.rectified;
    let { ringAt, inBlock, blockSq, blocksSeen, runSq, rmsSum, rmsCount, rmsPeak } = this;
    for (let i = 0; i < x.length; i++) {
      const v = x[i] ?? 0;
      rect[i] = v < 0 ? -v : v;
      blockSq += v * v;
      inBlock += 1;
      if (inBlock === block) {
        runSq += blockSq - (ring[ringAt] ?? 0);
        ring[ringAt] = blockSq;
        blockSq = 0;
        inBlock = 0;
        blocksSeen += 1;
        ringAt += 1;
        if (ringAt === nb) {
          ringAt = 0;
          // a running sum drifts over a day: start it afresh once per window
          runSq = 0;
          for (let k = 0; k < nb; k++) {
            runSq += ring[k] ?? 0;
          }
        }
        // a full window only: the first 100 ms would understate the RMS
        if (blocksSeen >= nb) {
          const rms = runSq > 0 ? Math.sqrt(runSq / window) : 0;
          rmsSum += rms;
          rmsCount += 1;
          rmsPeak = rms > rmsPeak ? rms : rmsPeak;
        }
      }
    }
    this.ringAt = ringAt;
    this.inBlock = inBlock;
    this.blockSq = blockSq;
    this.blocksSeen = blocksSeen;
    this.runSq = runSq;
    this.rmsSum = rmsSum;
    this.rmsCount = rmsCount;
    this.rmsPeak = rmsPeak;
    this.envelopeOut(this.envelope.push(rect.subarray(0, x.length)));
  }

  finish(): AmplitudeSummary {
    this.envelopeOut(this.envelope.finish());
    return {
      rms100msMeanUv: this.rmsCount === 0 ? null : this.rmsSum / this.rmsCount,
      rms100msPeakUv: this.rmsCount === 0 ? null : this.rmsPeak,
      linearEnvelopeMeanUv: this.envCount === 0 ? null : this.envSum / this.envCount,
      linearEnvelopePeakUv: this.envCount === 0 ? null : this.envPeak,
    };
  }

  private envelopeOut(e: Float64Array): void {
    if (e.length > 0) {
      this.onEnvelope?.(e);
    }
    let { envSum, envPeak } = this;
    for (let i = 0; i < e.length; i++) {
      const v = e[i] ?? 0;
      if (Number.isFinite(v)) {
        envSum += v;
        envPeak = v > envPeak ? v : envPeak;
        this.envCount += 1;
      }
    }
    this.envSum = envSum;
    this.envPeak = envPeak;
  }
}
