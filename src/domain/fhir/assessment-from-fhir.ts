/**
 * @module FHIR R4 resources read back into an assessment, by code: Tonus's own exports exactly, and
 * other systems' Patient, Condition, Observation, MedicationStatement and MedicationRequest as far as
 * their codes are known. What cannot be mapped is reported with its reason, never dropped in silence;
 * a value the assessment refuses (a pain of 12) is reported and left out, the rest still assessed.
 */
import {
  parseAssessment,
  type Assessment,
  type LabResult,
  type ParsedAssessment,
  type SensoryResult,
  type Vitals,
} from '../assessment/index.js';
import {
  EMG_FINDINGS,
  EXPOSURES,
  FINDING_IDS,
  IMAGING_FINDINGS,
  LOINC_CODES,
  MRC_ROOTS,
  ONSETS,
  COURSES,
  REFLEX_SITES,
  SIDES,
  SPINE_MOVEMENTS,
  SPREADS,
  TRIGGERS,
  REGIONS,
  HISTORY_CONDITIONS,
  MEDICATIONS,
  type Exposure,
  type HistoryCondition,
  type Medication,
} from '../kb/index.js';
import { MAS_GRADES, BOTHERSOMENESS } from '../scales/index.js';
import { ageOn, fail, ok, type Result } from '../shared/index.js';
import {
  ASSESSMENT_LISTS,
  KNOWN_LIST_VOCABULARY,
  type AssessmentList,
  type KnownList,
} from './assessment-to-fhir.js';
import type { ImportNoteEntry, UnmappedPart } from './issues.js';
import {
  codeIn,
  drugOf,
  findingBySnomed,
  firstCode,
  hasCode,
  hepaticStateOf,
  historyConditionsOf,
  isPresentation,
  medicationsOf,
  tonusCodeIn,
  tonusRawCode,
} from './read-codes.js';
import { readResources, type TypedResource } from './read-resources.js';
import type {
  CodeableConcept,
  Condition,
  MedicationAdministration,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  Quantity,
  QuestionnaireResponse,
} from './profiles.js';
import { roleOf } from './resources.js';
import { SYSTEM, TONUS_QUESTIONNAIRE } from './systems.js';
import {
  AGE_LOINC,
  BP_PANEL_LOINC,
  PAIN_NRS_LOINC,
  VITAL_CODES,
  type HepaticState,
} from './terminology.js';
import { GAIT_OBSERVATIONS } from '../assessment/index.js';

export interface ReadOptions {
  /** The day of the assessment (ISO date), for an age worked out from a birth date. */
  readonly asOf: string;
}

export interface ImportReport {
  /** What each resource became: `findings.trismus`, `labs`, `conditions`. */
  readonly mapped: readonly { readonly resource: string; readonly to: string }[];
  readonly unmapped: readonly UnmappedPart[];
  /** Tonus's own results, recomputed from the input rather than read back. */
  readonly derived: readonly string[];
  readonly notes: readonly ImportNoteEntry[];
  /** The problem list names spasm, cramp or back pain itself. */
  readonly presentation: boolean;
  /** The FHIR id of the patient, when the Patient has one. */
  readonly patientId?: string;
  /** The liver state the current problem list implies, for the order checks. */
  readonly hepatic?: HepaticState;
  /** Botulinum toxin given before, newest first: the interval and cumulative-dose checks need it. */
  readonly botulinumToxin: readonly { readonly date: string; readonly units: number }[];
}

export interface AssessmentImport {
  readonly parsed: ParsedAssessment;
  readonly report: ImportReport;
}

/** One value the resources say, with when they said it and which resource said it. */
interface Said {
  readonly value: unknown;
  readonly time: string;
  readonly resource: string;
}

type Path = readonly (string | number)[];

class Reading {
  readonly scalars = new Map<string, Said & { readonly path: Path }>();
  readonly lists = {
    conditions: new Map<HistoryCondition, string>(),
    medications: new Map<Medication, string>(),
    exposures: new Map<Exposure, string>(),
  };
  readonly labs: (Said & { readonly value: LabResult })[] = [];
  readonly sensory: (Said & { readonly value: SensoryResult })[] = [];
  readonly asked = new Set<AssessmentList>();
  readonly mapped: { resource: string; to: string }[] = [];
  readonly unmapped: UnmappedPart[] = [];
  readonly derived: string[] = [];
  readonly notes: ImportNoteEntry[] = [];
  presentation = false;
  hepatic: HepaticState | undefined;
  readonly botulinumToxin: { date: string; units: number }[] = [];

