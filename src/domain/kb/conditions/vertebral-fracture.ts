/** @module Vertebral fracture: group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import type { When } from '../../evidence/index.js';
import { condition, found, icd } from './define.js';

/**
 * A vertebral fracture three weeks old or more that is healing: its pain easing (or, long-standing, holding steady) and
 * not severe, with nothing that the reference puts beside a fracture that is not a simple one: a pain at night, a
 * weight loss, no improvement over four weeks, a past cancer, a fever or raised markers (a tumour, a myeloma or an
 * infection under the collapse), and no sign in the nerves or the cord [R3][R4]. The look for a fracture within a day
 * is for one suspected or newly found; one known and mending is followed at the clinic's pace (TONUS, P; dev-8769,
 * 68, six weeks after a compression fracture seen on an X-ray in the first week, the pain down from 8 to 3; dev-8770,
 * 79, old wedge fractures and a loss of height over a year).
 */
export const healingVertebralFracture: When = {
  all: [
    { history: 'durationDays', atLeast: 21 },
    {
      any: [
        { cat: 'course', in: ['improving'] },
        {
          all: [
            { cat: 'course', in: ['stable'] },
            { cat: 'onset', in: ['chronic'] },
          ],
        },
      ],
    },
    { not: { cat: 'pain', in: ['severe'] } },
    {
      not: {
        any: [
          { f: 'f:pain_at_night_or_lying' },
          { f: 'f:unexplained_weight_loss' },
          { f: 'f:no_improvement_4_weeks' },
          { f: 'cond:cancer_history' },
          { f: 'fever' },
          { cat: 'lab:inflammation', in: ['raised'] },
          { f: 'f:radicular_leg_pain' },
          { f: 'f:distal_numbness' },
          { f: 'weakness' },
          { f: 'reflexes_reduced' },
          { f: 'f:bilateral_leg_weakness' },
          { f: 'f:saddle_anaesthesia' },
          { f: 'f:urinary_retention' },
          { f: 'f:sensory_level' },
          { f: 'img:cordCompression' },
          { f: 'img:spinalMass' },
        ],
      },
    },
  ],
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
    level: 'consultation_24',
    minProbability: 0.6,
    // a fracture known and mending is not looked for again within a day (healingVertebralFracture)
    unless: healingVertebralFracture,
    sourceIds: ['R3', 'R4'],
    status: 'V',
  },
  traits: ['structural'],
});
