/** @module Turns evidence codes (`f:trismus`, `no cond:stroke`, `lab:potassium=low`, `vital:gcs<9`) into words. */
import {
  CATEGORIES,
  DERIVED_BOOLEANS,
  type CategoryFeature,
  type DerivedBoolean,
} from '../domain/evidence/index.js';
import type {
  ConditionId,
  Exposure,
  FindingId,
  HistoryCondition,
  Medication,
  Trigger,
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

const IMAGING: Readonly<Record<string, string>> = {
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
const EMG: Readonly<Record<string, string>> = {
  fasciculations: 'fasciculations on EMG',
  denervation: 'denervation on EMG',
  continuousActivityAtRest: 'continuous activity at rest on EMG',
  myotonicDischarges: 'myotonic discharges on EMG',
};
const REGION: Readonly<Record<string, string>> = {
  cervical: 'neck',
  thoracic: 'mid back',
  lumbar: 'low back',
  sacral: 'sacral area',
};

export function featureName(id: string): string {
  const [prefix, rest = ''] = id.split(/:(.*)/s) as [string, string?];
  switch (prefix) {
    case 'f':
      return FINDING_NAMES[rest as FindingId];
    case 'cond':
      return `history of ${HISTORY_CONDITION_NAMES[rest as HistoryCondition]}`;
    case 'med':
      return `taking a ${MEDICATION_NAMES[rest as Medication]}`;
    case 'exp':
      return `exposure to ${EXPOSURE_NAMES[rest as Exposure]}`;
    case 'trig':
      return `set off by ${TRIGGER_NAMES[rest as Trigger]}`;
    case 'region':
      return `${REGION[rest] ?? rest} affected`;
    case 'emg':
      return EMG[rest] ?? rest;
    case 'img':
      return IMAGING[rest] ?? rest;
    default:
      break;
  }
  if ((DERIVED_BOOLEANS as readonly string[]).includes(id)) {
    return DERIVED_NAMES[id as DerivedBoolean];
  }
  if (id in CATEGORIES) {
    return CATEGORY_NAMES[id as CategoryFeature];
  }
  return id;
}

/** Words for one evidence code as the classifier and the rules report them. */
export function evidenceText(code: string): string {
  if (code.startsWith('no ')) {
    return `no ${featureName(code.slice(3))}`;
  }
  if (code.startsWith('leading=')) {
    return `most likely cause: ${CONDITION_NAMES[code.slice(8) as ConditionId]}`;
  }
  const eq = code.indexOf('=');
  if (eq > 0 && !code.includes('<') && !code.includes('>')) {
    const feature = code.slice(0, eq);
    const value = code.slice(eq + 1).replace(/_/g, ' ');
    return `${featureName(feature)}: ${value}`;
  }
  const m = /^(lab|vital):([a-zA-Z_]+)(.*)$/.exec(code);
  if (m !== null) {
    return `${(m[2] ?? '').replace(/_/g, ' ')} ${m[3] ?? ''}`.trim();
  }
  return featureName(code);
}