  /** Keeps the newest value for a path; the older one is reported as superseded. */
  set(path: Path, said: Said): void {
    const key = path.join('.');
    const before = this.scalars.get(key);
    if (before !== undefined && before.time > said.time) {
      this.unmapped.push({ resource: said.resource, reason: 'superseded', field: key });
      return;
    }
    if (before !== undefined) {
      this.unmapped.push({ resource: before.resource, reason: 'superseded', field: key });
      const at = this.mapped.findIndex((m) => m.resource === before.resource && m.to === key);
      if (at >= 0) {
        this.mapped.splice(at, 1);
      }
    }
    this.scalars.set(key, { ...said, path });
    this.mapped.push({ resource: said.resource, to: key });
  }

  skip(resource: string, reason: UnmappedPart['reason'], code?: CodeableConcept): void {
    const c = firstCode(code);
    this.unmapped.push({ resource, reason, ...(c === undefined ? {} : { code: c }) });
  }
}

function timeOf(o: Observation): string {
  return (
    o.effectiveDateTime ??
    o.effectiveInstant ??
    o.effectivePeriod?.end ??
    o.effectivePeriod?.start ??
    o.issued ??
    ''
  );
}

function numberOf(v: { valueQuantity?: Quantity; valueInteger?: number }): number | undefined {
  return v.valueInteger ?? v.valueQuantity?.value;
}

function unitOf(q: Quantity | undefined): string | undefined {
  return q?.system === SYSTEM.ucum && q.code !== undefined ? q.code : (q?.unit ?? q?.code);
}

/** Units a vital sign may come in, and how each converts to the assessment's unit. */
const VITAL_UNITS: Readonly<Record<keyof Vitals, Readonly<Record<string, (x: number) => number>>>> =
  {
    temperatureC: { Cel: (x) => x, '[degF]': (x) => ((x - 32) * 5) / 9 },
    heartRate: { '/min': (x) => x, '{beats}/min': (x) => x },
    systolicBp: { 'mm[Hg]': (x) => x },
    respiratoryRate: { '/min': (x) => x, '{breaths}/min': (x) => x },
    spo2: { '%': (x) => x },
    gcs: { '{score}': (x) => x, '1': (x) => x, '': (x) => x },
  };

const VITAL_KEYS = Object.keys(VITAL_CODES) as (keyof Vitals)[];

function vitalOf(code: CodeableConcept): keyof Vitals | undefined {
  return VITAL_KEYS.find((k) => {
    const v = VITAL_CODES[k];
    return [v.loinc, ...(v.alsoLoinc ?? [])].some((c) => hasCode(code, SYSTEM.loinc, c));
  });
}

function readVital(
  r: Reading,
  key: keyof Vitals,
  q: { valueQuantity?: Quantity; valueInteger?: number },
  time: string,
  label: string,
  code: CodeableConcept,
): void {
  const value = numberOf(q);
  if (value === undefined) {
    r.skip(label, 'no_value', code);
    return;
  }
  const convert = VITAL_UNITS[key][unitOf(q.valueQuantity) ?? ''];
  if (convert === undefined) {
    r.skip(label, 'unit_not_convertible', code);
    return;
  }
  r.set(['vitals', key], { value: convert(value), time, resource: label });
}

type Vocabulary = Parameters<typeof tonusCodeIn>[1];

/** History items coded as one concept each: the field, its vocabulary and the allowed codes. */
const HISTORY_CONCEPTS: Readonly<
  Record<
    'spasm-onset' | 'spasm-course' | 'spasm-side' | 'spasm-spread',
    readonly [string, Vocabulary, readonly string[]]
  >
> = {
  'spasm-onset': ['onset', 'onset', ONSETS],
  'spasm-course': ['course', 'course', COURSES],
  'spasm-side': ['side', 'side', SIDES],
  'spasm-spread': ['spread', 'spread', SPREADS],
};

