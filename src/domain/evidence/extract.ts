/**
 * @module Turns an assessment into evidence: each feature known (with its value) or unknown. Only what
 * the assessment states becomes known; an absent field stays unknown, never normal (FORMAT.md).
 */
import type { Assessment, LabPanel, NormalizedLab } from '../assessment/index.js';
import {
  EMG_FINDINGS,
  EXPOSURES,
  HISTORY_CONDITIONS,
  IMAGING_FINDINGS,
  LAB_THRESHOLDS,
  MEDICATIONS,
  REGIONS,
  ROM_NORMALS,
  TRIGGERS,
  type FindingId,
} from '../kb/index.js';
import { classifyReflex, painBand } from '../scales/index.js';
import {
  CATEGORIES,
  FEATURES,
  featureIndex,
  type BooleanFeature,
  type CategoryFeature,
  type CategoryValue,
  type FeatureId,
} from './features.js';
import { BANDED_FEATURES, bandOf, LAB_BANDS } from './lab-bands.js';

/** The root each reflex tests (reference §4.2 [M4]: biceps C5–C6, brachioradialis C6, triceps C7, patellar mainly L4, Achilles S1). */
const REFLEX_ROOT = {
  biceps: 'C5',
  brachioradialis: 'C6',
  triceps: 'C7',
  patellar: 'L4',
  achilles: 'S1',
} as const;

/** The arm's key muscles' roots (myotomes), in order from the neck down [M3]. */
const ARM_ROOTS: readonly string[] = ['C5', 'C6', 'C7', 'C8', 'T1'];
/** The arm's reflexes, whose roots (`REFLEX_ROOT`) are C5 to C7. */
const ARM_REFLEXES: readonly (keyof typeof REFLEX_ROOT)[] = [
  'biceps',
  'brachioradialis',
  'triceps',
];

/** From this age a diminished ankle jerk alone is not read as reduced (see `reducedReflexes` below). */
const AGED_ANKLE_YEARS = 70;

export interface Evidence {
  /** Per feature index: the value index, or -1 when unknown. */
  readonly values: Int8Array;
  readonly assessment: Assessment;
  readonly labs: LabPanel;
}

export function present(e: Evidence, id: BooleanFeature): boolean | undefined {
  const v = e.values[featureIndex(id)];
  return v === undefined || v < 0 ? undefined : v === 1;
}

export function category<F extends CategoryFeature>(
  e: Evidence,
  id: F,
): CategoryValue<F> | undefined {
  const v = e.values[featureIndex(id)];
  if (v === undefined || v < 0) {
    return undefined;
  }
  return CATEGORIES[id][v];
}

export function isKnown(e: Evidence, id: FeatureId): boolean {
  return (e.values[featureIndex(id)] ?? -1) >= 0;
}

/** Thresholds for derived vital-sign features (TONUS design; fever ≥ 38 °C follows IEC 2013 [R6]). */
export const VITAL_CUTS = {
  feverC: 38,
  tachycardiaBpm: 100,
  tachypnoeaPerMin: 25,
  hypoxiaSpo2: 92,
  shockSystolic: 90,
  lowSystolic: 100,
  /**
   * Systolic pressure at which the spinal cord medicine guideline considers drug treatment of autonomic
   * dysreflexia in an adult, whatever the person's usual pressure [CSCM-AD2020] (P).
   */
  highSystolic: 150,
} as const;

/**
 * A child's heart and breathing are faster: the upper end of the normal range by age (APLS table,
 * [APLS-VITALS], P) replaces the adult cut-off below 12 years, so a pulse of 112 at 9 is not a racing
 * heart. `[below age in years, upper normal]`, youngest first.
 */
export const CHILD_HEART_RATE_UPPER: readonly (readonly [number, number])[] = [
  [1, 160],
  [2, 150],
  [5, 140],
  [12, 120],
];
export const CHILD_BREATHING_RATE_UPPER: readonly (readonly [number, number])[] = [
  [1, 40],
  [2, 35],
  [5, 30],
];

/** The adult cut-off, or the child's upper normal for the age when it is higher. */
function upperForAge(
  ageYears: number | undefined,
  table: readonly (readonly [number, number])[],
  adult: number,
): number {
  if (ageYears === undefined) {
    return adult;
  }
  const band = table.find(([below]) => ageYears < below);
  return band === undefined ? adult : Math.max(adult, band[1]);
}

/** Share of normal range of motion below which movement counts as restricted (TONUS design). */
const ROM_REDUCED_BELOW_PERCENT = 75;
const CSF_PLEOCYTOSIS_PER_MM3 = 5; // IEC 2013 minor criterion [R6]

