/**
 * @module The analysis defaults and where each comes from (emg.md §0). Our own choices, where no
 * literature value exists, are marked as such.
 */

export const EMG_DEFAULTS = {
  /**
   * Slowest channel analysed: the 20 Hz high-pass, a 50/60 Hz notch and some of the EMG band must lie
   * below fs/2 (our floor; surface EMG is usually sampled at 1000 Hz or more).
   */
  minRateHz: 200,
  /** Butterworth band-pass 20–450 Hz, prototype order 2, zero-phase (De Luca 2010; pyemgpipeline). */
  bandpass: { lowHz: 20, highHz: 450, order: 2 },
  /** Option for trunk channels with ECG: high-pass 30 Hz, order 4 (Drake & Callaghan 2006). */
  trunkHighpass: { lowHz: 30, order: 4 },
  /** Notch off unless a line-noise ratio test fires; Q 30 (scipy iirnotch). Ratio and band are our choice. */
  notch: { q: 30, lineRatioDb: 10, bandHz: 1 },
  /** Linear envelope: low-pass 6 Hz, order 2, zero-phase (pyemgpipeline). */
  linearEnvelope: { lowpassHz: 6, order: 2 },
  /** Onset envelope: 12 Hz low-pass of the rectified signal; Hodges & Bui tested 10–50 Hz. Our measured choice. */
  onsetEnvelope: { lowpassHz: 12, order: 2 },
  /** Moving RMS for reports: 100 ms (Visual3D). */
  rmsWindowS: 0.1,
  /** Hodges–Bui: mean + 3 SD, ≥ 50 ms above to start, ≥ 50 ms below to end, merge gaps < 100 ms, drop < 50 ms. */
  onset: { thresholdSd: 3, minOnS: 0.05, minOffS: 0.05, mergeGapS: 0.1, minBurstS: 0.05 },
  /** Spasm at rest: 250 ms RMS above max(mean + 3 SD, 2 × mean) for ≥ 0.5 s; phasic < 5 s ≤ sustained (our proposal, emg.md). */
  spasm: {
    rmsWindowS: 0.25,
    thresholdSd: 3,
    meanFactor: 2,
    minDurationS: 0.5,
    sustainedS: 5,
    mergeGapS: 0.25,
  },
  /** ECG gating: QRS-like peaks of a 20 ms RMS, 3 × its median over the surrounding second, narrow, regular at 30–200 bpm, blanked from 60 ms before to 120 ms after (the S wave and filter ringing follow the R peak; our proposal). */
  ecg: {
    envelopeS: 0.02,
    localFactor: 3,
    maxWidthS: 0.12,
    minRrS: 0.3,
    maxRrS: 2,
    rrTolerance: 0.25,
    blankBeforeS: 0.06,
    blankAfterS: 0.12,
  },
  /** Spectra: 1 s epochs, Welch with 512-sample Hann segments and 50 % overlap, MNF/MDF over 20–450 Hz; an epoch counts when active for 90 % of it (our choice). */
  spectral: { epochS: 1, nperseg: 512, bandHz: [20, 450] as const, activeFraction: 0.9 },
  /** Baselines are re-estimated over this horizon on long recordings (our choice). */
  baselineHorizonS: 60,
  /** Share of the quietest 1 s windows a baseline is taken from: bursts are brief, spasms can fill most of a minute. */
  quietFraction: { bursts: 0.5, spasms: 0.2 },
  /** Look-ahead of the streaming backward passes (emg.md §5.3: decay to 1e-9). */
  lookaheadS: { bandpass: 0.5, envelope: 1.5, notch: 4 },
} as const;
