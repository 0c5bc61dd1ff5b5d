/** @module Vertebral fracture: group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import type { When } from '../../evidence/index.js';
import { condition, found, icd } from './define.js';

/** A pain long-standing and holding steady: the old wedges' own course. */
const longStandingSteady: When = {
  all: [
    { cat: 'course', in: ['stable'] },
    { cat: 'onset', in: ['chronic'] },
  ],
};

/**
 * What, beside a vertebral fracture, makes it more than a simple one: a tumour or an infection under it (a tiredness,
 * raised markers, a chemotherapy, a weak immune system, a mass on the image) or a root or the cord pressed beside it
 * [R3][R4]. Neither fracture followed at the clinic's pace has any of them.
 */
const besideAFracture: readonly When[] = [
  { f: 'f:fatigue' },
  { cat: 'lab:inflammation', in: ['raised'] },
  { f: 'med:chemotherapy' },
  { f: 'cond:immunosuppression' },
  { f: 'f:radicular_leg_pain' },
  { f: 'f:distal_numbness' },
  { f: 'reflexes_reduced' },
  { f: 'f:bilateral_leg_weakness' },
  { f: 'f:saddle_anaesthesia' },
  { f: 'f:urinary_retention' },
  { f: 'f:sensory_level' },
  { f: 'img:cordCompression' },
  { f: 'img:spinalMass' },
];

/**
 * A vertebral fracture three weeks old or more that is mending, in an adult whose bones have a reason to break (thin
 * bones, a long-term steroid, a fall or a blow; or old wedges steady for months with normal markers): its pain easing
 * (or, long-standing, holding steady) and known not to be severe, a pain at night, a weight loss and a past cancer
 * asked and denied, the strength examined and whole, and none of what puts a tumour, a myeloma or an infection under
 * a collapse, or an unstable one, beside it [R3][R4]: no improvement over four weeks, a tiredness, a fever or raised
 * markers, a chemotherapy or a weakened immune system, a new deformity, a sign in the nerves or the cord. The look for
 * a fracture within a day is for one suspected or newly found; one known and mending is followed at the clinic's pace
 * (TONUS, P; dev-8769, 68, six weeks after a compression fracture seen on an X-ray in the first week, the pain down
 * from 8 to 3; dev-8770, 79, old wedge fractures and a loss of height over a year). What is not known keeps the 24
 * hours (the second review of stop 46), and so does a child's or a teenager's fracture, and one with no cause to
 * explain it.
 */
export const healingVertebralFracture: When = {
  all: [
    { age: { atLeast: 20 } },
    { history: 'durationDays', atLeast: 21 },
    {
      any: [
        { f: 'cond:osteoporosis' },
        { f: 'med:corticosteroid_long_term' },
        { f: 'trig:trauma_minor' },
        { f: 'trig:trauma_major' },
        // or old wedges, long-standing and steady, whose markers were measured normal (dev-8770)
        { all: [longStandingSteady, { cat: 'lab:inflammation', in: ['normal'] }] },
      ],
    },
    {
      any: [{ cat: 'course', in: ['improving'] }, longStandingSteady],
    },
    { cat: 'pain', in: ['none', 'mild', 'moderate'] },
    { absent: 'f:pain_at_night_or_lying' },
    { absent: 'f:unexplained_weight_loss' },
    { absent: 'cond:cancer_history' },
    { absent: 'weakness' },
    // a deformity is the old wedges' own only in a long-standing, steady pain; a new one is a collapse going on
    {
      any: [{ not: { f: 'f:spinal_deformity' } }, longStandingSteady],
    },
    {
      not: {
        any: [{ f: 'f:no_improvement_4_weeks' }, { f: 'fever' }, ...besideAFracture],
      },
    },
  ],
};

/**
 * A stress fracture from sport in a young person (a pars defect, spondylolysis): from 10 to 25, in the lower back only
 * (where the pars gives way; a neck's or a mid-back's fracture is another thing), a pain that crept on over two weeks
 * or more with training (no fall, no blow), steady or easing, eased by rest and not severe; a pain at night, a weight
 * loss, a past cancer, a steroid, a chemotherapy and a fever asked and denied, the strength examined and whole; bones
 * with no reason to be thin (an eating disorder, a malabsorption, a kidney disease, an autoimmune disease, a
 * pregnancy), and none of what puts a tumour or an infection under it or a root or the cord beside it. Common in young
 * athletes who arch or twist, it heals with relative rest in nine of ten; an imaged one is followed at the clinic's
 * pace, not within a day (TONUS, UNVERIFIED: not in the reference; the sports-medicine literature on spondylolysis in
 * adolescent athletes). Ten writers of a pars fracture seen on imaging at 14 to 16 (gymnasts, a fast bowler) asked for
 * a routine visit, five accepting a day (dev-6572, dev-7529, dev-7556, dev-8557, dev-9467) and five not (dev-8147,
 * dev-9006, dev-9817, dev-10456, dev-10491). A pain getting worse, a painful curve, a pain at night or a fever in a
 * teenager keeps the 24 hours, and so does what was not asked (the review of stop 51). "No better after a month" is
 * allowed beside a steady pain: a pars fracture takes months to heal.
 */