export function extractEvidence(a: Assessment, labs: LabPanel): Evidence {
  const values = new Int8Array(FEATURES.length).fill(-1);
  const setBool = (id: BooleanFeature, v: boolean | undefined): void => {
    if (v !== undefined) {
      values[featureIndex(id)] = v ? 1 : 0;
    }
  };
  const setCat = <F extends CategoryFeature>(id: F, v: CategoryValue<F> | undefined): void => {
    if (v !== undefined) {
      values[featureIndex(id)] = (CATEGORIES[id] as readonly string[]).indexOf(v);
    }
  };
  const finding = (id: FindingId): boolean | undefined => a.findings?.[id];

  for (const [id, v] of Object.entries(a.findings ?? {}) as [FindingId, boolean | undefined][]) {
    setBool(`f:${id}`, v);
  }
  // what the examination's sensory map shows is the finding too, whatever the history said: feeling lost in the
  // saddle (S3, S4-5) is saddle anaesthesia [R3][R4], and lost on both sides at a thoracic level (T4, T10) is a
  // sensory level (TONUS reading, P; the fourth review of stop 33 found them read only as a "sensory deficit")
  const lost = (a.exam?.sensory ?? []).filter(
    (s) => s.result === 'reduced' || s.result === 'absent',
  );
  if (lost.some((s) => s.dermatome === 'S3' || s.dermatome === 'S4_5')) {
    setBool('f:saddle_anaesthesia', true);
  }
  const bothSides = (d: string): boolean =>
    lost.some((s) => s.dermatome === d && s.side === 'left') &&
    lost.some((s) => s.dermatome === d && s.side === 'right');
  if (bothSides('T4') || bothSides('T10')) {
    setBool('f:sensory_level', true);
  }
  // a present list means "asked": members are present, the rest of its scope absent (FORMAT.md, ListScope)
  const k = a.known;
  setList('cond', HISTORY_CONDITIONS, a.conditions, k?.conditions, setBool);
  setList('med', MEDICATIONS, a.medications, k?.medications, setBool);
  setList('exp', EXPOSURES, a.exposures, k?.exposures, setBool);
  const h = a.history;
  setList('trig', TRIGGERS, h?.triggers, k?.triggers, setBool);
  setList('region', REGIONS, h?.regions, k?.regions, setBool);
  setCat('onset', h?.onset);
  setCat('course', h?.course);
  setCat('spread', h?.spread);
  setCat(
    'side',
    ifKnown(h?.side, (side) => (side === 'bilateral' ? 'bilateral' : 'unilateral')),
  );
  setCat('pain', h?.painNrs === undefined ? undefined : painBand(h.painNrs));
  setCat('psfs', h?.psfsFrequency === undefined ? undefined : psfsBand(h.psfsFrequency));
  setCat('age', ifKnown(a.patient.ageYears, ageBand));

  for (const id of EMG_FINDINGS) {
    setBool(`emg:${id}`, a.emg?.[id]);
  }
  for (const id of IMAGING_FINDINGS) {
    setBool(`img:${id}`, a.imaging?.[id]);
  }

  const v = a.vitals;
  setBool(
    'fever',
    merge(
      finding('fever_reported'),
      v?.temperatureC === undefined ? undefined : v.temperatureC >= VITAL_CUTS.feverC,
    ),
  );
  setBool(
    'ams',
    merge(finding('altered_mental_status'), v?.gcs === undefined ? undefined : v.gcs < 15),
  );
  const age = a.patient.ageYears;
  setBool(
    'tachycardia',
    v?.heartRate === undefined
      ? undefined
      : v.heartRate > upperForAge(age, CHILD_HEART_RATE_UPPER, VITAL_CUTS.tachycardiaBpm),
  );
  setBool(
    'tachypnoea',
    v?.respiratoryRate === undefined
      ? undefined
      : v.respiratoryRate >
          upperForAge(age, CHILD_BREATHING_RATE_UPPER, VITAL_CUTS.tachypnoeaPerMin - 1),
  );
  setBool('hypoxia', v?.spo2 === undefined ? undefined : v.spo2 < VITAL_CUTS.hypoxiaSpo2);
  setCat('bp', bpBand(v?.systolicBp));
  setBool(
    'high_systolic',
    v?.systolicBp === undefined ? undefined : v.systolicBp >= VITAL_CUTS.highSystolic,
  );

  const exam = a.exam;
  const reflexGrades = Object.values(exam?.reflexes ?? {});
  const brisk = merge(
    finding('hyperreflexia'),
    reflexGrades.length === 0 ? undefined : reflexGrades.some((g) => classifyReflex(g) === 'brisk'),
  );
  setBool('hyperreflexia', brisk);
  // ankle jerks weaken with age: from 70 a diminished one (grade 1) is common in people with no neuropathy,
  // so only an absent one counts as reduced (TONUS, P; 80 until stop 29, when a 78-year-old's grade 1 with
  // years of the same stiffness read as a neuropathy: dev-1290); every other reflex as at any age
  const agedAnkles = a.patient.ageYears !== undefined && a.patient.ageYears >= AGED_ANKLE_YEARS;
  const diminished = Object.entries(exam?.reflexes ?? {}).filter(([, g]) => g <= 1) as [
    keyof typeof REFLEX_ROOT,
    number,
  ][];
  const reducedReflexes = diminished
    .filter(([name, g]) => !(name === 'achilles' && agedAnkles && g > 0))
    .map(([name]) => name);
  setBool('reflexes_reduced', reflexGrades.length === 0 ? undefined : reducedReflexes.length > 0);
  setBool(
    'ankle_reflex_reduced',
    exam?.reflexes?.achilles === undefined ? undefined : reducedReflexes.includes('achilles'),
  );
  const mrc = Object.values(exam?.mrc ?? {});
  setBool('weakness', mrc.length === 0 ? undefined : mrc.some((g) => g < 5));
  setBool('weakness_severe', mrc.length === 0 ? undefined : mrc.some((g) => g <= 3));
  // "neurological signs at several levels" [R3][R4]: weakness at two roots or more, with a weak muscle or
  // a reduced reflex at three roots or more in all (reflex roots of reference §4.2 [M4]); one root's
  // weakness and its own reflex are one level. Beside weak muscles a diminished ankle jerk counts at any age:
  // the age allowance is for a reflex found alone (the stop 29 review: at 72, L4 and L5 weak with an ankle
  // jerk of 1 lost the emergency)
  const weakRoots = Object.entries(exam?.mrc ?? {})
    .filter(([, g]) => g < 5)
    .map(([root]) => root);
  const reflexRoots = diminished.map(([name]) => REFLEX_ROOT[name]);
  setBool(
    'deficit_multilevel',
    mrc.length === 0
      ? undefined
      : weakRoots.length >= 2 && new Set([...weakRoots, ...reflexRoots]).size >= 3,
  );
  // one arm root's pattern of weakness (myotomes [M3]): a weak arm muscle, every weak one within two neighbouring roots
  // of C5 to T1, and no leg muscle found weak (legs not examined count as not found). A compressed cervical root leaves
  // this pattern [CKS-CERVICAL-RADICULOPATHY], but so can a hand's stroke, a plexus or a nerve's entrapment, or the
  // start of a motor neurone disease: the evidence models of those conditions state it too (TONUS, P)
  const armRootIndex = weakRoots.map((r) => ARM_ROOTS.indexOf(r)).filter((i) => i >= 0);
  const armExamined = Object.keys(exam?.mrc ?? {}).some((r) => ARM_ROOTS.includes(r));
  setBool(
    'arm_root_deficit',
    !armExamined
      ? undefined
      : armRootIndex.length > 0 &&
          armRootIndex.length === weakRoots.length &&
          Math.max(...armRootIndex) - Math.min(...armRootIndex) <= 1,
  );
  // one arm root's reflex lost (reflex roots [M4]): an arm reflex of 0 or 1 beside another of 2 or more, every reduced
  // one within two neighbouring roots, no leg reflex reduced (an aged ankle's grade 1 aside, as above), and no reflex
  // brisk, graded or found. A compressed cervical root often takes its reflex before its strength
  // [CKS-CERVICAL-RADICULOPATHY]; a neuropathy takes the ankles first and the arms' together [X8] (TONUS, P)
  const armReflexes = ARM_REFLEXES.filter((name) => exam?.reflexes?.[name] !== undefined);
  const armReflexIndex = armReflexes
    .filter((name) => reducedReflexes.includes(name))
    .map((name) => ARM_ROOTS.indexOf(REFLEX_ROOT[name]));
  setBool(
    'arm_reflex_root_sign',
    armReflexes.length < 2
      ? undefined
      : armReflexIndex.length > 0 &&
          armReflexIndex.length < armReflexes.length &&
          reducedReflexes.every((name) => ARM_REFLEXES.includes(name)) &&
          // a reflex lost beside brisk ones is the cord's level (an inverted supinator jerk [M4]), not a root's
          brisk !== true &&
          Math.max(...armReflexIndex) - Math.min(...armReflexIndex) <= 1,
  );
  setBool('increased_tone', exam?.mas === undefined ? undefined : exam.mas !== '0');
  setBool('rom_reduced', romReduced(a));
  setBool('flexion_reduced', flexionReduced(a));
  const sensory = exam?.sensory;
  setBool(
    'sensory_deficit',
    sensory === undefined || sensory.length === 0 ? undefined : lost.length > 0,
  );
  const gait = exam?.gait;
  // a limp from pain: not a gait of the nerves, but in a child a discitis's, an osteomyelitis's or a tumour's
  setBool(
    'gait_antalgic',
    gait === undefined || gait.length === 0 ? undefined : gait.includes('antalgic'),
  );
  setBool(
    'gait_abnormal',
    merge(
      finding('gait_disturbance'),
      gait === undefined || gait.length === 0
        ? undefined
        : gait.some((g) => g !== 'normal' && g !== 'antalgic'),
    ),
  );
  setBool(
    'csf_pleocytosis',
    a.csf === undefined ? undefined : a.csf.whiteCellsPerMm3 >= CSF_PLEOCYTOSIS_PER_MM3,
  );
  // a cord injury is the history's, or a cord found compressed on imaging with no mass, abscess or fracture to explain
  // it: a degenerative myelopathy, a disc or an unstable atlantoaxial joint injures the cord without a blow (the
  // non-traumatic cord injury [M3]; TONUS reading, P). Writers name it spinal_cord_injury; with only the history read, a
  // myelopathy seen on MRI was never one (dev-17822, dev-17870, 66, clumsy hands, a spastic walk, C4-C6 compression)
  const imaging = a.imaging;
  const cordCompressedAlone =
    // the format's cord injury is the established condition, not the acute event: a compression come on in hours or
    // days (a haematoma, a hyperextension) is the event itself, and an onset not told is not read as a slow one
    (h?.onset === 'gradual' || h?.onset === 'chronic') &&
    imaging?.cordCompression === true &&
    // a mass looked for and not seen (missing is not normal); an abscess or a fracture not seen
    imaging.spinalMass === false &&
    imaging.discitisOrAbscess !== true &&
    imaging.vertebralFracture !== true;
  const cordInjuryKnown = values[featureIndex('cond:spinal_cord_injury')];
  setBool(
    'cord_injury_known_or_imaged',
    merge(
      cordCompressedAlone || undefined,
      cordInjuryKnown === -1 ? undefined : cordInjuryKnown === 1,
    ),
  );

  setLabCategories(labs, setCat);
  return { values, assessment: a, labs };
}