/** Tonus Observation codes and the assessment part each fills. */
function readTonusObservation(
  r: Reading,
  o: Observation,
  code: string,
  time: string,
  label: string,
): boolean {
  const said = (value: unknown): Said => ({ value, time, resource: label });
  const concept = (vocabulary: Vocabulary, allowed: readonly string[]): string | undefined =>
    tonusCodeIn(o.valueCodeableConcept, vocabulary, allowed);
  const list = (vocabulary: Vocabulary, allowed: readonly string[]): string[] =>
    (o.component ?? []).flatMap((c) => {
      const id = tonusCodeIn(c.code, vocabulary, allowed);
      return id !== undefined && c.valueBoolean !== false ? [id] : [];
    });
  const byComponent = (
    vocabulary: Vocabulary,
    allowed: readonly string[],
  ): Record<string, number> =>
    Object.fromEntries(
      (o.component ?? []).flatMap((c) => {
        const id = tonusCodeIn(c.code, vocabulary, allowed);
        const v = numberOf(c);
        return id === undefined || v === undefined ? [] : [[id, v]];
      }),
    );
  switch (code) {
    case 'spasm-onset':
    case 'spasm-course':
    case 'spasm-side':
    case 'spasm-spread': {
      const [field, vocabulary, allowed] = HISTORY_CONCEPTS[code];
      const v = concept(vocabulary, allowed);
      if (v === undefined) {
        return false;
      }
      r.set(['history', field], said(v));
      return true;
    }
    case 'spasm-duration': {
      const v = numberOf(o);
      if (v === undefined) {
        return false;
      }
      r.set(['history', 'durationDays'], said(v));
      return true;
    }
    case 'spasm-triggers':
      r.set(['history', 'triggers'], said(list('trigger', TRIGGERS)));
      return true;
    case 'spasm-regions':
      r.set(['history', 'regions'], said(list('region', REGIONS)));
      return true;
    case 'psfs': {
      const parts = Object.fromEntries(
        (o.component ?? []).flatMap((c) => {
          const id = tonusCodeIn(c.code, 'observation', ['psfs-frequency', 'psfs-severity']);
          return id === undefined || c.valueInteger === undefined ? [] : [[id, c.valueInteger]];
        }),
      );
      if (parts['psfs-frequency'] === undefined) {
        return false;
      }
      r.set(
        ['history', 'psfs'],
        said({ frequency: parts['psfs-frequency'], severity: parts['psfs-severity'] }),
      );
      return true;
    }
    case 'pain-nrs': {
      const v = numberOf(o);
      if (v === undefined) {
        return false;
      }
      r.set(['history', 'painNrs'], said(v));
      return true;
    }
    case 'rom-percent':
      r.set(['exam', 'romPercentOfNormal'], said(byComponent('spine-movement', SPINE_MOVEMENTS)));
      return true;
    case 'rom-degrees': {
      const region = tonusCodeIn(o.bodySite as CodeableConcept | undefined, 'spine-region', [
        'cervical',
        'thoracolumbar',
      ]);
      if (region === undefined) {
        return false;
      }
      const reference = tonusCodeIn(o.method as CodeableConcept | undefined, 'rom-reference', [
        'VA_38CFR',
      ]);
      r.set(
        ['exam', 'romDegrees'],
        said({
          region,
          reference: reference ?? 'VA_38CFR',
          movements: byComponent('spine-movement', SPINE_MOVEMENTS),
        }),
      );
      return true;
    }
    case 'mrc':
      r.set(['exam', 'mrc'], said(byComponent('mrc-root', MRC_ROOTS)));
      return true;
    case 'reflexes-ninds':
      r.set(['exam', 'reflexes'], said(byComponent('reflex-site', REFLEX_SITES)));
      return true;
    case 'mas': {
      const v = concept('mas-grade', MAS_GRADES);
      if (v === undefined) {
        return false;
      }
      r.set(['exam', 'mas'], said(v));
      return true;
    }
    case 'gait':
      r.set(['exam', 'gait'], said(list('gait', GAIT_OBSERVATIONS)));
      return true;
    case 'sensory-test': {
      const part = (key: string, vocabulary: Vocabulary): string | undefined => {
        const c = (o.component ?? []).find(
          (x) => tonusCodeIn(x.code, 'observation', [key]) !== undefined,
        );
        return tonusRawCode(c?.valueCodeableConcept, vocabulary);
      };
      const result = tonusRawCode(o.valueCodeableConcept, 'sensory-result');
      const value = {
        dermatome: part('dermatome', 'dermatome'),
        modality: part('sensory-modality', 'sensory-modality'),
        side: part('sensory-side', 'sensory-side'),
        result,
      };
      if (Object.values(value).some((v) => v === undefined)) {
        return false;
      }
      r.sensory.push({ value: value as SensoryResult, time, resource: label });
      r.mapped.push({ resource: label, to: 'exam.sensory' });
      return true;
    }
    case 'csf-white-cells': {
      const v = numberOf(o);
      if (v === undefined) {
        return false;
      }
      r.set(['csf', 'whiteCellsPerMm3'], said(v));
      return true;
    }
    case 'lists-asked':
      for (const l of list('list', ASSESSMENT_LISTS)) {
        r.asked.add(l as AssessmentList);
      }
      r.mapped.push({ resource: label, to: 'lists' });
      return true;
    default: {
      const known = knownListOf(code);
      if (known === undefined) {
        return false;
      }
      r.set(['known', known], said(list(KNOWN_LIST_VOCABULARY[known], KNOWN_MEMBERS[known])));
      return true;
    }
  }
}

