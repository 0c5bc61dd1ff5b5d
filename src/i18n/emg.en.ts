/**
 * @module English for electromyography: every problem a recording or its analysis can have, named by
 * the field (and its byte offset or line) and the rule it broke; the warnings; what the analysis knew
 * about rest; and the caveat of an onset method that holds only at good SNR.
 */
import type {
  EmgIssueCode,
  EmgWarning,
  EmgWarningCode,
  OnsetMethod,
  RestSource,
} from '../domain/emg/index.js';
import type { DomainIssue } from '../domain/shared/index.js';
import { plural } from './plural.js';

export interface EmgMessages {
  readonly issue: Readonly<Record<EmgIssueCode, (issue: DomainIssue) => string>>;
  readonly warning: Readonly<Record<EmgWarningCode, (w: EmgWarning) => string>>;
  /** What the analysis knew about rest, said plainly: without rest, spasms are only candidates. */
  readonly rest: Readonly<Record<RestSource, string>>;
  /** A method's limits, where it has some the user must know of; null where it has none to state. */
  readonly onsetCaveat: Readonly<Record<OnsetMethod, string | null>>;
  readonly onsetMethod: Readonly<Record<OnsetMethod, string>>;
  readonly spasmContext: Readonly<Record<'rest' | 'unknown', string>>;
  /** Each scalar feature of a channel (the `emg-analysis/1` view's keys) in words, with its unit. */
  readonly feature: Readonly<Record<EmgFeatureKey, string>>;
}

/** The scalar features of a channel in the `emg-analysis/1` view (its per-minute rows aside). */
export type EmgFeatureKey =
  | 'burstCount'
  | 'activeFraction'
  | 'spasmsAtRest'
  | 'spasmCandidates'
  | 'episodesInTasks'
  | 'phasicSpasms'
  | 'sustainedSpasms'
  | 'rms100msMeanUv'
  | 'rms100msPeakUv'
  | 'linearEnvelopeMeanUv'
  | 'linearEnvelopePeakUv'
  | 'ecgBeats'
  | 'heartRateBpm'
  | 'activeEpochs'
  | 'meanMnfHz'
  | 'meanMdfHz'
  | 'mnfSlopeHzPerS'
  | 'mdfSlopeHzPerS'
  | 'mdfSlopePercentPerS';

type Params = { readonly params?: Readonly<Record<string, string | number>> };

function v(issue: Params, key: string): string {
  const x = issue.params?.[key];
  if (typeof x === 'number') {
    return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
  }
  return x ?? '?';
}

/** A count from the params with its noun: `bytes(i, 'have')` is "1 byte" or "512 bytes". */
const counted =
  (one: string, other: string) =>
  (issue: Params, key: string): string =>
    plural('en', v(issue, key), { one: `# ${one}`, other: `# ${other}` });
const bytes = counted('byte', 'bytes');
const records = counted('record', 'records');
const channels = counted('channel', 'channels');

const HEADER_FIELDS: Readonly<Record<string, string>> = {
  version: 'version',
  numberOfHeaderBytes: 'number of header bytes',
  numberOfDataRecords: 'number of data records',
  durationOfDataRecord: 'duration of a data record',
  numberOfSignals: 'number of signals',
};

const SIGNAL_FIELDS: Readonly<Record<string, string>> = {
  physicalMinimum: 'physical minimum',
  physicalMaximum: 'physical maximum',
  digitalMinimum: 'digital minimum',
  digitalMaximum: 'digital maximum',
  samplesPerRecord: 'samples per record',
  physicalDimension: 'physical dimension',
};

/** The part of the recording an issue is about, as a reader would look for it. */
function where(issue: DomainIssue | EmgWarning): string {
  const [part, a, b] = issue.path;
  const byte = issue.params?.byte === undefined ? '' : ` (byte ${v(issue, 'byte')})`;
  switch (part) {
    case 'header':
      return `${typeof a === 'string' ? (HEADER_FIELDS[a] ?? a) : 'header'}${byte}`;
    case 'signals':
      if (typeof a === 'number') {
        const label = issue.params?.label === undefined ? '' : ` (${v(issue, 'label')})`;
        const field = typeof b === 'string' ? ` ${SIGNAL_FIELDS[b] ?? b}` : '';
        return `signal ${a + 1}${label}${field}${byte}`;
      }
      return `signal header${byte}`;
    case 'records':
      return typeof b === 'string'
        ? `time-keeping annotation of record ${v(issue, 'record')}${byte}`
        : `data records${byte}`;
    case 'annotations':
      return `EDF Annotations${byte}`;
    case 'rows':
      if (a === 'time') {
        return 'time column';
      }
      return typeof b === 'string' ? `line ${String(a)}, ${b}` : `line ${String(a ?? '?')}`;
    case 'file':
      return '';
    case undefined:
      return 'recording';
    default:
      return typeof part === 'string' ? part : 'recording';
  }
}