type ListPrefix = 'cond' | 'med' | 'exp' | 'trig' | 'region';

/** One list of the case format: members present; the scope (the whole vocabulary unless narrowed) absent; the rest unknown. */
function setList<T extends string>(
  prefix: ListPrefix,
  vocabulary: readonly T[],
  members: readonly T[] | undefined,
  scope: readonly T[] | undefined,
  setBool: (id: BooleanFeature, v: boolean | undefined) => void,
): void {
  if (members === undefined && scope === undefined) {
    return;
  }
  for (const id of vocabulary) {
    const feature = `${prefix}:${id}` as BooleanFeature;
    if (members?.includes(id) === true) {
      setBool(feature, true);
    } else if (scope === undefined || scope.includes(id)) {
      setBool(feature, false);
    }
  }
}

/** Applies `f` to a known value; unknown stays unknown. */
function ifKnown<T, R>(x: T | undefined, f: (x: T) => R): R | undefined {
  return x === undefined ? undefined : f(x);
}

/** Two sources about one fact: any positive wins, else any negative, else unknown. */
function merge(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  if (a === true || b === true) {
    return true;
  }
  if (a === false || b === false) {
    return false;
  }
  return undefined;
}

export function psfsBand(frequency: number): CategoryValue<'psfs'> {
  if (frequency === 0) {
    return 'none';
  }
  return frequency <= 2 ? 'infrequent' : 'frequent';
}

