/** @module EMG file formats: EDF, EDF+, BDF and CSV, read in streaming blocks and written record by record. */
export {
  parseEdfHeader,
  planRecords,
  type EdfHeader,
  type EdfSignal,
  type EdfVariant,
  type FormatError,
  type Parsed,
  type RecordPlan,
} from './edf-header.js';
export { decodeRecords, parseTals, type Annotation, type DecodedRecords } from './edf-data.js';
export {
  encodeHeader,
  encodeRecord,
  headerNumber,
  type WriteSignal,
  type WriteSpec,
} from './edf-writer.js';
export { CsvDecoder, encodeCsv, type CsvLayout } from './csv.js';