/** The members each `known` list may name (its vocabulary, as the assessment's lists). */
const KNOWN_MEMBERS: Readonly<Record<KnownList, readonly string[]>> = {
  conditions: HISTORY_CONDITIONS,
  medications: MEDICATIONS,
  exposures: EXPOSURES,
  triggers: TRIGGERS,
  regions: REGIONS,
};

function knownListOf(code: string): KnownList | undefined {
  const list = code.startsWith('known-') ? code.slice('known-'.length) : '';
  return Object.hasOwn(KNOWN_LIST_VOCABULARY, list) ? (list as KnownList) : undefined;
}

function readObservation(r: Reading, o: Observation, label: string): void {
  if (o.status === 'cancelled' || o.status === 'entered-in-error') {
    r.skip(label, 'not_current', o.code);
    return;
  }
  const time = timeOf(o);
  const own = tonusRawCode(o.code, 'observation');
  if (own !== undefined) {
    if (!readTonusObservation(r, o, own, time, label)) {
      r.skip(label, 'no_value', o.code);
    }
    return;
  }
  const bool = (path: Path): void => {
    if (o.valueBoolean === undefined) {
      r.skip(label, 'value_type', o.code);
    } else {
      r.set(path, { value: o.valueBoolean, time, resource: label });
    }
  };
  const finding = tonusCodeIn(o.code, 'finding', FINDING_IDS) ?? findingBySnomed(o.code);
  if (finding !== undefined) {
    bool(['findings', finding]);
    return;
  }
  const emg = tonusCodeIn(o.code, 'emg-finding', EMG_FINDINGS);
  if (emg !== undefined) {
    bool(['emg', emg]);
    return;
  }
  const imaging = tonusCodeIn(o.code, 'imaging-finding', IMAGING_FINDINGS);
  if (imaging !== undefined) {
    bool(['imaging', imaging]);
    return;
  }
  const exposure = tonusCodeIn(o.code, 'exposure', EXPOSURES);
  if (exposure !== undefined) {
    // an exposure looked for and absent only matters inside an asked list, which the marker says
    if (o.valueBoolean !== false) {
      r.lists.exposures.set(exposure, label);
    }
    r.mapped.push({ resource: label, to: 'exposures' });
    return;
  }
  readLoincObservation(r, o, time, label);
}

