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
export { detectMains } from './line-noise.js';
export { epochSpectrum, fatigueSlope, type EpochSpectrum, type FatigueSlope } from './spectral.js';
export { EventLog, EventTable, type EventMaker } from './event-log.js';
export { flexionRelaxation, phaseFromText, Phase, PHASES, type FrrResult } from './frr.js';
export {
  burstEvent,
  ChannelProcessor,
  spasmEpisode,
  type BurstOut,
  type ChannelOptions,
  type ChannelResult,
  type EventOut,
  type OnsetMethod,
  type SpasmEpisode,
  type Trace,
} from './channel.js';
export {
  SynthSpec,
  SynthStream,
  synthesize,
  type SynthTruth,
  type TrueEvent,
  type TrueSpasm,
  type TruePhase,
  type ContractionTruth,
} from './synth.js';
export { Random } from './random.js';
export type { FilterMode } from './stages.js';
export * from './formats/index.js';
