/**
 * @module English words of the clinician's structured assessment controls (PRODUCT C3): section titles,
 * field labels with their units, and the scales' grade meanings. Keyed by the domain's closed unions, so a
 * new vital sign, root, reflex site or questionnaire topic without words is a type error; a Spanish catalog
 * types itself `WebAssessMessages` too. Questionnaire items are named by number and a paraphrased topic
 * only: the licensed wording (ODI, STarT Back) is never reproduced.
 */
import type { SensoryResult, Vitals, GAIT_OBSERVATIONS } from '../domain/assessment/index.js';
import type {
  COURSES,
  MrcRoot,
  ONSETS,
  REGIONS,
  ReflexSite,
  SEXES,
  SIDES,
  SpineMovement,
  SPREADS,
} from '../domain/kb/index.js';
import type {
  BOTHERSOMENESS,
  MAS_GRADES,
  MRC_MEANINGS,
  ODI_SECTION_TOPICS,
  START_BACK_TOPICS,
} from '../domain/scales/index.js';

type Of<T extends readonly string[]> = T[number];

export type StructuredSection =
  | 'conditions'
  | 'medications'
  | 'exposures'
  | 'vitals'
  | 'exam'
  | 'labs'
  | 'emg'
  | 'imaging'
  | 'csf'
  | 'questionnaires';

/** The patient and history fields at the top of the form: labels, and the words of each closed choice. */
export interface AboutMessages {
  readonly ageYears: string;
  readonly sex: string;
  readonly sexes: Readonly<Record<Of<typeof SEXES>, string>>;
  readonly onset: string;
  readonly onsets: Readonly<Record<Of<typeof ONSETS>, string>>;
  readonly course: string;
  readonly courses: Readonly<Record<Of<typeof COURSES>, string>>;
  readonly side: string;
  readonly sides: Readonly<Record<Of<typeof SIDES>, string>>;
  readonly spread: string;
  readonly spreads: Readonly<Record<Of<typeof SPREADS>, string>>;
  readonly durationDays: string;
  readonly painNrs: string;
  readonly psfsFrequency: string;
  readonly psfsSeverity: string;
  readonly regions: string;
  readonly regionNames: Readonly<Record<Of<typeof REGIONS>, string>>;
  readonly triggers: string;
}

export interface WebAssessMessages {
  readonly about: AboutMessages;
  readonly sections: Readonly<Record<StructuredSection, string>>;
  /** A list asked about and nothing on it applies (sent as an empty list: every member absent). */
  readonly noneOfThese: string;
  readonly notAsked: string;
  readonly checkFields: string;
  readonly medication: (n: number) => string;
  readonly addMedication: string;
  readonly remove: (what: string) => string;
  readonly vitals: Readonly<
    Record<keyof Vitals, { readonly label: string; readonly unit: string }>
  >;
  readonly exam: {
    readonly mrc: string;
    readonly mrcRoot: (root: MrcRoot) => string;
    readonly mrcGrade: Readonly<Record<Of<typeof MRC_MEANINGS>, string>>;
    readonly reflexes: string;
    readonly reflexSite: Readonly<Record<ReflexSite, string>>;
    readonly ninds: readonly [string, string, string, string, string];
    readonly mas: string;
    readonly masGrade: Readonly<Record<Of<typeof MAS_GRADES>, string>>;
    readonly rom: string;
    readonly movement: Readonly<Record<SpineMovement, string>>;
    readonly percentOfNormal: string;
    readonly romDegrees: string;
    readonly romRegion: string;
    readonly romRegions: Readonly<Record<'cervical' | 'thoracolumbar', string>>;
    readonly degrees: string;
    readonly sensory: string;
    readonly sensoryRow: (n: number) => string;
    readonly addSensory: string;
    readonly dermatome: string;
    readonly modality: string;
    readonly modalities: Readonly<Record<SensoryResult['modality'], string>>;
    readonly side: string;
    readonly sides: Readonly<Record<SensoryResult['side'], string>>;
    readonly result: string;
    readonly results: Readonly<Record<SensoryResult['result'], string>>;
    readonly gait: string;
    readonly gaits: Readonly<Record<Of<typeof GAIT_OBSERVATIONS>, string>>;
  };
  readonly labs: {
    readonly row: (n: number) => string;
    readonly analyte: string;
    readonly value: string;
    readonly unit: string;
    readonly low: string;
    readonly high: string;
    readonly add: string;
  };
  readonly csfWhiteCells: string;
  readonly questionnaires: {
    readonly odi: string;
    readonly odiSection: (n: number, topic: Of<typeof ODI_SECTION_TOPICS>) => string;
    readonly odiTopics: Readonly<Record<Of<typeof ODI_SECTION_TOPICS>, string>>;
    readonly odiHint: string;
    readonly rmdq: string;
    readonly rmdqItem: (n: number) => string;
    readonly ticked: string;
    readonly notTicked: string;
    readonly startBack: string;
    readonly startBackItem: (n: number, topic: Of<typeof START_BACK_TOPICS>) => string;
    readonly startBackTopics: Readonly<Record<Of<typeof START_BACK_TOPICS>, string>>;
    readonly agree: string;
    readonly disagree: string;
    readonly bothersomeness: string;
    readonly bothersomenessLevels: Readonly<Record<Of<typeof BOTHERSOMENESS>, string>>;
  };
}

