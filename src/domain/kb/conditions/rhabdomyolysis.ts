/** @module Muscle breakdown (rhabdomyolysis): group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import type { When } from '../../evidence/index.js';
import { condition, icd, lab, sct } from './define.js';

/** Below this a CK after hard exercise in someone not getting worse is rechecked, not an emergency (TONUS, UNVERIFIED). */
export const EXERTIONAL_CK_CEILING_U_PER_L = 10_000;

/**
 * A CK raised by hard exercise or work (heat included), below the ceiling, with urine known to be clear, no
 * weakness and kidneys and potassium not failing, in someone getting better, or holding steady with the
 * kidneys, the potassium and the strength known normal: rechecked by a doctor once it is easing, or within a
 * day while it holds steady, not sent to the emergency department (RF-RHABDOMYOLYSIS-CK,
 * RF-EXERTIONAL-CK-RECHECK, BASE-CK-RECHECK; TONUS, UNVERIFIED). Written as data, not with the evidence
 * module's builders, so the knowledge base does not load the evidence module at run time.
 */
export const exertionalCkSettling: When = {
  all: [
    { f: 'trig:exercise' },
    {
      any: [
        { cat: 'course', in: ['improving'] },
        // holding steady, the kidneys and the potassium must be known normal and weakness known absent
        {
          all: [
            { cat: 'course', in: ['stable'] },
            { cat: 'lab:potassium', in: ['normal'] },
            {
              any: [
                { cat: 'lab:creatinine', in: ['normal'] },
                { cat: 'lab:egfr', in: ['normal'] },
              ],
            },
            { absent: 'f:generalized_weakness' },
          ],
        },
      ],
    },
    { absent: 'f:dark_urine' },
    { not: { f: 'f:generalized_weakness' } },
    { not: { cat: 'lab:creatinine', in: ['high'] } },
    { not: { cat: 'lab:egfr', in: ['failure'] } },
    { not: { cat: 'lab:potassium', in: ['high'] } },
    { lab: 'creatine_kinase', below: EXERTIONAL_CK_CEILING_U_PER_L },
  ],
};

/**
 * Below this a CK after hard exercise, holding steady, is a doctor's recheck rather than a next-day one: about ten
 * times the upper limit of normal (L1's 174 U/L), the line a statin's label draws for a myopathy [STATIN-LABEL];
 * an unaccustomed workout's soreness raises the CK that far in the healthy (TONUS, UNVERIFIED).
 */
export const EXERTIONAL_CK_MILD_U_PER_L = 1_750;

/** Below this a CK raised for weeks, with nothing acute beside it, is a myopathy's to work up (TONUS, UNVERIFIED). */
export const CHRONIC_CK_CEILING_U_PER_L = 5_000;

/**
 * An adult's CK raised for four weeks or more (a chronic or gradual start, or a complaint at least 28 days old
 * that did not begin suddenly or acutely), below 5,000 U/L, with the urine known clear, no weakness all over, the
 * potassium known normal, the kidneys known normal and not known diseased, and nothing that breaks muscle down
 * now: no fall, long lie or injury, no heat, no alcohol misuse, no vomiting or diarrhoea, no fast pulse or low
 * pressure, no fever or confusion, no antipsychotic or serotonergic medicine, and not a statin with a course
 * getting worse. That is a myopathy's (an underactive thyroid, a dystrophy) rather than a muscle breaking down,
 * which comes on over hours to days (the model's onset, chronic 0.1 %); it is worked up by a doctor
 * (BASE-CK-RECHECK), not sent to the emergency department. A weakness getting worse, a swallowing or a
 * breathing problem keep their own red flags (kb 1.18.0, dev-4400; the conditions after the stop 36 safety
 * review; TONUS, UNVERIFIED).
 */
export const chronicCkSteady: When = {
  all: [
    { age: { atLeast: 18 } },
    {
      any: [
        { cat: 'onset', in: ['chronic', 'gradual'] },
        {
          all: [
            { history: 'durationDays', atLeast: 28 },
            { not: { cat: 'onset', in: ['sudden', 'acute'] } },
          ],
        },
      ],
    },
    { absent: 'f:dark_urine' },
    { absent: 'f:generalized_weakness' },
    { cat: 'lab:potassium', in: ['normal'] },
    {
      any: [
        { cat: 'lab:creatinine', in: ['normal'] },
        { cat: 'lab:egfr', in: ['normal'] },
      ],
    },
    { not: { cat: 'lab:creatinine', in: ['high'] } },
    { not: { cat: 'lab:egfr', in: ['failure', 'reduced'] } },
    { not: { any: [{ f: 'cond:chronic_kidney_disease' }, { f: 'cond:dialysis' }] } },
    {
      not: {
        any: [
          { f: 'trig:trauma_minor' },
          { f: 'trig:trauma_major' },
          { f: 'exp:heat_exertion' },
          { f: 'cond:alcohol_use_disorder' },
          { f: 'f:vomiting' },
          { f: 'f:diarrhoea' },
          { f: 'tachycardia' },
          { cat: 'bp', in: ['shock', 'low'] },
          { f: 'fever' },
          { f: 'ams' },
          { f: 'med:dopamine_antagonist' },
          { f: 'med:serotonergic_drug' },
          { all: [{ f: 'med:statin' }, { cat: 'course', in: ['worsening'] }] },
        ],
      },
    },
    { lab: 'creatine_kinase', below: CHRONIC_CK_CEILING_U_PER_L },
  ],
};

export const rhabdomyolysis = condition({
  id: 'rhabdomyolysis',
  group: null,
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['C1', 'X6'],
  status: 'P',
  codes: [icd('M62.82', 'Rhabdomyolysis'), sct('240131006', 'Rhabdomyolysis')],
  model: {
    prior: 0.006,
    sourceIds: ['C1', 'X6'],
    evidence: {
      'f:dark_urine': 0.7,
      'lab:ck': { normal: 0.001, raised: 0.05, very_high: 0.95 },
      'exp:heat_exertion': 0.35,
      'trig:exercise': 0.45,
      'trig:trauma_major': 0.1,
      'med:statin': 0.2,
      'cond:alcohol_use_disorder': 0.1,
      'exp:unknown_powder_or_street_drug': 0.1,
      'f:generalized_weakness': 0.5,
      'f:muscle_cramps': 0.6,
      'f:paraspinal_tenderness': 0.6,
      fever: 0.15,
      'lab:creatinine': { high: 0.35 },
      'lab:potassium': { high: 0.25 },
      onset: { sudden: 0.15, acute: 0.75, gradual: 0.1, chronic: 0.001 },
      course: { worsening: 0.6 },
      spread: { local: 0.15, axial: 0.25, generalized: 0.6 },
      pain: { moderate: 0.4, severe: 0.5 },
      age: { '18_to_39': 0.5 },
    },
  },
  confirmedBy: { sourceIds: ['X6'], by: [lab('lab:ck', 'very_high')] },
  treatment: { action: 'fluids_and_ck_monitoring', sourceIds: ['TONUS'], status: 'UNVERIFIED' },
  floor: {
    id: 'CX-RHABDOMYOLYSIS',
    level: 'emergency',
    minProbability: 0.6,
    unless: exertionalCkSettling,
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
});
