/**
 * @module English wording of a clinician's patient timeline: each record in words (triage levels, scale
 * names and scores, self-care measures), never a raw code or a JSON object. Scale names only: licensed
 * questionnaire wording is not reproduced.
 */
import type { TriageLevel } from '../domain/shared/index.js';
import { LEVEL_NAMES } from './triage.en.js';

export type Instrument = 'odi' | 'rmdq' | 'start_back' | 'psfs' | 'nrs';

export interface WebTimelineMessages {
  readonly columns: { readonly when: string; readonly what: string; readonly detail: string };
  readonly encounter: (level: TriageLevel) => string;
  /** Each scale's name (names only: licensed wording is not reproduced). */
  readonly scale: Readonly<Record<Instrument, string>>;
  /** A score on its scale without the scale's name, or that it could not be scored. */
  readonly score: (
    instrument: Instrument,
    value: number | null,
    detail: Readonly<Record<string, string | number | null>>,
  ) => string;
  /** An outcome's one charted number with what the scale adds (`detail`), or that it could not be scored. */
  readonly outcome: (
    instrument: Instrument,
    value: number | null,
    detail: Readonly<Record<string, string | number | null>>,
  ) => string;
  readonly diary: (severity: number, pain: number, minutes: number) => string;
  /** Beside a diary entry the patient marked as entered in error (with their reason, if they gave one). */
  readonly enteredInError: (reason: string | null) => string;
  readonly selfCare: (measure: string, minutes: number) => string;
  readonly loadFailed: (status: number | null) => string;
}

const SCALE: Readonly<Record<Instrument, string>> = {
  odi: 'ODI',
  rmdq: 'RMDQ',
  start_back: 'STarT Back',
  psfs: 'PSFS',
  nrs: 'Pain NRS',
};

const RISK: Readonly<Record<string, string>> = {
  low: 'low risk',
  medium: 'medium risk',
  high: 'high risk',
};

/** The ODI's interpretation bands [S6], in the clinician's words. */
const ODI_BAND: Readonly<Record<string, string>> = {
  minimal: 'minimal disability',
  moderate: 'moderate disability',
  severe: 'severe disability',
  crippled: 'crippling back pain',
  bed_bound: 'bed-bound, or symptoms exaggerated',
};

function score(
  instrument: Instrument,
  value: number,
  detail: Readonly<Record<string, string | number | null>>,
): string {
  switch (instrument) {
    case 'odi': {
      const band = ODI_BAND[String(detail.band)];
      return `${String(Math.round(value))} %${band === undefined ? '' : `, ${band}`}`;
    }
    case 'rmdq':
      return `${String(value)} of 24`;
    case 'start_back': {
      const risk = RISK[String(detail.risk)];
      return `${String(value)} of 9${risk === undefined ? '' : `, ${risk}`}`;
    }
    case 'psfs':
      return typeof detail.severity === 'number'
        ? `frequency ${String(value)} of 4, severity ${String(detail.severity)} of 3`
        : `frequency ${String(value)} of 4`;
    case 'nrs':
      return `${String(value)} of 10`;
  }
}

function scoreOrNot(
  instrument: Instrument,
  value: number | null,
  detail: Readonly<Record<string, string | number | null>>,
): string {
  return value === null ? 'not scored (too few answers)' : score(instrument, value, detail);
}

/** Why a patient's record could not be read, by HTTP status. */
const LOAD_FAILED: Readonly<Record<string, string>> = {
  '401': 'Your session has ended: sign in again to see this patient.',
  '404': 'This record does not exist, or its patient is not assigned to you.',
};

export const WEB_TIMELINE_EN: WebTimelineMessages = {
  columns: { when: 'When', what: 'What', detail: 'Detail' },
  encounter: (level) => `Triage: ${LEVEL_NAMES[level]}`,
  scale: SCALE,
  score: scoreOrNot,
  outcome: (instrument, value, detail) =>
    `${SCALE[instrument]}: ${scoreOrNot(instrument, value, detail)}`,
  diary: (severity, pain, minutes) =>
    `Spasm severity ${String(severity)} of 3, pain ${String(pain)} of 10, ${String(minutes)} min`,
  enteredInError: (reason) =>
    `entered in error by the patient, not charted${reason === null ? '' : ` (“${reason}”)`}`,
  selfCare: (measure, minutes) => `${measure}, ${String(minutes)} min`,
  loadFailed: (status) =>
    LOAD_FAILED[String(status)] ?? 'This patient’s record could not be loaded. Try again.',
};
