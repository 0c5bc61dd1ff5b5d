/** @module Turns evidence codes (`f:trismus`, `no cond:stroke`, `lab:potassium=low`, `vital:gcs<9`) into words. */
import {
  featureKey,
  type Bounds,
  type EvidenceRef,
  type FeatureId,
  type HistoryMeasure,
  type LabMeasure,
  type VitalSign,
} from '../domain/evidence/index.js';
import {
  DRUGS,
  type EmgFinding,
  type FindingId,
  type ImagingFinding,
  type Medication,
  type Region,
  type Trigger,
} from '../domain/kb/index.js';
import {
  CATEGORY_NAMES,
  CONDITION_NAMES,
  DERIVED_NAMES,
  EXPOSURE_NAMES,
  FINDING_NAMES,
  HISTORY_CONDITION_NAMES,
  MEDICATION_NAMES,
  TRIGGER_NAMES,
} from './findings.en.js';

const IMAGING: Readonly<Record<ImagingFinding, string>> = {
  spinalMass: 'spinal mass on imaging',
  cordCompression: 'cord compression on imaging',
  caudaEquinaCompression: 'cauda equina compression on imaging',
  discHerniation: 'disc herniation on imaging',
  brainIronDeposition: 'brain iron deposition on MRI',
  eyeOfTheTigerSign: 'eye-of-the-tiger sign on MRI',
  brainLesion: 'brain lesion on imaging',
  vertebralFracture: 'vertebral fracture on imaging',
  discitisOrAbscess: 'discitis or abscess on imaging',
};
const EMG: Readonly<Record<EmgFinding, string>> = {
  fasciculations: 'fasciculations on EMG',
  denervation: 'denervation on EMG',
  continuousActivityAtRest: 'continuous activity at rest on EMG',
  myotonicDischarges: 'myotonic discharges on EMG',
};
const REGION: Readonly<Record<Region, string>> = {
  cervical: 'neck',
  thoracic: 'mid back',
  lumbar: 'low back',
  sacral: 'sacral area',
};

const LAB: Readonly<Record<LabMeasure, string>> = {
  potassium: 'potassium',
  sodium: 'sodium',
  magnesium: 'magnesium',
  calcium: 'calcium',
  calcium_adjusted: 'total calcium (adjusted for albumin when known)',
  calcium_total: 'total calcium',
  calcium_ionized: 'ionized calcium',
  albumin: 'albumin',
  creatinine: 'creatinine',
  egfr: 'eGFR',
  glucose: 'glucose',
  hba1c: 'HbA1c',
  cortisol: 'cortisol',
  acth: 'ACTH',
  ceruloplasmin: 'ceruloplasmin',
  copper: 'copper',
  creatine_kinase: 'creatine kinase',
  vitamin_b12: 'vitamin B12',
  tsh: 'TSH',
  crp: 'CRP',
  esr: 'ESR',
  alt: 'ALT',
};
const VITAL: Readonly<Record<VitalSign, string>> = {
  temperatureC: 'temperature (°C)',
  heartRate: 'heart rate',
  systolicBp: 'systolic blood pressure',
  respiratoryRate: 'breathing rate',
  spo2: 'oxygen saturation (%)',
  gcs: 'Glasgow Coma Scale',
};
const HISTORY: Readonly<Record<HistoryMeasure, string>> = {
  durationDays: 'days since it started',
  painNrs: 'pain (0–10)',
};

/**
 * Medicines named as one substance take no article ("taking baclofen"); a class takes one ("taking a
 * statin"). The article's prescription drugs are all single substances, and so are these four.
 */
const SUBSTANCES: ReadonlySet<string> = new Set<string>([
  ...DRUGS,
  'fluvoxamine',
  'ciprofloxacin',
  'insulin',
  'chemotherapy',
] satisfies readonly (Medication | (typeof DRUGS)[number])[]);

function medicine(id: Medication): string {
  const name = MEDICATION_NAMES[id];
  if (SUBSTANCES.has(id)) {
    return name;
  }
  if (name.startsWith('other ')) {
    return `another ${name.slice('other '.length)}`;
  }
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}

/** A trigger as the spasms' cause; "nothing in particular" is said as such, never after "set off by". */
function triggerPresent(id: Trigger): string {
  return id === 'none' ? 'no particular trigger' : `set off by ${TRIGGER_NAMES[id]}`;
}

