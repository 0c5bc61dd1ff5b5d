/**
 * @module The assessment form's draft: what the controls hold (text as typed, so a half-typed number can be
 * shown and named in an error), and its translation into the case-format assessment the shared schema
 * checks. Empty means not asked, so it is left out (unknown, never normal); a number field that does not read
 * as a number is sent as NaN so the schema names the field and the rule.
 */
import { hasEntries as assessmentHasEntries } from '../../../src/domain/assessment/index';
import type { PatientRecord } from '../../../src/domain/records/accounts';
import { ODI_SECTION_TOPICS, START_BACK_TOPICS } from '../../../src/domain/scales/index';
import { ageOn } from '../../../src/domain/shared/age';

export type Tri = 'present' | 'absent' | 'unknown';

export interface LabRow {
  readonly loinc: string;
  readonly value: string;
  readonly unit: string;
  readonly low: string;
  readonly high: string;
}

export interface SensoryRow {
  readonly dermatome: string;
  readonly modality: string;
  readonly side: string;
  readonly result: string;
}

export interface ExamDraft {
  readonly mrc: Readonly<Record<string, string>>;
  readonly reflexes: Readonly<Record<string, string>>;
  readonly mas: string;
  readonly rom: Readonly<Record<string, string>>;
  /** Measured degrees, with the spine region they were measured on (the schema converts them to percent). */
  readonly romDegrees: {
    readonly region: string;
    readonly movements: Readonly<Record<string, string>>;
  };
  readonly sensory: readonly SensoryRow[];
  readonly gait: readonly string[];
}

/** A closed list the clinician may tick from, or declare asked with nothing on it. */
export interface ListDraft {
  readonly picked: readonly string[];
  readonly none: boolean;
}

export interface Draft {
  readonly patient: { readonly ageYears: string; readonly sex: string };
  readonly history: Readonly<Record<string, string>>;
  readonly regions: readonly string[];
  readonly triggers: readonly string[];
  readonly findings: Readonly<Record<string, Tri>>;
  readonly conditions: ListDraft;
  readonly exposures: ListDraft;
  /** One row per medication; a row left on "—" is ignored. */
  readonly medications: ListDraft;
  readonly vitals: Readonly<Record<string, string>>;
  readonly exam: ExamDraft;
  readonly labs: readonly LabRow[];
  readonly emg: Readonly<Record<string, Tri>>;
  readonly imaging: Readonly<Record<string, Tri>>;
  readonly csf: string;
  readonly questionnaires: QuestionnairesDraft;
}

export interface QuestionnairesDraft {
  /** ODI section scores as typed, '' for a section not answered. */
  readonly odi: readonly string[];
  readonly rmdq: readonly Tri[];
  readonly startBack: { readonly agree: readonly Tri[]; readonly bothersomeness: string };
}

const NO_LIST: ListDraft = { picked: [], none: false };

export const EMPTY_DRAFT: Draft = {
  patient: { ageYears: '', sex: '' },
  history: {},
  regions: [],
  triggers: [],
  findings: {},
  conditions: NO_LIST,
  exposures: NO_LIST,
  medications: NO_LIST,
  vitals: {},
  exam: {
    mrc: {},
    reflexes: {},
    mas: '',
    rom: {},
    romDegrees: { region: '', movements: {} },
    sensory: [],
    gait: [],
  },
  labs: [],
  emg: {},
  imaging: {},
  csf: '',
  questionnaires: {
    odi: ODI_SECTION_TOPICS.map(() => ''),
    rmdq: Array.from({ length: 24 }, (): Tri => 'unknown'),
    // items 1–8 are agree/disagree; item 9 (bothersomeness) has its own scale
    startBack: {
      agree: START_BACK_TOPICS.slice(0, 8).map((): Tri => 'unknown'),
      bothersomeness: '',
    },
  },
};

const HISTORY_NUMBERS = ['durationDays', 'painNrs', 'psfsFrequency', 'psfsSeverity'];

/** Text as typed to a number; '' is not asked. Anything else that is not a number stays NaN for the schema. */
export function num(s: string | undefined): number | undefined {
  return s === undefined || s.trim() === '' ? undefined : Number(s.trim().replace(',', '.'));
}