function readLoincObservation(r: Reading, o: Observation, time: string, label: string): void {
  if (hasCode(o.code, SYSTEM.loinc, AGE_LOINC.loinc)) {
    const v = numberOf(o);
    const unit = unitOf(o.valueQuantity);
    if (v === undefined) {
      r.skip(label, 'no_value', o.code);
    } else if (unit !== undefined && unit !== 'a') {
      r.skip(label, 'unit_not_convertible', o.code);
    } else {
      r.set(['patient', 'ageYears'], { value: v, time, resource: label });
    }
    return;
  }
  if (hasCode(o.code, SYSTEM.loinc, PAIN_NRS_LOINC.loinc)) {
    const v = numberOf(o);
    if (v === undefined) {
      r.skip(label, 'no_value', o.code);
    } else {
      r.set(['history', 'painNrs'], { value: v, time, resource: label });
    }
    return;
  }
  const vital = vitalOf(o.code);
  if (vital !== undefined) {
    readVital(r, vital, o, time, label, o.code);
    return;
  }
  if (hasCode(o.code, SYSTEM.loinc, BP_PANEL_LOINC)) {
    const systolic = (o.component ?? []).find((c) =>
      hasCode(c.code, SYSTEM.loinc, VITAL_CODES.systolicBp.loinc),
    );
    if (systolic === undefined) {
      r.skip(label, 'no_value', o.code);
    } else {
      readVital(r, 'systolicBp', systolic, time, label, o.code);
    }
    return;
  }
  const loinc = codeIn(o.code, SYSTEM.loinc).find((c) => LOINC_CODES[c] !== undefined);
  if (loinc !== undefined) {
    const q = o.valueQuantity;
    const unit = q?.unit ?? q?.code;
    if (q?.value === undefined || unit === undefined) {
      r.skip(label, 'no_value', o.code);
      return;
    }
    const range = o.referenceRange?.[0];
    const low = range?.low?.value;
    const high = range?.high?.value;
    r.labs.push({
      value: {
        loinc,
        value: q.value,
        unit,
        ...(low === undefined && high === undefined
          ? {}
          : {
              referenceRange: {
                ...(low === undefined ? {} : { low }),
                ...(high === undefined ? {} : { high }),
              },
            }),
      },
      time,
      resource: label,
    });
    r.mapped.push({ resource: label, to: 'labs' });
    return;
  }
  r.skip(label, 'unknown_code', o.code);
}

const HEPATIC_ORDER = ['none', 'impairment', 'active_disease', 'severe_insufficiency'] as const;

const NOT_CURRENT_VERIFICATION = ['refuted', 'entered-in-error'];
const INACTIVE_CLINICAL = ['inactive', 'remission', 'resolved'];

function readCondition(r: Reading, c: Condition, label: string): void {
  const verification = c.verificationStatus?.coding?.find(
    (x) => x.system === SYSTEM.conditionVerification,
  )?.code;
  const clinical = c.clinicalStatus?.coding?.find(
    (x) => x.system === SYSTEM.conditionClinical,
  )?.code;
  if (verification !== undefined && NOT_CURRENT_VERIFICATION.includes(verification)) {
    r.skip(label, 'not_current', c.code);
    return;
  }
  const inactive = clinical !== undefined && INACTIVE_CLINICAL.includes(clinical);
  const liver = inactive ? undefined : hepaticStateOf(c.code);
  if (
    liver !== undefined &&
    HEPATIC_ORDER.indexOf(liver) > HEPATIC_ORDER.indexOf(r.hepatic ?? 'none')
  ) {
    r.hepatic = liver;
  }
  if (isPresentation(c.code)) {
    if (!inactive) {
      r.presentation = true;
    }
    r.mapped.push({ resource: label, to: 'presentation' });
    return;
  }
  // a history condition stays history once resolved, but a pregnancy must be current
  const ids = historyConditionsOf(c.code).filter((id) => !(inactive && id === 'pregnancy'));
  const finding = findingBySnomed(c.code);
  if (ids.length === 0 && finding === undefined) {
    r.skip(label, inactive ? 'not_current' : 'unknown_code', c.code);
    return;
  }
  for (const id of ids) {
    r.lists.conditions.set(id, label);
    r.mapped.push({ resource: label, to: 'conditions' });
  }
  if (finding !== undefined && !inactive) {
    r.set(['findings', finding], {
      value: true,
      time: c.recordedDate ?? c.onsetDateTime ?? '',
      resource: label,
    });
  }
}

const CURRENT_STATEMENT = ['active', 'intended', 'on-hold'];
const CURRENT_REQUEST = ['active', 'on-hold'];