const at = (issue: DomainIssue, text: string): string => {
  const w = where(issue);
  return w === '' ? text : `${w}: ${text}`;
};

const ISSUE: Record<EmgIssueCode, (issue: DomainIssue) => string> = {
  'emg.truncated_header': (i) =>
    at(i, `the file ends after ${bytes(i, 'have')}; the header needs ${v(i, 'need')}`),
  'emg.bad_version': (i) =>
    at(i, `expected "0" (EDF) or 0xFF "BIOSEMI" (BDF), found "${v(i, 'value')}"`),
  'emg.not_a_number': (i) =>
    at(
      i,
      `"${v(i, 'value')}" is not ${v(i, 'expected') === 'integer' ? 'an integer' : 'a number'}`,
    ),
  'emg.number_overflow': (i) =>
    at(i, `"${v(i, 'value')}" is beyond the numbers a reader can hold exactly`),
  'emg.record_count_negative': (i) =>
    at(i, `${v(i, 'value')} is negative (−1 means unknown; a count is 0 or more)`),
  'emg.no_records': (i) =>
    at(
      i,
      `the file holds no complete data record (the header declares ${v(i, 'declared')}, ${plural('en', v(i, 'dataBytes'), { one: '# byte of data follows it', other: '# bytes of data follow it' })}): there is nothing to analyse`,
    ),
  'emg.record_duration_not_positive': (i) =>
    at(i, `${v(i, 'value')} s: a recording's records must last longer than 0 s`),
  'emg.signal_count_out_of_range': (i) =>
    at(i, `${channels(i, 'value')}: between ${v(i, 'min')} and ${v(i, 'max')} are read`),
  'emg.header_size': (i) =>
    at(i, `${v(i, 'value')} does not equal 256 × (number of signals + 1) = ${v(i, 'expected')}`),
  'emg.samples_per_record_not_positive': (i) => at(i, `${v(i, 'value')} is not at least 1`),
  'emg.empty_range': (i) =>
    at(
      i,
      `digital ${v(i, 'digitalMin')}…${v(i, 'digitalMax')}, physical ${v(i, 'physicalMin')}…${v(i, 'physicalMax')}: the ranges must not be empty`,
    ),
  'emg.digital_range_too_wide': (i) =>
    at(i, `${v(i, 'digitalMin')}…${v(i, 'digitalMax')} does not fit ${v(i, 'bits')}-bit samples`),
  'emg.physical_range_implausible': (i) =>
    at(
      i,
      `a physical range of ${v(i, 'physicalMin')}…${v(i, 'physicalMax')} ${v(i, 'unit')} reaches beyond ±${v(i, 'max')} µV, which no EMG measures: no channel is left to analyse`,
    ),
  'emg.rate_too_high': (i) =>
    at(
      i,
      `${v(i, 'rateHz')} Hz${i.params?.samplesPerRecord === undefined ? '' : ` (${v(i, 'samplesPerRecord')} samples in ${v(i, 'durationS')} s${i.params.label === undefined ? '' : ` for ${v(i, 'label')}`})`} is above ${v(i, 'max')} Hz, faster than any EMG is sampled: check the record duration and the samples per record`,
    ),
  'emg.record_too_large': (i) =>
    at(i, `a data record of ${bytes(i, 'value')} is more than the ${v(i, 'max')} read at once`),
  'emg.record_size_mismatch': (i) =>
    at(
      i,
      `the header declares ${records(i, 'declared')} of ${bytes(i, 'recordBytes')} but the data holds ${bytes(i, 'dataBytes')} (${records(i, 'complete')})`,
    ),
  'emg.truncated_record': (i) =>
    at(
      i,
      `${counted('complete record', 'complete records')(i, 'complete')} of ${bytes(i, 'recordBytes')} could be read, the header expects ${v(i, 'expected')}; ${plural('en', v(i, 'leftover'), { one: '# byte of a partial record remains', other: '# bytes of a partial record remain' })} (read the complete ones with --allow-truncated)`,
    ),
  'emg.annotation_no_separator': (i) => at(i, 'a TAL without the 0x14 separator after its onset'),
  'emg.annotation_bad_onset': (i) => at(i, `onset "${v(i, 'value')}" is not +seconds or -seconds`),
  'emg.annotation_bad_duration': (i) =>
    at(i, `duration "${v(i, 'value')}" is not a number of seconds of 0 or more`),
  'emg.timekeeping_missing': (i) =>
    at(i, 'an EDF+ record must open with its time-keeping annotation, and this one does not'),
  'emg.timekeeping_broken': (i) =>
    at(
      i,
      `says the record starts at ${v(i, 'foundS')} s; in a continuous (EDF+C) file it must start at ${v(i, 'expectedS')} s. The file's time is broken: it is refused rather than read with data in the wrong place`,
    ),
  'emg.records_out_of_order': (i) =>
    at(
      i,
      `says the record starts at ${v(i, 'foundS')} s, before the previous record (${v(i, 'previousS')} s, lasting ${v(i, 'durationS')} s) ends`,
    ),
  'emg.only_annotations': (i) => at(i, 'the file holds only annotations, no signal'),
  'emg.too_many_annotations': (i) =>
    at(
      i,
      `more than ${counted('annotation', 'annotations')(i, 'max')}: a recording's phases and events are far fewer`,
    ),
  'emg.csv_empty': (i) => at(i, 'the file is empty'),
  'emg.csv_not_text': (i) =>
    at(
      i,
      `holds ${v(i, 'found')}, so it is no CSV text; a recording is EDF, EDF+, BDF or CSV (a name ending .edf, .bdf, .rec, .csv or .txt)`,
    ),
  'emg.csv_no_header': (i) =>
    at(
      i,
      'the first row holds numbers, not channel names: a CSV recording starts with a header row (for example "time_s,EMG 1")',
    ),
  'emg.csv_no_channels': (i) => at(i, 'no channel columns besides the time column'),
  'emg.csv_no_data': (i) => at(i, 'the file has a header row but no rows of samples'),
  'emg.csv_line_too_long': (i) =>
    at(
      i,
      `longer than ${counted('character', 'characters')(i, 'max')} without a line break; a CSV recording's rows are far shorter (is this a CSV file?)`,
    ),
  'emg.csv_columns': (i) =>
    at(i, `${counted('column', 'columns')(i, 'value')}, the header has ${v(i, 'expected')}`),
  'emg.csv_bad_value': (i) => at(i, `"${v(i, 'value')}" is not a number`),
  'emg.csv_time_not_increasing': (i) =>
    at(i, `time ${v(i, 'value')} does not increase after ${v(i, 'previous')}`),
  'emg.csv_no_rate': (i) =>
    at(
      i,
      v(i, 'timeColumn') === '1'
        ? `${plural('en', v(i, 'rows'), { one: '# row of time gives', other: '# rows of time give' })} no sampling rate: give it with --fs`
        : 'no time column to take the sampling rate from: give it with --fs',
    ),
  'emg.csv_rate_conflict': (i) =>
    at(
      i,
      `the time column gives ${v(i, 'fromTime')} Hz, --fs says ${v(i, 'given')} Hz: leave out --fs, or fix the time column`,
    ),
  'emg.sample_implausible': (i) =>
    at(
      i,
      `${v(i, 'value')} µV is beyond ±${v(i, 'max')} µV, which no EMG measures (one such sample would swamp the channel's results)`,
    ),
  'emg.rate_too_low': (i) =>
    at(
      i,
      `no channel is sampled at ${v(i, 'min')} Hz or more (${v(i, 'rates')}); EMG analysis needs it`,
    ),
  'emg.too_many_channels': (i) =>
    at(
      i,
      `${channels(i, 'value')} to analyse; at most ${v(i, 'max')} are analysed at once, each with its own filters and baselines`,
    ),
  'emg.window_past_end': (i) =>
    at(
      i,
      `${v(i, 'fromS')} s is past the end of the recording (${v(i, 'durationS')} s); give a time within it`,
    ),
  'emg.too_long_for_mode': (i) =>
    at(
      i,
      `${v(i, 'mode')} mode holds the whole recording in memory and takes at most ${v(i, 'maxS')} s of it (${channels(i, 'channels')}); this is ${v(i, 'durationS')} s. Use --mode ${v(i, 'use')} (the same result within 1e-9), or --from/--to for a shorter part`,
    ),
  'emg.not_a_file': (i) =>
    at(
      i,
      `is ${v(i, 'kind')}, not a regular file: a recording is read from a file of known length`,
    ),
};

