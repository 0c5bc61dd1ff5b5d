/**
 * @module The structured assessment (PRODUCT C3): one zod schema per part. The case format's fields map
 * onto it one to one; the extra parts (degrees of motion, sensory map, gait, questionnaires, CSF) are
 * optional. Absent means not known, never normal.
 */
import { z } from 'zod';
import {
  Course,
  EMG_FINDINGS,
  Exposure,
  FindingId,
  HistoryCondition,
  IMAGING_FINDINGS,
  Medication,
  MRC_ROOTS,
  Onset,
  REFLEX_SITES,
  Region,
  Sex,
  Side,
  SPINE_MOVEMENTS,
  Spread,
  Trigger,
  TRIGGERS,
} from '../kb/index.js';
import {
  MasGrade,
  MrcGrade,
  NindsGrade,
  OdiAnswers,
  PainNrs,
  PsfsFrequency,
  PsfsSeverity,
  RmdqAnswers,
  StartBackAnswers,
} from '../scales/index.js';
import { MAX_AGE_YEARS, refine } from '../shared/index.js';

/** Case files require both (cases/schema.ts); an interview answered "I don't know" leaves them out. */
export const Patient = z.strictObject({
  ageYears: z.number().min(0).max(MAX_AGE_YEARS).optional(),
  sex: Sex.optional(),
});
export type Patient = z.infer<typeof Patient>;

export const History = z
  .strictObject({
    onset: Onset.optional(),
    durationDays: z.number().min(0).max(36500).optional(),
    course: Course.optional(),
    triggers: z.array(Trigger).max(TRIGGERS.length).optional(),
    regions: z.array(Region).max(4).optional(),
    side: Side.optional(),
    spread: Spread.optional(),
    psfsFrequency: PsfsFrequency.optional(),
    psfsSeverity: PsfsSeverity.optional(),
    painNrs: PainNrs.optional(),
  })
  .check((ctx) => {
    const { psfsFrequency, psfsSeverity, triggers } = ctx.value;
    // "none" says nothing sets the spasms off, so it cannot stand beside a trigger
    if (triggers?.includes('none') === true && triggers.length > 1) {
      const others = triggers.filter((t) => t !== 'none').join(', ');
      refine(ctx, 'input.none_with_others', triggers, ['triggers'], { none: 'none', others });
    }
    // PSFS: severity is asked only when frequency is at least 1 [S1]
    if (psfsSeverity !== undefined && (psfsFrequency === undefined || psfsFrequency === 0)) {
      refine(ctx, 'input.psfs_severity_without_frequency', psfsSeverity, ['psfsSeverity']);
    }
  });
export type History = z.infer<typeof History>;

export const Vitals = z.strictObject({
  temperatureC: z.number().min(25).max(45).optional(),
  heartRate: z.number().min(20).max(300).optional(),
  systolicBp: z.number().min(40).max(300).optional(),
  respiratoryRate: z.number().min(4).max(80).optional(),
  spo2: z.number().min(40).max(100).optional(),
  gcs: z.int().min(3).max(15).optional(),
});
export type Vitals = z.infer<typeof Vitals>;

const Percent = z.number().min(0).max(150);
const Degrees = z.number().min(0).max(180);

export const SensoryResult = z.strictObject({
  dermatome: z.enum([...MRC_ROOTS, 'T4', 'T10', 'S2', 'S3', 'S4_5']),
  modality: z.enum(['light_touch', 'pinprick', 'vibration', 'proprioception', 'temperature']),
  side: z.enum(['left', 'right']),
  result: z.enum(['normal', 'reduced', 'absent', 'increased']),
});
export type SensoryResult = z.infer<typeof SensoryResult>;

export const GAIT_OBSERVATIONS = [
  'normal',
  'antalgic',
  'trendelenburg',
  'spastic',
  'ataxic',
  'steppage',
  'stiff_trunk',
  'unable_to_walk',
] as const;

export const Exam = z.strictObject({
  romPercentOfNormal: z.partialRecord(z.enum(SPINE_MOVEMENTS), Percent).optional(),
  /** Measured degrees, converted to percent of the named normal set (default VA 38 CFR [M1]). */
  romDegrees: z
    .strictObject({
      region: z.enum(['cervical', 'thoracolumbar']),
      reference: z.enum(['VA_38CFR']).default('VA_38CFR'),
      movements: z.partialRecord(z.enum(SPINE_MOVEMENTS), Degrees),
    })
    .optional(),
  mrc: z.partialRecord(z.enum(MRC_ROOTS), MrcGrade).optional(),
  reflexes: z.partialRecord(z.enum(REFLEX_SITES), NindsGrade).optional(),
  mas: MasGrade.optional(),
  sensory: z.array(SensoryResult).max(200).optional(),
  gait: z.array(z.enum(GAIT_OBSERVATIONS)).max(8).optional(),
});
export type Exam = z.infer<typeof Exam>;

export const LabResult = z.strictObject({
  loinc: z.string().regex(/^\d{1,7}-\d$/, 'a LOINC code such as 2823-3'),
  value: z.number(),
  unit: z.string().min(1).max(40),
  /** The reporting laboratory's own interval, preferred over the fallback (reference, header). */
  referenceRange: z
    .strictObject({ low: z.number().optional(), high: z.number().optional() })
    .optional(),
});
export type LabResult = z.infer<typeof LabResult>;

export const EmgFindings = z.partialRecord(z.enum(EMG_FINDINGS), z.boolean());
export type EmgFindings = z.infer<typeof EmgFindings>;

export const ImagingFindings = z.partialRecord(z.enum(IMAGING_FINDINGS), z.boolean());
export type ImagingFindings = z.infer<typeof ImagingFindings>;

export const Questionnaires = z.strictObject({
  odi: OdiAnswers.optional(),
  rmdq: RmdqAnswers.optional(),
  startBack: StartBackAnswers.optional(),
});
export type Questionnaires = z.infer<typeof Questionnaires>;

/**
 * Which members of each list were answered, when not all were (the patient interview asks a few and
 * may hear "I don't know"): a listed member is present, a member named here but not listed is absent,
 * any other member is unknown. Without it a present list covers its whole vocabulary (FORMAT.md).
 */
export const ListScope = z.strictObject({
  conditions: z.array(HistoryCondition).max(40).optional(),
  medications: z.array(Medication).max(40).optional(),
  exposures: z.array(Exposure).max(20).optional(),
  triggers: z.array(Trigger).max(TRIGGERS.length).optional(),
  regions: z.array(Region).max(4).optional(),
});
export type ListScope = z.infer<typeof ListScope>;

export const Assessment = z.strictObject({
  patient: Patient,
  history: History.optional(),
  findings: z.partialRecord(FindingId, z.boolean()).optional(),
  conditions: z.array(HistoryCondition).max(40).optional(),
  medications: z.array(Medication).max(40).optional(),
  exposures: z.array(Exposure).max(20).optional(),
  vitals: Vitals.optional(),
  exam: Exam.optional(),
  labs: z.array(LabResult).max(200).optional(),
  emg: EmgFindings.optional(),
  imaging: ImagingFindings.optional(),
  csf: z.strictObject({ whiteCellsPerMm3: z.number().min(0).max(100000) }).optional(),
  questionnaires: Questionnaires.optional(),
  known: ListScope.optional(),
});
export type Assessment = z.infer<typeof Assessment>;