function readMedication(
  r: Reading,
  m: MedicationStatement | MedicationRequest,
  label: string,
  concept: CodeableConcept | undefined,
): void {
  const current =
    m.resourceType === 'MedicationStatement'
      ? CURRENT_STATEMENT.includes(m.status)
      : CURRENT_REQUEST.includes(m.status);
  if (!current) {
    r.skip(label, 'not_current', concept);
    return;
  }
  const match = medicationsOf(concept);
  if (match.ids.length === 0) {
    r.skip(label, 'unknown_code', concept);
    return;
  }
  if (match.byName) {
    r.notes.push({ note: 'medication_by_name', about: label });
  }
  for (const id of match.ids) {
    r.lists.medications.set(id, label);
  }
  r.mapped.push({ resource: label, to: 'medications' });
}

const GIVEN = ['completed', 'in-progress'];

/** A past administration: only botulinum toxin's matter, to the interval and cumulative-dose checks. */
function readAdministration(
  r: Reading,
  m: MedicationAdministration,
  label: string,
  concept: CodeableConcept | undefined,
): void {
  const date = (m.effectiveDateTime ?? m.effectivePeriod?.start ?? '').slice(0, 10);
  const dose = m.dosage?.dose;
  const units = dose?.value;
  const unit = dose?.code ?? dose?.unit ?? '';
  if (!GIVEN.includes(m.status) || !drugOf(concept).ids.includes('botulinum_toxin')) {
    r.skip(label, 'not_current', concept);
    return;
  }
  if (
    date === '' ||
    units === undefined ||
    !['{U}', 'U', '[iU]', '[IU]', '{unit}', 'units'].includes(unit)
  ) {
    r.skip(label, 'no_value', concept);
    return;
  }
  r.botulinumToxin.push({ date, units });
  r.mapped.push({ resource: label, to: 'botulinumToxin' });
}

function readQuestionnaire(r: Reading, q: QuestionnaireResponse, label: string): void {
  if (q.status === 'entered-in-error' || q.status === 'in-progress' || q.status === 'stopped') {
    r.skip(label, 'not_current');
    return;
  }
  const answers = new Map((q.item ?? []).map((i) => [i.linkId, i.answer?.[0]]));
  const time = q.authored ?? '';
  const said = (value: unknown): Said => ({ value, time, resource: label });
  switch (q.questionnaire) {
    case TONUS_QUESTIONNAIRE.odi:
      r.set(
        ['questionnaires', 'odi'],
        said({
          sections: Array.from(
            { length: 10 },
            (_, i) => answers.get(`section-${i + 1}`)?.valueInteger ?? null,
          ),
        }),
      );
      return;
    case TONUS_QUESTIONNAIRE.rmdq:
      r.set(
        ['questionnaires', 'rmdq'],
        said({
          items: Array.from(
            { length: 24 },
            (_, i) => answers.get(`item-${i + 1}`)?.valueBoolean ?? null,
          ),
        }),
      );
      return;
    case TONUS_QUESTIONNAIRE.startBack: {
      const bothersomeness = tonusCodeIn(
        { coding: [answers.get('item-9')?.valueCoding ?? {}] },
        'bothersomeness',
        BOTHERSOMENESS,
      );
      r.set(
        ['questionnaires', 'startBack'],
        said({
          agree: Array.from({ length: 8 }, (_, i) => answers.get(`item-${i + 1}`)?.valueBoolean),
          bothersomeness,
        }),
      );
      return;
    }
    case undefined:
    default:
      r.skip(label, 'unknown_code');
  }
}

function setIn(target: Record<string, unknown>, path: Path, value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((k) => {
    const key = String(k);
    const next = node[key];
    if (typeof next !== 'object' || next === null) {
      node[key] = {};
    }
    node = node[key] as Record<string, unknown>;
  });
  node[String(path[path.length - 1])] = value;
}

/** Oldest first, so the newest of two results for the same analyte is the one the labs keep. */
function byTime(x: { readonly time: string }, y: { readonly time: string }): number {
  return x.time.localeCompare(y.time);
}

function listValue(
  r: Reading,
  list: 'conditions' | 'medications' | 'exposures',
): string[] | undefined {
  const items: string[] = [...r.lists[list].keys()];
  if (r.asked.has(list)) {
    return items;
  }
  if (items.length > 0) {
    r.notes.push({ note: 'list_from_items', about: list });
    return items;
  }
  return undefined;
}