export function ageBand(age: number): CategoryValue<'age'> {
  if (age < 18) {
    return 'under_18';
  }
  if (age < 40) {
    return '18_to_39';
  }
  return age < 60 ? '40_to_59' : '60_plus';
}

function bpBand(systolic: number | undefined): CategoryValue<'bp'> | undefined {
  if (systolic === undefined) {
    return undefined;
  }
  if (systolic < VITAL_CUTS.shockSystolic) {
    return 'shock';
  }
  return systolic < VITAL_CUTS.lowSystolic ? 'low' : 'normal';
}

/** Percent of normal per movement, from recorded percentages or from degrees against the named normal set. */
export function romPercents(a: Assessment): number[] {
  const out = Object.values(a.exam?.romPercentOfNormal ?? {});
  const deg = a.exam?.romDegrees;
  if (deg !== undefined) {
    const normals = ROM_NORMALS[deg.reference][deg.region];
    for (const [movement, degrees] of Object.entries(deg.movements) as [
      keyof typeof normals,
      number | undefined,
    ][]) {
      if (degrees !== undefined) {
        out.push((degrees / normals[movement]) * 100);
      }
    }
  }
  return out;
}

function romReduced(a: Assessment): boolean | undefined {
  const p = romPercents(a);
  return p.length === 0 ? undefined : p.some((x) => x < ROM_REDUCED_BELOW_PERCENT);
}

