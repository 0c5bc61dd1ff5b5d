/**
 * @module The EMG viewer's words (clinician screens, English): the window of a stored study, its channel
 * picker, zoom and pan, and the bursts and spasm episodes drawn on the trace and listed in a table.
 */
import { plural } from './plural.js';

export interface WebEmgViewerMessages {
  readonly title: string;
  readonly channel: string;
  readonly loading: string;
  readonly failed: (detail: string) => string;
  readonly window: (fromS: string, toS: string, recordingS: string | null) => string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly panLeft: string;
  readonly panRight: string;
  readonly whole: string;
  readonly keys: string;
  readonly figure: (label: string, fromS: string, toS: string) => string;
  readonly legendRaw: string;
  readonly legendEnvelope: (windowMs: number) => string;
  readonly burstMark: (n: number) => string;
  readonly spasmMark: (n: number) => string;
  readonly counts: (bursts: number, spasms: number) => string;
  readonly notAnalysed: (state: string) => string;
  readonly tableCaption: string;
  readonly mark: string;
  readonly kind: string;
  readonly onset: string;
  readonly offset: string;
  readonly duration: string;
  readonly level: string;
  readonly burst: string;
  readonly spasm: (kind: 'phasic' | 'sustained', status: 'at_rest' | 'candidate') => string;
  readonly noEpisodes: string;
  readonly restUnknown: string;
}

const secs = (s: string): string => `${s} s`;

export const WEB_EMG_VIEWER_EN: WebEmgViewerMessages = {
  title: 'Trace',
  channel: 'Channel',
  loading: 'Reading the recording…',
  failed: (detail) => `The trace could not be read: ${detail}`,
  window: (from, to, total) =>
    `Showing ${secs(from)} to ${secs(to)}${total === null ? '' : ` of ${secs(total)}`}`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  panLeft: '← Earlier',
  panRight: 'Later →',
  whole: 'Whole recording',
  keys: 'Keys on the trace: + and − zoom, ← and → move, Home shows the whole recording. Drag across the trace to zoom into a stretch.',
  figure: (label, from, to) =>
    `EMG trace of ${label} from ${secs(from)} to ${secs(to)}; the episodes are listed in the table below`,
  legendRaw: 'signal (minimum to maximum per pixel)',
  legendEnvelope: (ms) => `RMS envelope (${ms} ms)`,
  burstMark: (n) => `B${n}`,
  spasmMark: (n) => `S${n}`,
  counts: (b, s) =>
    `${plural('en', b, { one: '# burst', other: '# bursts' })} and ${plural('en', s, { one: '# spasm episode', other: '# spasm episodes' })} in this window`,
  notAnalysed: (state) => `The analysis is ${state}: bursts and episodes appear when it is done.`,
  tableCaption: 'Bursts and spasm episodes in this window',
  mark: 'Mark',
  kind: 'Kind',
  onset: 'Onset (s)',
  offset: 'Offset (s)',
  duration: 'Duration (s)',
  level: 'Level (µV)',
  burst: 'burst',
  spasm: (kind, status) =>
    `spasm, ${kind}, ${status === 'at_rest' ? 'at rest' : 'candidate (rest not known)'}`,
  noEpisodes: 'No burst or spasm episode in this window.',
  restUnknown:
    'Nothing said when the patient was at rest: every spasm-like episode is a candidate.',
};
