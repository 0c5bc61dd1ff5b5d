/** @module EMG use cases: analyse a recording from any source. */
export {
  analyzeRecording,
  phasesFromAnnotations,
  Phase,
  type AnalyzeOptions,
  type ChannelReport,
  type RecordingReport,
} from './analyze.js';
export type { Block, RecordingInfo, RecordingSource } from './ports.js';