/** Builds the assessment from what was read; `omit` names the paths refused on an earlier pass. */
function build(
  r: Reading,
  patient: { sex?: string; age?: number },
  omit: ReadonlySet<string>,
): Record<string, unknown> {
  const a: Record<string, unknown> = {
    patient: {
      ...(patient.sex === undefined ? {} : { sex: patient.sex }),
      ...(patient.age === undefined ? {} : { ageYears: patient.age }),
    },
  };
  for (const [key, s] of r.scalars) {
    if (omit.has(key)) {
      continue;
    }
    if (key === 'history.psfs') {
      const p = s.value as { frequency: number; severity?: number };
      setIn(a, ['history', 'psfsFrequency'], p.frequency);
      if (p.severity !== undefined) {
        setIn(a, ['history', 'psfsSeverity'], p.severity);
      }
    } else {
      setIn(a, s.path, s.value);
    }
  }
  for (const list of ['conditions', 'medications', 'exposures'] as const) {
    const items = listValue(r, list)?.filter((_, i) => !omit.has(`${list}.${i}`));
    if (items !== undefined) {
      a[list] = items;
    }
  }
  const labs = [...r.labs].sort(byTime);
  const keptLabs = labs.filter((_, i) => !omit.has(`labs.${i}`)).map((l) => l.value);
  if (keptLabs.length > 0) {
    a.labs = keptLabs;
  }
  const sensory = r.sensory.filter((_, i) => !omit.has(`exam.sensory.${i}`)).map((s) => s.value);
  if (sensory.length > 0) {
    setIn(a, ['exam', 'sensory'], sensory);
  }
  return a;
}

/** The resource behind a refused path, for the report. */
function originOf(r: Reading, path: Path): string | undefined {
  const [head, index] = path;
  if (head === 'labs' && typeof index === 'number') {
    return [...r.labs].sort(byTime)[index]?.resource;
  }
  if (head === 'exam' && index === 'sensory' && typeof path[2] === 'number') {
    return r.sensory[path[2]]?.resource;
  }
  if (
    (head === 'conditions' || head === 'medications' || head === 'exposures') &&
    typeof index === 'number'
  ) {
    return [...r.lists[head].values()][index];
  }
  for (let n = path.length; n > 0; n--) {
    const key = path.slice(0, n).join('.');
    const s =
      r.scalars.get(key) ??
      (key.startsWith('history.psfs') ? r.scalars.get('history.psfs') : undefined);
    if (s !== undefined) {
      return s.resource;
    }
  }
  return undefined;
}

/** The key to omit for a refused path: the whole value a resource gave. */
function omitKeyOf(r: Reading, path: Path): string | undefined {
  const [head, index] = path;
  if (
    (head === 'labs' || head === 'conditions' || head === 'medications' || head === 'exposures') &&
    typeof index === 'number'
  ) {
    return `${head}.${index}`;
  }
  if (head === 'exam' && index === 'sensory' && typeof path[2] === 'number') {
    return `exam.sensory.${path[2]}`;
  }
  if (head === 'history' && (index === 'psfsFrequency' || index === 'psfsSeverity')) {
    return 'history.psfs';
  }
  for (let n = path.length; n > 0; n--) {
    const key = path.slice(0, n).join('.');
    if (r.scalars.has(key)) {
      return key;
    }
  }
  return undefined;
}

function patientFacts(
  r: Reading,
  patients: readonly TypedResource<Patient>[],
  o: ReadOptions,
): Result<{ sex?: string; age?: number; id?: string }> {
  const ids = new Set(patients.map((p) => p.value.id ?? p.label));
  if (ids.size > 1) {
    return fail([{ code: 'fhir.patient_ambiguous', path: [], params: { count: ids.size } }]);
  }
  const p = patients[0]?.value;
  const gender = p?.gender;
  let age = r.scalars.get('patient.ageYears')?.value as number | undefined;
  if (age === undefined && p?.birthDate !== undefined) {
    age = ageOn(p.birthDate, o.asOf);
    r.notes.push({ note: 'age_from_birth_date', about: patients[0]?.label ?? '' });
  }
  r.scalars.delete('patient.ageYears');
  if (p === undefined && age === undefined) {
    return fail([{ code: 'fhir.patient_missing', path: [] }]);
  }
  // the engine assesses without them, as after an interview's "I don't know"; the report says so
  const about = patients[0]?.label ?? 'Patient';
  const sex = gender === 'unknown' ? undefined : gender;
  if (sex === undefined) {
    r.notes.push({ note: 'sex_unknown', about });
  }
  if (age === undefined) {
    r.notes.push({ note: 'age_unknown', about });
  }
  return ok({ sex, age, ...(p?.id === undefined ? {} : { id: p.id }) });
}

