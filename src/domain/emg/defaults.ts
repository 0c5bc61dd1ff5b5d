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
  /**
   * Notch off unless a line-noise ratio test fires; Q 30 (scipy iirnotch). Ratio and band are our choice.
   * Its ends are padded over 1.5 s, not scipy's 9 samples, with the hum continued as a sinusoid and the
   * rest reflected (dsp/filtfilt.ts): the notch rings for about 0.2 s per decade, and hum cut off at the
   * start of a recording would otherwise look like a burst.
   */
  notch: { q: 30, lineRatioDb: 10, bandHz: 1, padS: 1.5 },
  /** Linear envelope: low-pass 6 Hz, order 2, zero-phase (pyemgpipeline). */
  linearEnvelope: { lowpassHz: 6, order: 2 },
  /**
   * Onset detection envelope: the 6 Hz linear envelope (Hodges & Bui tested 10–50 Hz for onset timing;
   * here timing comes from the changepoint refinement, and the smoother envelope holds bursts at 0 dB SNR).
   */
  onsetEnvelope: { lowpassHz: 6, order: 2 },
  /** Moving RMS for reports: 100 ms (Visual3D). */
  rmsWindowS: 0.1,
  /**
   * Hodges–Bui after emg.md §0, with our changes for low SNR and long recordings, set on the tuning seeds
   * of testing/evaluate.ts and checked on held-out ones (`npm run bench:emg:accuracy`):
   * - a burst must rise above mean + 5 SD to start and lasts while above mean + 2 SD (hysteresis; at
   *   0 dB SNR the 6 Hz envelope of a burst sits only ≈ 3.7 SD up and dips under 3 SD, which split
   *   bursts and made onsets late), ≥ 50 ms above to start, ≥ 50 ms below to end;
   * - gaps < 250 ms are merged (the reference's 50–100 ms split low-SNR bursts; two muscle bursts closer
   *   than a quarter second are read as one), bursts < 50 ms dropped;
   * - the onset is the variance changepoint searched up to 1 s before the crossing, never before the
   *   previous burst's end, so a burst whose first part stayed under the start threshold keeps its onset;
   * - a burst must stand 5 standard errors above the baseline in envelope level and 6 in mean signal
   *   power over ≈ 2·B·T independent samples (B = 200 Hz, under the 20–450 Hz band so coloured noise
   *   is not over-counted): over minutes of rest a smooth envelope crosses any level by chance, and the
   *   power over the whole burst tells a real one from a chance crossing much better than the envelope's
   *   median does.
   */
  onset: {
    thresholdSd: 2,
    startSd: 5,
    minOnS: 0.05,
    minOffS: 0.05,
    mergeGapS: 0.25,
    minBurstS: 0.05,
    minSignificance: 5,
    onsetSearchS: 1,
    minPowerZ: 6,
    powerBandwidthHz: 200,
  },
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
  /**
   * ECG template subtraction (Drake & Callaghan 2006): beats found in 10 s chunks with 1 s of context,
   * a template from 80 ms before to 140 ms after the beat (the band-passed QRS and its ringing), aligned
   * within ±30 ms; a detection whose least-squares scale is outside 0.3–3 is not subtracted (our choices).
   */
  ecgTemplate: {
    chunkS: 10,
    marginS: 1,
    beforeS: 0.08,
    afterS: 0.14,
    searchS: 0.03,
    minGain: 0.3,
    maxGain: 3,
  },
  /** Spectra: 1 s epochs, Welch with 512-sample Hann segments and 50 % overlap, MNF/MDF over 20–450 Hz; an epoch counts when active for 90 % of it (our choice). */
  spectral: { epochS: 1, nperseg: 512, bandHz: [20, 450] as const, activeFraction: 0.9 },
  /** Baselines are re-estimated over this horizon on long recordings (our choice). */
  baselineHorizonS: 60,
  /** Share of the quietest 1 s windows a baseline is taken from: bursts are brief, spasms can fill most of a minute. */
  quietFraction: { bursts: 0.5, spasms: 0.2 },
  /** Envelope low-passes pad their ends with this much even extension (stages.ts: envelopeStage; our choice). */
  envelopePadS: 0.5,
  /** Look-ahead of the streaming backward passes (emg.md §5.3: decay to 1e-9). */
  lookaheadS: { bandpass: 0.5, envelope: 1.5, notch: 4 },
} as const;
