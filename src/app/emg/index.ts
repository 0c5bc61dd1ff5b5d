/** @module EMG use cases: analyse a recording from any source. */
export {
  analyzeRecording,
  type AnalyzeOptions,
  type ChannelReport,
  type RecordingReport,
  type RestSource,
} from './analyze.js';
export type { Block, RecordingInfo, RecordingSource } from './ports.js';
