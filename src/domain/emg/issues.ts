/**
 * @module The problems an EMG recording or its analysis can have, as codes. Each issue's `path` names the
 * part of the file (`['header', 'durationOfDataRecord']`, `['signals', 2, 'physicalMinimum']`,
 * `['rows', 57, 'EMG 1']`) and its params hold the byte offset or line and the values at fault; the words
 * are in src/i18n/emg.en.ts.
 */
import type { DomainIssue } from '../shared/index.js';

export const EMG_ISSUE_CODES = [
  // EDF, EDF+, BDF headers and records
  'emg.truncated_header',
  'emg.bad_version',
  'emg.not_a_number',
  'emg.number_overflow',
  'emg.record_count_negative',
  'emg.no_records',
  'emg.record_duration_not_positive',
  'emg.signal_count_out_of_range',
  'emg.header_size',
  'emg.samples_per_record_not_positive',
  'emg.empty_range',
  'emg.digital_range_too_wide',
  'emg.physical_range_implausible',
  'emg.rate_too_high',
  'emg.record_too_large',
  'emg.record_size_mismatch',
  'emg.truncated_record',
  'emg.annotation_no_separator',
  'emg.annotation_bad_onset',
  'emg.annotation_bad_duration',
  'emg.timekeeping_missing',
  'emg.timekeeping_broken',
  'emg.records_out_of_order',
  'emg.only_annotations',
  'emg.too_many_annotations',
  // CSV
  'emg.csv_empty',
  'emg.csv_not_text',
  'emg.csv_no_header',
  'emg.csv_no_channels',
  'emg.csv_no_data',
  'emg.csv_line_too_long',
  'emg.csv_columns',
  'emg.csv_bad_value',
  'emg.csv_time_not_increasing',
  'emg.csv_no_rate',
  'emg.csv_rate_conflict',
  'emg.sample_implausible',
  // the analysis
  'emg.rate_too_low',
  'emg.too_many_channels',
  'emg.window_past_end',
  'emg.too_long_for_mode',
  // files
  'emg.not_a_file',
] as const;

export type EmgIssueCode = (typeof EMG_ISSUE_CODES)[number];

const CODES: ReadonlySet<string> = new Set(EMG_ISSUE_CODES);

export function isEmgIssueCode(code: string): code is EmgIssueCode {
  return CODES.has(code);
}

/** An EMG issue (a constructor that keeps the code typed). */
export function emgIssue(
  code: EmgIssueCode,
  path: readonly (string | number)[],
  params?: Readonly<Record<string, string | number>>,
): DomainIssue {
  return params === undefined ? { code, path } : { code, path, params };
}

/**
 * Warnings: the analysis went ahead, but something in the recording deserves a word (a unit that had to
 * be assumed, a channel left out).
 */
export const EMG_WARNING_CODES = [
  'emg.unit_assumed',
  'emg.channel_range_implausible',
  'emg.channel_rate_too_low',
] as const;
export type EmgWarningCode = (typeof EMG_WARNING_CODES)[number];

export interface EmgWarning {
  readonly code: EmgWarningCode;
  readonly path: readonly (string | number)[];
  readonly params?: Readonly<Record<string, string | number>>;
}