/**
 * Reads an assessment from resources (a bundle's entries or a hook's prefetch).
 * @param resources - Each resource with where it came from (`entry[3].resource`), for error paths.
 * @returns The parsed assessment and a report of what was mapped, what was not and why; issues when a
 *   resource is not valid FHIR or the patient cannot be told apart (nothing is half-read).
 */
export function assessmentFromFhir(
  resources: readonly { readonly resource: unknown; readonly at: string }[],
  o: ReadOptions,
): Result<AssessmentImport> {
  const typed = readResources(resources);
  if (!typed.ok) {
    return typed;
  }
  const r = new Reading();
  const patients: TypedResource<Patient>[] = [];
  for (const t of typed.value) {
    const role = roleOf(t.value);
    if (role !== undefined && role !== 'input' && role !== 'encounter') {
      r.derived.push(t.label);
      continue;
    }
    switch (t.kind) {
      case 'Patient':
        patients.push(t as TypedResource<Patient>);
        r.mapped.push({ resource: t.label, to: 'patient' });
        break;
      case 'Observation':
        readObservation(r, t.value as Observation, t.label);
        break;
      case 'Condition':
        readCondition(r, t.value as Condition, t.label);
        break;
      case 'MedicationStatement':
      case 'MedicationRequest': {
        const m = t.value as MedicationStatement | MedicationRequest;
        readMedication(r, m, t.label, m.medicationCodeableConcept ?? t.medication);
        break;
      }
      case 'MedicationAdministration': {
        const m = t.value as MedicationAdministration;
        readAdministration(r, m, t.label, m.medicationCodeableConcept ?? t.medication);
        break;
      }
      case 'QuestionnaireResponse':
        readQuestionnaire(r, t.value as QuestionnaireResponse, t.label);
        break;
      case 'Medication':
        r.mapped.push({ resource: t.label, to: 'medication' });
        break;
      case 'other':
        if (t.value.resourceType === 'Encounter') {
          r.mapped.push({ resource: t.label, to: 'encounter' });
        } else {
          r.skip(t.label, 'unsupported_resource');
        }
        break;
    }
  }
  if (r.derived.length > 0) {
    r.notes.push({ note: 'derived_recomputed', about: String(r.derived.length) });
  }
  const patient = patientFacts(r, patients, o);
  if (!patient.ok) {
    return patient;
  }
  const omit = new Set<string>();
  // each pass leaves out the values the assessment refused and tries again; a handful of passes is plenty
  for (let pass = 0; pass < 8; pass++) {
    const parsed = parseAssessment(build(r, patient.value, omit));
    if (parsed.ok) {
      return ok({
        parsed: parsed.value,
        report: {
          mapped: r.mapped,
          unmapped: r.unmapped,
          derived: r.derived,
          notes: r.notes,
          presentation: r.presentation,
          ...(r.hepatic === undefined ? {} : { hepatic: r.hepatic }),
          botulinumToxin: [...r.botulinumToxin].sort((x, y) => y.date.localeCompare(x.date)),
          ...(patient.value.id === undefined ? {} : { patientId: patient.value.id }),
        },
      });
    }
    const refused = parsed.issues.flatMap((issue) => {
      const key = omitKeyOf(r, issue.path);
      return key === undefined || omit.has(key) ? [] : [{ issue, key }];
    });
    if (refused.length === 0) {
      return fail(parsed.issues);
    }
    for (const { issue, key } of refused) {
      omit.add(key);
      r.unmapped.push({
        resource: originOf(r, issue.path) ?? key,
        reason: 'rejected_value',
        field: issue.path.join('.'),
        rule: issue.code,
      });
    }
  }
  return fail([{ code: 'fhir.invalid_resource', path: [] }]);
}

export type { Assessment };