/**
 * Bending forward of the back restricted: a disc's, an infection's or a tumour's, where a pars fracture of the lower back
 * restricts bending back. Read from the percentage recorded and from thoracolumbar degrees (a neck's degrees are not
 * the back's; a percentage names no region, so a neck's percentage is read as the back's, which can only keep an
 * exemption that needs this known and not restricted from applying); restricted when either says so, unknown when
 * neither was measured.
 */
function flexionReduced(a: Assessment): boolean | undefined {
  const readings: number[] = [];
  const percent = a.exam?.romPercentOfNormal?.flexion;
  if (percent !== undefined) {
    readings.push(percent);
  }
  const deg = a.exam?.romDegrees;
  const degrees = deg?.region === 'thoracolumbar' ? deg.movements.flexion : undefined;
  if (deg !== undefined && degrees !== undefined) {
    readings.push((degrees / ROM_NORMALS[deg.reference].thoracolumbar.flexion) * 100);
  }
  return readings.length === 0 ? undefined : readings.some((p) => p < ROM_REDUCED_BELOW_PERCENT);
}

type SetCat = <F extends CategoryFeature>(id: F, v: CategoryValue<F> | undefined) => void;

function lnh(lab: NormalizedLab | undefined): 'low' | 'normal' | 'high' | undefined {
  if (lab === undefined) {
    return undefined;
  }
  if (lab.low !== undefined && lab.value < lab.low) {
    return 'low';
  }
  return lab.high !== undefined && lab.value > lab.high ? 'high' : 'normal';
}

function setLabCategories(labs: LabPanel, set: SetCat): void {
  for (const feature of BANDED_FEATURES) {
    const banding = LAB_BANDS[feature];
    const lab = labs.byAnalyte[banding.analyte];
    if (lab !== undefined) {
      set(feature, bandOf<string>(lab, banding) as CategoryValue<typeof feature>);
    }
  }
  const ca = labs.calcium;
  if (ca !== undefined) {
    let band: CategoryValue<'lab:calcium'> = 'normal';
    if (ca.value < ca.criticalLow) {
      band = 'critical_low';
    } else if (ca.value < ca.low) {
      band = 'low';
    } else if (ca.value > ca.high) {
      band = 'high';
    }
    set('lab:calcium', band);
  }
  set('lab:glycaemia', glycaemia(labs));
  const crp = lnh(labs.byAnalyte.crp);
  const esr = lnh(labs.byAnalyte.esr);
  if (crp !== undefined || esr !== undefined) {
    set('lab:inflammation', crp === 'high' || esr === 'high' ? 'raised' : 'normal');
  }
}

function glycaemia(labs: LabPanel): CategoryValue<'lab:glycaemia'> | undefined {
  const a1c = labs.byAnalyte.hba1c;
  const glucose = labs.byAnalyte.glucose;
  if (a1c !== undefined && a1c.value >= LAB_THRESHOLDS.hba1cDiabetes.value) {
    return 'diabetic';
  }
  if (glucose !== undefined) {
    if (glucose.low !== undefined && glucose.value < glucose.low) {
      return 'low';
    }
    // the fasting threshold only applies to a fasting sample [L6]
    if (
      glucose.loinc === '1558-6' &&
      glucose.value >= LAB_THRESHOLDS.glucoseFastingDiabetes.value
    ) {
      return 'diabetic';
    }
  }
  return a1c === undefined && glucose === undefined ? undefined : 'normal';
}
