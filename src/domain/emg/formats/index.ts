/** @module EMG file formats: EDF, EDF+, BDF and CSV, read in streaming blocks and written record by record. */
export {
  parseEdfHeader,
  planRecords,
  microvoltsPerUnit,
  MAX_RATE_HZ,
  MAX_RECORD_BYTES,
  type EdfHeader,
  type EdfSignal,
  type EdfVariant,
  type RecordPlan,
} from './edf-header.js';
export {
  decodeRecords,
  parseTals,
  rangeImplausible,
  timekeepingIssue,
  MAX_MICROVOLTS,
  type Annotation,
  type DecodedRecords,
} from './edf-data.js';
export {
  encodeHeader,
  encodeRecord,
  headerNumber,
  type WriteSignal,
  type WriteSpec,
} from './edf-writer.js';
export { sniffRecording, SNIFF_BYTES, type RecordingKind } from './sniff.js';
export { CsvDecoder, encodeCsv, MAX_CSV_LINE, MAX_CSV_CHANNELS, type CsvLayout } from './csv.js';