/** The entries of a record whose text is a number (or NaN), typed ones only. */
function numbers(r: Readonly<Record<string, string>>): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r)) {
    const n = num(v);
    if (n !== undefined) {
      out[k] = n;
    }
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

function triRecord(r: Readonly<Record<string, Tri>>): Record<string, boolean> | undefined {
  const out = Object.fromEntries(
    Object.entries(r)
      .filter(([, v]) => v !== 'unknown')
      .map(([k, v]) => [k, v === 'present']),
  );
  return Object.keys(out).length === 0 ? undefined : out;
}

function list(l: ListDraft): string[] | undefined {
  const picked = [...new Set(l.picked.filter((p) => p !== ''))];
  if (picked.length > 0) {
    return picked;
  }
  return l.none ? [] : undefined;
}

function exam(e: ExamDraft): Record<string, unknown> | undefined {
  const sensory = e.sensory.filter((s) => Object.values(s).some((v) => v !== ''));
  const degrees = numbers(e.romDegrees.movements);
  const out: Record<string, unknown> = {
    ...(numbers(e.rom) === undefined ? {} : { romPercentOfNormal: numbers(e.rom) }),
    // a region without degrees is not a measurement; degrees without a region are sent so the schema names it
    ...(degrees === undefined
      ? {}
      : { romDegrees: { region: e.romDegrees.region, movements: degrees } }),
    ...(numbers(e.mrc) === undefined ? {} : { mrc: numbers(e.mrc) }),
    ...(numbers(e.reflexes) === undefined ? {} : { reflexes: numbers(e.reflexes) }),
    ...(e.mas === '' ? {} : { mas: e.mas }),
    ...(sensory.length === 0 ? {} : { sensory }),
    ...(e.gait.length === 0 ? {} : { gait: e.gait }),
  };
  return Object.keys(out).length === 0 ? undefined : out;
}

function labs(rows: readonly LabRow[]): Record<string, unknown>[] | undefined {
  const used = rows.filter((r) => r.loinc !== '' || r.value.trim() !== '');
  if (used.length === 0) {
    return undefined;
  }
  return used.map((r) => {
    const low = num(r.low);
    const high = num(r.high);
    return {
      loinc: r.loinc,
      value: num(r.value) ?? Number.NaN,
      unit: r.unit,
      ...(low === undefined && high === undefined
        ? {}
        : {
            referenceRange: {
              ...(low === undefined ? {} : { low }),
              ...(high === undefined ? {} : { high }),
            },
          }),
    };
  });
}

const tri = (t: Tri): boolean | null => (t === 'unknown' ? null : t === 'present');

function questionnaires(d: QuestionnairesDraft): Record<string, unknown> | undefined {
  const odi = d.odi.some((s) => s.trim() !== '')
    ? { sections: d.odi.map((s) => num(s) ?? null) }
    : undefined;
  const rmdq = d.rmdq.some((t) => t !== 'unknown') ? { items: d.rmdq.map(tri) } : undefined;
  const sb = d.startBack;
  // STarT Back scores only when complete, so a started form is sent as is and the schema names the gap
  const startBack =
    sb.agree.some((t) => t !== 'unknown') || sb.bothersomeness !== ''
      ? { agree: sb.agree.map(tri), bothersomeness: sb.bothersomeness }
      : undefined;
  const out = {
    ...(odi === undefined ? {} : { odi }),
    ...(rmdq === undefined ? {} : { rmdq }),
    ...(startBack === undefined ? {} : { startBack }),
  };
  return Object.keys(out).length === 0 ? undefined : out;
}

/** The draft as a case-format assessment (not yet validated: `parseAssessment` does that). */
export function toAssessment(d: Draft): Record<string, unknown> {
  const history: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d.history)) {
    if (v !== '') {
      history[k] = HISTORY_NUMBERS.includes(k) ? num(v) : v;
    }
  }
  if (d.regions.length > 0) {
    history.regions = d.regions;
  }
  if (d.triggers.length > 0) {
    history.triggers = d.triggers;
  }
  const age = num(d.patient.ageYears);
  const csf = num(d.csf);
  const parts: Record<string, unknown> = {
    history: Object.keys(history).length === 0 ? undefined : history,
    findings: triRecord(d.findings),
    conditions: list(d.conditions),
    medications: list(d.medications),
    exposures: list(d.exposures),
    vitals: numbers(d.vitals),
    exam: exam(d.exam),
    labs: labs(d.labs),
    emg: triRecord(d.emg),
    imaging: triRecord(d.imaging),
    csf: csf === undefined ? undefined : { whiteCellsPerMm3: csf },
    questionnaires: questionnaires(d.questionnaires),
  };
  return {
    patient: {
      ...(age === undefined ? {} : { ageYears: age }),
      ...(d.patient.sex === '' ? {} : { sex: d.patient.sex }),
    },
    ...Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined)),
  };
}

/**
 * Whether anything was entered beyond the patient's age and sex (a history item, a finding present or absent, a
 * list, a measurement or a questionnaire): an assessment without any is not saved as an encounter. The rule
 * is the domain's, which the API applies too.
 */
export function hasEntries(d: Draft): boolean {
  return assessmentHasEntries(toAssessment(d));
}

/**
 * The draft with the age (on `today`, from the record's date of birth) and the sex from the patient's record,
 * each only where the draft's field is still empty: what the clinician already entered wins.
 */
export function withRecord(
  draft: Draft,
  record: Pick<PatientRecord, 'birthDate' | 'sex'>,
  today: string,
): Draft {
  const age = record.birthDate === null ? undefined : ageOn(record.birthDate, today);
  const ageYears = draft.patient.ageYears === '' && age !== undefined ? String(age) : null;
  const sex = draft.patient.sex === '' && record.sex !== null ? record.sex : null;
  if (ageYears === null && sex === null) {
    return draft;
  }
  return {
    ...draft,
    patient: { ageYears: ageYears ?? draft.patient.ageYears, sex: sex ?? draft.patient.sex },
  };
}