export const WEB_ASSESS_EN: WebAssessMessages = {
  about: {
    ageYears: 'Age (years)',
    sex: 'Sex',
    sexes: { female: 'female', male: 'male', other: 'other' },
    onset: 'Onset',
    onsets: { sudden: 'sudden', acute: 'acute', gradual: 'gradual', chronic: 'chronic' },
    course: 'Course',
    courses: {
      improving: 'improving',
      stable: 'stable',
      worsening: 'worsening',
      relapsing: 'relapsing',
    },
    side: 'Side',
    sides: { left: 'left', right: 'right', bilateral: 'both sides' },
    spread: 'Spread',
    spreads: { local: 'local', axial: 'along the spine', generalized: 'generalized' },
    durationDays: 'Duration (days)',
    painNrs: 'Pain now, 0–10 (NRS)',
    psfsFrequency: 'Spasm frequency, 0–4 (Penn)',
    psfsSeverity: 'Spasm severity, 1–3 (Penn)',
    regions: 'Regions',
    regionNames: { cervical: 'cervical', thoracic: 'thoracic', lumbar: 'lumbar', sacral: 'sacral' },
    triggers: 'Triggers',
  },
  sections: {
    conditions: 'Conditions (history of)',
    medications: 'Current medications',
    exposures: 'Exposures',
    vitals: 'Vital signs',
    exam: 'Examination',
    labs: 'Laboratory results',
    emg: 'EMG findings',
    imaging: 'Imaging findings',
    csf: 'Cerebrospinal fluid',
    questionnaires: 'Questionnaires',
  },
  noneOfThese: 'Asked: none of these',
  notAsked: 'not answered',
  checkFields: 'Check these fields:',
  medication: (n) => `Medication ${n}`,
  addMedication: 'Add a medication',
  remove: (what) => `Remove ${what}`,
  vitals: {
    temperatureC: { label: 'Temperature', unit: '°C' },
    heartRate: { label: 'Heart rate', unit: 'beats/min' },
    systolicBp: { label: 'Systolic blood pressure', unit: 'mmHg' },
    respiratoryRate: { label: 'Respiratory rate', unit: 'breaths/min' },
    spo2: { label: 'Oxygen saturation (SpO₂)', unit: '%' },
    gcs: { label: 'Glasgow Coma Scale', unit: '3–15' },
  },
  exam: {
    mrc: 'Muscle power (MRC 0–5) by root',
    mrcRoot: (root) => `MRC ${root}`,
    mrcGrade: {
      no_contraction: '0 no contraction',
      flicker: '1 flicker',
      movement_gravity_eliminated: '2 moves with gravity eliminated',
      movement_against_gravity: '3 moves against gravity',
      movement_against_resistance: '4 moves against some resistance',
      normal: '5 normal power',
    },
    reflexes: 'Reflexes (NINDS 0–4)',
    reflexSite: {
      biceps: 'Biceps',
      brachioradialis: 'Brachioradialis',
      triceps: 'Triceps',
      patellar: 'Patellar',
      achilles: 'Achilles',
    },
    ninds: ['0 absent', '1 reduced', '2 normal', '3 brisk, normal', '4 very brisk, clonus'],
    mas: 'Tone (Modified Ashworth Scale)',
    masGrade: {
      '0': '0 no increase in tone',
      '1': '1 slight catch at end of range',
      '1+': '1+ slight catch, minimal resistance',
      '2': '2 marked increase, moves easily',
      '3': '3 considerable increase, passive movement difficult',
      '4': '4 rigid',
    },
    rom: 'Range of motion (percent of normal)',
    movement: {
      flexion: 'Flexion',
      extension: 'Extension',
      lateralFlexionLeft: 'Lateral flexion, left',
      lateralFlexionRight: 'Lateral flexion, right',
      rotationLeft: 'Rotation, left',
      rotationRight: 'Rotation, right',
    },
    percentOfNormal: '% of normal',
    romDegrees: 'Range of motion measured in degrees (normal set: VA 38 CFR)',
    romRegion: 'Spine region measured',
    romRegions: { cervical: 'cervical', thoracolumbar: 'thoracolumbar' },
    degrees: '°',
    sensory: 'Sensory testing by dermatome',
    sensoryRow: (n) => `Sensory test ${n}`,
    addSensory: 'Add a sensory test',
    dermatome: 'Dermatome',
    modality: 'Modality',
    modalities: {
      light_touch: 'light touch',
      pinprick: 'pinprick',
      vibration: 'vibration',
      proprioception: 'proprioception',
      temperature: 'temperature',
    },
    side: 'Side',
    sides: { left: 'left', right: 'right' },
    result: 'Result',
    results: { normal: 'normal', reduced: 'reduced', absent: 'absent', increased: 'increased' },
    gait: 'Gait',
    gaits: {
      normal: 'normal',
      antalgic: 'antalgic',
      trendelenburg: 'Trendelenburg',
      spastic: 'spastic',
      ataxic: 'ataxic',
      steppage: 'steppage',
      stiff_trunk: 'stiff trunk',
      unable_to_walk: 'unable to walk',
    },
  },
  labs: {
    row: (n) => `Result ${n}`,
    analyte: 'Test (LOINC)',
    value: 'Value',
    unit: 'Unit',
    low: 'Laboratory low limit (optional)',
    high: 'Laboratory high limit (optional)',
    add: 'Add a result',
  },
  csfWhiteCells: 'CSF white cells (per mm³)',
  questionnaires: {
    odi: 'Oswestry Disability Index: section scores (0–5)',
    odiSection: (n, topic) => `ODI section ${n}: ${WEB_ASSESS_EN.questionnaires.odiTopics[topic]}`,
    odiTopics: {
      pain_intensity: 'pain intensity',
      personal_care: 'personal care',
      lifting: 'lifting',
      walking: 'walking',
      sitting: 'sitting',
      standing: 'standing',
      sleeping: 'sleeping',
      sex_life: 'sex life',
      social_life: 'social life',
      travelling: 'travelling',
    },
    odiHint: 'Score each section as marked on the form; leave a skipped section unanswered.',
    rmdq: 'Roland-Morris: statements ticked on the form',
    rmdqItem: (n) => `RMDQ statement ${n}`,
    ticked: 'ticked',
    notTicked: 'not ticked',
    startBack: 'STarT Back: answers on the form',
    startBackItem: (n, topic) =>
      `STarT Back item ${n}: ${WEB_ASSESS_EN.questionnaires.startBackTopics[topic]}`,
    startBackTopics: {
      pain_spreading_down_leg: 'pain spreading down the leg',
      shoulder_or_neck_pain: 'shoulder or neck pain',
      walked_short_distances_only: 'walking only short distances',
      dressed_more_slowly: 'dressing more slowly',
      fear_activity_unsafe: 'fear that activity is unsafe',
      worrying_thoughts: 'worrying thoughts',
      pain_terrible_never_improve: 'feeling the pain will never improve',
      loss_of_enjoyment: 'loss of enjoyment',
      overall_bothersomeness: 'overall bothersomeness',
    },
    agree: 'agree',
    disagree: 'disagree',
    bothersomeness: 'STarT Back item 9: overall bothersomeness',
    bothersomenessLevels: {
      not_at_all: 'not at all',
      slightly: 'slightly',
      moderately: 'moderately',
      very_much: 'very much',
      extremely: 'extremely',
    },
  },
};