export const sportStressFracture: When = {
  all: [
    { age: { atLeast: 10, below: 26 } },
    { f: 'region:lumbar' },
    { absent: 'region:thoracic' },
    { absent: 'region:cervical' },
    { f: 'trig:exercise' },
    { absent: 'trig:trauma_minor' },
    { absent: 'trig:trauma_major' },
    { cat: 'onset', in: ['gradual', 'chronic'] },
    { cat: 'course', in: ['stable', 'improving'] },
    { history: 'durationDays', atLeast: 14 },
    { f: 'f:relief_at_rest' },
    { cat: 'pain', in: ['none', 'mild', 'moderate'] },
    { absent: 'f:pain_at_night_or_lying' },
    { absent: 'f:unexplained_weight_loss' },
    { absent: 'cond:cancer_history' },
    { absent: 'med:corticosteroid_long_term' },
    { absent: 'med:chemotherapy' },
    { absent: 'fever' },
    { absent: 'weakness' },
    {
      not: {
        any: [
          ...besideAFracture,
          // bones with a reason to be thin
          { f: 'cond:osteoporosis' },
          { f: 'cond:eating_disorder' },
          { f: 'cond:malabsorption' },
          { f: 'cond:chronic_kidney_disease' },
          { f: 'cond:dialysis' },
          { f: 'cond:autoimmune_disease' },
          { f: 'cond:pregnancy' },
          // a tumour or an infection under it
          { f: 'f:spinal_deformity' },
          { f: 'f:generalized_weakness' },
          { f: 'f:muscle_wasting' },
          { f: 'exp:injection_drug_use' },
          { f: 'exp:recent_spinal_procedure' },
          { f: 'exp:penetrating_wound' },
          { f: 'tachycardia' },
          { vital: 'temperatureC', atLeast: 37.5 },
          // a root or the cord beside it
          { f: 'sensory_deficit' },
          { f: 'increased_tone' },
          { f: 'f:back_hip_weakness' },
          { f: 'img:caudaEquinaCompression' },
          { f: 'img:discitisOrAbscess' },
        ],
      },
    },
  ],
};

/** A vertebral fracture followed at the clinic's pace: one mending, or a young athlete's stress fracture. */
export const vertebralFractureAtClinicPace: When = {
  any: [healingVertebralFracture, sportStressFracture],
};

export const vertebralFracture = condition({
  id: 'vertebral_fracture',
  group: null,
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['R3', 'R4'],
  status: 'V',
  codes: [icd('M48.50XA', 'Collapsed vertebra, NEC, site unspecified, initial encounter', 'P')],
  model: {
    prior: 0.015,
    sourceIds: ['R3', 'R4'],
    evidence: {
      'trig:trauma_major': 0.4,
      'trig:trauma_minor': 0.35,
      'trig:lifting': 0.1,
      'cond:osteoporosis': 0.5,
      'med:corticosteroid_long_term': 0.2,
      'cond:cancer_history': 0.1,
      'f:midline_bony_tenderness': 0.8,
      'f:spinal_deformity': 0.25,
      'f:relief_at_rest': 0.5,
      'f:pain_on_movement': 0.9,
      'img:vertebralFracture': 0.95,
      'region:thoracic': 0.5,
      'region:lumbar': 0.6,
      onset: { sudden: 0.85, acute: 0.12 },
      age: { under_18: 0.05, '18_to_39': 0.15, '40_to_59': 0.2, '60_plus': 0.6 },
      pain: { severe: 0.7 },
      spread: { local: 0.9 },
    },
  },
  confirmedBy: { sourceIds: ['R3', 'R4'], by: [found('img:vertebralFracture')] },
  treatment: { action: 'imaging_and_fracture_care', sourceIds: ['R3', 'R4'], status: 'P' },
  floor: {
    id: 'CX-FRACTURE',
    // v2 a fracture three weeks old and mending; v3 that narrowed (the stop 46 reviews); v4 a young athlete's
    // stress fracture (1.33.0); v5 that narrowed after its safety review
    version: 5,
    level: 'consultation_24',
    minProbability: 0.6,
    // a fracture known and mending, or a young athlete's stress fracture, is not looked for again within a day
    unless: vertebralFractureAtClinicPace,
    sourceIds: ['R3', 'R4'],
    status: 'V',
  },
  traits: ['structural'],
});