function triggerAbsent(id: Trigger): string {
  return id === 'none'
    ? 'set off by something in particular'
    : `not set off by ${TRIGGER_NAMES[id]}`;
}

/** Findings whose name is a clause or carries its own article or negation, so "no" before it would not read. */
const FINDING_ABSENT: Partial<Readonly<Record<FindingId, string>>> = {
  relief_at_rest: 'no relief at rest',
  no_improvement_4_weeks: 'improvement within 4 weeks',
  urinary_retention: 'able to pass urine',
  sensory_level: 'no sensory level on the trunk',
  consciousness_preserved_during_spasms: 'not fully awake during spasms',
  premonitory_urge: 'no urge before the tics',
  wound_recent: 'no unhealed wound',
  tetanus_vaccination_up_to_date: 'tetanus vaccination not up to date',
};

/** The name of a feature, from its vocabulary and id: what it says when it is present. */
export function featureName(id: FeatureId): string {
  const key = featureKey(id);
  switch (key.vocabulary) {
    case 'finding':
      return FINDING_NAMES[key.id];
    case 'condition':
      return `history of ${HISTORY_CONDITION_NAMES[key.id]}`;
    case 'medication':
      return `taking ${medicine(key.id)}`;
    case 'exposure':
      return `exposure to ${EXPOSURE_NAMES[key.id]}`;
    case 'trigger':
      return triggerPresent(key.id);
    case 'region':
      return `${REGION[key.id]} affected`;
    case 'emg':
      return EMG[key.id];
    case 'imaging':
      return IMAGING[key.id];
    case 'derived':
      return DERIVED_NAMES[key.id];
    case 'category':
      return CATEGORY_NAMES[key.id];
  }
}

/** What a feature says when it is absent, worded for its vocabulary so no "no" stands before a verb or a negation. */
export function absentText(id: FeatureId): string {
  const key = featureKey(id);
  switch (key.vocabulary) {
    case 'finding':
      return FINDING_ABSENT[key.id] ?? `no ${FINDING_NAMES[key.id]}`;
    case 'medication':
      return `not taking ${medicine(key.id)}`;
    case 'trigger':
      return triggerAbsent(key.id);
    case 'region':
      return `${REGION[key.id]} not affected`;
    case 'condition':
    case 'exposure':
    case 'emg':
    case 'imaging':
    case 'derived':
    case 'category':
      return `no ${featureName(id)}`;
  }
}

/** A next question about a feature, as the clinician would put it to the patient. */
export function askAbout(id: FeatureId): string {
  const key = featureKey(id);
  switch (key.vocabulary) {
    case 'trigger':
      return key.id === 'none'
        ? 'Ask whether the spasms come on with no particular trigger'
        : `Ask whether ${TRIGGER_NAMES[key.id]} sets the spasms off`;
    case 'region':
      return `Ask whether the ${REGION[key.id]} is affected`;
    case 'condition':
      return `Ask about a ${featureName(id)}`;
    case 'finding':
      return FINDING_NAMES[key.id].startsWith('no ')
        ? `Ask whether there is ${FINDING_NAMES[key.id]}`
        : `Ask about ${FINDING_NAMES[key.id]}`;
    case 'medication':
    case 'exposure':
    case 'emg':
    case 'imaging':
    case 'derived':
    case 'category':
      return `Ask about ${featureName(id)}`;
  }
}

function bounds(name: string, b: Bounds): string {
  const parts = [
    b.atLeast === undefined ? '' : `at least ${b.atLeast}`,
    b.below === undefined ? '' : `below ${b.below}`,
  ].filter((p) => p !== '');
  return `${name} ${parts.join(' and ')}`;
}

/** Words for one piece of evidence as the classifier and the rules report it. */
export function evidenceText(ref: EvidenceRef): string {
  switch (ref.kind) {
    case 'present':
      return featureName(ref.feature);
    case 'absent':
      return absentText(ref.feature);
    case 'category':
      return `${featureName(ref.feature)}: ${ref.value.replace(/_/g, ' ')}`;
    case 'lab':
      return bounds(LAB[ref.lab], ref);
    case 'vital':
      return bounds(VITAL[ref.vital], ref);
    case 'age':
      return bounds('age', ref);
    case 'history':
      return bounds(HISTORY[ref.history], ref);
    case 'leading':
      return `most likely cause: ${CONDITION_NAMES[ref.condition]}`;
  }
}
