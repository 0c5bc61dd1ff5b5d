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
import type { EmgFinding, ImagingFinding, Region } from '../domain/kb/index.js';
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

/** The name of a feature, from its vocabulary and id. */
export function featureName(id: FeatureId): string {
  const key = featureKey(id);
  switch (key.vocabulary) {
    case 'finding':
      return FINDING_NAMES[key.id];
    case 'condition':
      return `history of ${HISTORY_CONDITION_NAMES[key.id]}`;
    case 'medication':
      return `taking a ${MEDICATION_NAMES[key.id]}`;
    case 'exposure':
      return `exposure to ${EXPOSURE_NAMES[key.id]}`;
    case 'trigger':
      return `set off by ${TRIGGER_NAMES[key.id]}`;
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
      return `no ${featureName(ref.feature)}`;
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
