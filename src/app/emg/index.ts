/** @module EMG use cases: analyse a recording from any byte source, write a synthetic one, and the view every surface shows. */
export {
  analyzeRecording,
  MAX_ANALYSED_CHANNELS,
  MAX_OFFLINE_SAMPLES,
  type ChannelReport,
  type RecordingReport,
  type SkipReason,
} from './analyze.js';
export { AnalyzeRequest, parseAnalyzeRequest } from './request.js';
export {
  openCsvSource,
  openEdfSource,
  openRecording,
  recordingKindOf,
  MAX_ANNOTATIONS,
  type SourceOptions,
} from './sources.js';
export { parseSynthSpec, writeSynthetic, SYNTH_FORMATS, type SynthFormat } from './synth.js';
export {
  EmgAnalysisView,
  EmgBurstView,
  EmgChannelView,
  EmgMessageView,
  EmgSpasmView,
  toEmgAnalysisView,
  type EmgViewMessages,
} from './view.js';
export type {
  Block,
  ByteSink,
  ByteSource,
  EmgHost,
  RecordingFormat,
  RecordingInfo,
  RecordingSource,
} from './ports.js';
