/**
 * @module Electromyography (PRODUCT C6): signal processing matching scipy, burst onsets, spasm-at-rest
 * episodes with ECG gating, spectra and fatigue, flexion–relaxation, a seeded synthetic generator, and
 * the file formats. Pure TypeScript with no I/O, so it runs in a browser too.
 */
export * from './dsp/index.js';
export { EMG_DEFAULTS } from './defaults.js';
export { rectifyInPlace, movingRms, tkeo } from './envelope.js';
export { BaselineSampler, estimateBaseline, type Baseline } from './baseline.js';
export { BurstDetector, detectBursts, type Burst, type OnsetOptions } from './onset.js';
export { CalibratedDetector, BonatoDetector, type BonatoOptions } from './detectors.js';
export { detectEcg, maskedMovingRms, type EcgResult } from './ecg.js';
export { detectMains, mainsNotches } from './line-noise.js';
export {
  epochSpectrum,
  fatigueSlope,
  spectrumWork,
  type EpochSpectrum,
  type FatigueSlope,
  type SpectrumWork,
} from './spectral.js';
export { EventLog, EventTable, type EventMaker } from './event-log.js';
export { flexionRelaxation, FrrTracker, type FrrResult } from './frr.js';
export {
  Phase,
  PHASES,
  FRR_PHASES,
  phaseFromText,
  phasesFromAnnotations,
  restContext,
  shiftRestContext,
  REST_SOURCES,
  type RestSource,
} from './phases.js';
export { ChannelProcessor, type ChannelOptions, type ChannelResult } from './channel.js';
export { BurstTracker, burstEvent, type BurstOut, type OnsetMethod } from './bursts.js';
export {
  MaskedRmsStream,
  NO_REST_INFORMATION,
  SpasmTracker,
  spasmEpisode,
  type EventOut,
  type Interval,
  type RestContext,
  type SpasmEpisode,
} from './spasms.js';
export { SpectraTracker, type SpectralSummary } from './spectra.js';
export { EcgCanceller } from './ecg-cancel.js';
export { TraceTracker, type Trace } from './trace.js';
export { TraceWindow, type TraceWindowResult } from './trace-window.js';
export { emptyChannelResult, mergeSegments } from './segments.js';
export { Scratch } from './scratch.js';
export {
  SynthSpec,
  SynthStream,
  synthesize,
  type ParsedSynthSpec,
  SynthTruth,
  TrueEvent,
  TrueSpasm,
  TruePhase,
  ChannelTruth,
  ContractionTruth,
} from './synth.js';
export { Random } from './random.js';
export { medianInPlace, selectInPlace } from './stats.js';
export type { FilterMode } from './stages.js';
export * from './formats/index.js';
export {
  EMG_ISSUE_CODES,
  EMG_WARNING_CODES,
  emgIssue,
  isEmgIssueCode,
  type EmgIssueCode,
  type EmgWarning,
  type EmgWarningCode,
} from './issues.js';