const WARNING: Record<EmgWarningCode, (w: EmgWarning) => string> = {
  'emg.unit_assumed': (w) =>
    `${where(w)}: physical dimension "${v(w, 'dimension')}" is not a voltage unit Tonus knows; µV assumed`,
  'emg.channel_range_implausible': (w) =>
    `${where(w)}: a physical range of ${v(w, 'physicalMin')}…${v(w, 'physicalMax')} ${v(w, 'unit')} reaches beyond ±${v(w, 'max')} µV, which no EMG measures: the channel is not analysed`,
  'emg.channel_rate_too_low': (w) =>
    `${where(w)}: sampled at ${v(w, 'fs')} Hz, below the ${v(w, 'min')} Hz EMG analysis needs: not analysed`,
};

export const EMG_EN: EmgMessages = {
  issue: ISSUE,
  warning: WARNING,
  rest: {
    at_rest_option:
      'The recording was made at rest (--at-rest, or atRest with an upload): episodes outside task phases are spasms at rest.',
    phases_file:
      'Rest and task phases from the phases given (a phases file, or with the upload): episodes in rest phases are spasms at rest, episodes in task phases are voluntary and left out, others are only candidates.',
    annotations:
      "Rest and task phases from the file's annotations: episodes in rest phases are spasms at rest, episodes in task phases are voluntary and left out, others are only candidates.",
    none: 'No rest phases were given: a spasm at rest needs rest, so every episode is only a spasm candidate. Give rest/task annotations, phases (a phases file, or with the upload), or say the recording was made at rest (--at-rest, atRest with an upload).',
  },
  onsetCaveat: {
    hodges_bui: null,
    tkeo: null,
    bonato:
      'The Bonato double threshold holds only at 10 dB SNR or more: on synthetic bursts at 3 dB and 0 dB it finds almost none, where Hodges–Bui finds nearly all (npm run bench:emg:accuracy). Use it only on clean recordings.',
  },
  onsetMethod: {
    hodges_bui: 'Hodges–Bui threshold, changepoint-refined',
    tkeo: 'TKEO with Hodges–Bui threshold, changepoint-refined',
    bonato: 'Bonato double threshold',
  },
  spasmContext: {
    rest: 'spasm at rest',
    unknown: 'spasm candidate (rest not known)',
  },
  feature: {
    burstCount: 'Bursts',
    activeFraction: 'Share of the time active (0–1)',
    spasmsAtRest: 'Spasms at rest',
    spasmCandidates: 'Spasm candidates (rest not known)',
    episodesInTasks: 'Episodes in task phases (voluntary, left out)',
    phasicSpasms: 'Phasic spasms',
    sustainedSpasms: 'Sustained spasms',
    rms100msMeanUv: 'RMS, 100 ms windows, mean (µV)',
    rms100msPeakUv: 'RMS, 100 ms windows, peak (µV)',
    linearEnvelopeMeanUv: 'Linear envelope, mean (µV)',
    linearEnvelopePeakUv: 'Linear envelope, peak (µV)',
    ecgBeats: 'ECG beats found',
    heartRateBpm: 'Heart rate (beats/min)',
    activeEpochs: 'Active epochs in the spectrum',
    meanMnfHz: 'Mean frequency, MNF (Hz)',
    meanMdfHz: 'Median frequency, MDF (Hz)',
    mnfSlopeHzPerS: 'Mean frequency slope (Hz/s)',
    mdfSlopeHzPerS: 'Median frequency slope (Hz/s)',
    mdfSlopePercentPerS: 'Median frequency slope (%/s)',
  },
};
