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
 * times a man's upper limit of normal (L1's 174 U/L; twelve times a woman's 140), the kind of line statin myopathy
 * is judged by; an unaccustomed workout's soreness raises the CK that far in the healthy. One line for both sexes, and
 * the number itself, are the team's (TONUS, UNVERIFIED).
 */
export const EXERTIONAL_CK_MILD_U_PER_L = 1_750;

/**
 * Below this a CK measured a day or more after the start makes a muscle breakdown unlikely (it peaks over one to three
 * days, so it does not rule one out): five times L1's upper limit for a woman (140 U/L), the definition the Royal
 * College of Emergency Medicine gives ("greater than five times the upper limit of normal") [RCEM-RHABDOMYOLYSIS][L1].
 * The rules have no sex to read, so the lower limit serves both (a man's, 174, would let a woman's breakdown through).
 */
export const CK_UNDER_BREAKDOWN_U_PER_L = 5 * 140;

/**
 * A dark urine whose muscle cause has been looked for and not found, in an adult otherwise well and examined: a CK
 * under five times the upper limit a day or more after a start told as sudden or acute (so the duration dates the
 * insult; a CK rises over the first days), the kidneys measured normal and the potassium, the sodium, the sugar and
 * the inflammation markers not out of range, the course easing or steady, the pulse, the breathing, the oxygen and the
 * temperature measured and in range (the breathing not out of range). Nothing a breakdown, a haemolysis, a failing liver or kidney or
 * a drug's emergency brings may stand beside it: no weakness all over, clouded mind, fever, jaundice, low pressure,
 * injury, wound, belly ache, vomiting or diarrhoea, faintness, palpitations, rigidity, drenching sweat, locked jaw or
 * arching back; no pregnancy, kidney, liver, autoimmune disease, weak immunity or drink; no statin, dopamine blocker,
 * serotonergic medicine, chemotherapy, street drug or injecting, travel or bite, heat, cold, diabetes or eating
 * disorder, no weak muscle; no tizanidine [D3] or dantrolene,
 * whose dark urine is the bile's. Then the colour is a concentrated urine's, a food's, a medicine's or a blood's:
 * seen by a doctor (BASE-DARK-URINE-REVIEW), not the emergency department (RF-RHABDOMYOLYSIS-URINE v2). The list is
 * the stop 62 safety review's: its first version lowered 21,639 of 26,036 probes, among them a child's kidney injury
 * read against an adult's creatinine, a malaria's or a bite's haemolysis, a hepatitis before its jaundice, a HELLP, a
 * long lie's cold, a hyperglycaemic emergency and an early neuroleptic malignant syndrome; a second review added the
 * vital signs measured, a woman's CK limit, heat, cold, weakness, diabetes and an eating disorder. TONUS, UNVERIFIED; the CK's
 * line is sourced above.
 */
export const darkUrineMuscleClear: When = {
  all: [
    { lab: 'creatine_kinase', below: CK_UNDER_BREAKDOWN_U_PER_L },
    { age: { atLeast: 18 } },
    { cat: 'onset', in: ['sudden', 'acute'] },
    { history: 'durationDays', atLeast: 1 },
    { cat: 'course', in: ['improving', 'stable'] },
    {
      any: [
        { cat: 'lab:creatinine', in: ['normal'] },
        { cat: 'lab:egfr', in: ['normal'] },
      ],
    },
    { not: { cat: 'lab:creatinine', in: ['high'] } },
    { not: { cat: 'lab:egfr', in: ['failure', 'reduced'] } },
    { not: { cat: 'lab:potassium', in: ['high', 'low', 'severe_low'] } },
    { not: { cat: 'lab:sodium', in: ['low', 'high'] } },
    { not: { cat: 'lab:alt', in: ['raised'] } },
    { not: { cat: 'lab:inflammation', in: ['raised'] } },
    { not: { lab: 'glucose', atLeast: 11.1 } },
    { not: { cat: 'bp', in: ['shock', 'low'] } },
    // measured, not only unknown: a caller's long lie in a cold room has no temperature taken (the second review)
    { vital: 'temperatureC', atLeast: 35, below: 37.5 },
    { vital: 'heartRate', below: 100 },
    { vital: 'spo2', atLeast: 95 },
    { not: { vital: 'respiratoryRate', atLeast: 21 } },
    {
      not: {
        all: [
          { cat: 'pain', in: ['severe'] },
          { cat: 'spread', in: ['generalized'] },
        ],
      },
    },
    {
      not: {
        any: [
          { f: 'f:generalized_weakness' },
          { f: 'ams' },
          { f: 'fever' },
          { f: 'f:jaundice' },
          { f: 'tachycardia' },
          { f: 'tachypnoea' },
          { f: 'hypoxia' },
          { f: 'trig:trauma_major' },
          { f: 'trig:trauma_minor' },
          { f: 'f:wound_recent' },
          { f: 'f:abdominal_pain' },
          { f: 'f:vomiting' },
          { f: 'f:diarrhoea' },
          { f: 'f:orthostatic_dizziness' },
          { f: 'f:palpitations' },
          { f: 'f:rigidity' },
          { f: 'f:heavy_sweating' },
          { f: 'f:psychiatric_change' },
          { f: 'f:trismus' },
          { f: 'f:opisthotonus' },
          { f: 'cond:pregnancy' },
          { f: 'cond:liver_disease' },
          { f: 'cond:alcohol_use_disorder' },
          { f: 'cond:chronic_kidney_disease' },
          { f: 'cond:dialysis' },
          { f: 'cond:autoimmune_disease' },
          { f: 'cond:immunosuppression' },
          { f: 'med:tizanidine' },
          { f: 'med:dantrolene' },
          { f: 'med:statin' },
          { f: 'med:dopamine_antagonist' },
          { f: 'med:serotonergic_drug' },
          { f: 'med:fluvoxamine' },
          { f: 'med:chemotherapy' },
          { f: 'exp:unknown_powder_or_street_drug' },
          { f: 'exp:injection_drug_use' },
          { f: 'exp:travel_or_insect_bite' },
          // the second review: a heat illness's breakdown and kidney injury come late; a weak muscle beside the urine;
          // a cold's long lie; a sugar or a potassium nobody measured in a diabetes or an eating disorder
          { f: 'exp:heat_exertion' },
          { f: 'weakness' },
          { f: 'f:back_hip_weakness' },
          { f: 'trig:cold' },
          { f: 'cond:diabetes_mellitus' },
          { f: 'med:insulin' },
          { f: 'cond:eating_disorder' },
        ],
      },
    },
  ],
};

/**
 * Otherwise well beside a mild exertional CK (below `EXERTIONAL_CK_MILD_U_PER_L`): an adult under 65, a day or more
 * after the session, the pulse under 100, the temperature under 37.5 and the systolic 100 or more measured, and nothing
 * that breaks muscle down or that a breakdown would harm: no pregnancy, no statin, antipsychotic, serotonergic medicine
 * or water tablet, no kidney disease or reduced eGFR, no heat, street drug or alcohol misuse, no vomiting, diarrhoea,
 * fast breathing (21 or more), an oxygen under 95, faintness on standing, palpitations or a belly ache, no fever,
 * confusion, fits, rigidity, raised tone or drenching sweat, no severe pain all over, no fall or injury, no wasting,
 * myasthenia, hip weakness or family neurological disease, no diabetes, eating disorder, autoimmune or liver disease
 * or long-term steroid, no raised CRP, ESR or ALT, no low sodium and no sugar out of range. Only then is the recheck
 * a doctor's, not the next day's (RF-EXERTIONAL-CK-RECHECK v2). The list is the stop 61 safety review's (5,067 of
 * 38,363 probes lowered by the first version, among them an antipsychotic with a rigidity, dialysis, a child, a
 * pregnancy and a CK drawn the day of the session, before its peak; the second pass's 340 of 33,880 added the rest);
 * TONUS, UNVERIFIED.
 */
export const mildExertionalCkWell: When = {
  all: [
    { lab: 'creatine_kinase', below: EXERTIONAL_CK_MILD_U_PER_L },
    { age: { atLeast: 18, below: 65 } },
    { history: 'durationDays', atLeast: 1 },
    { vital: 'heartRate', below: 100 },
    { vital: 'temperatureC', below: 37.5 },
    { vital: 'systolicBp', atLeast: 100 },
    { not: { cat: 'lab:egfr', in: ['failure', 'reduced'] } },
    { not: { cat: 'lab:sodium', in: ['low'] } },
    { not: { cat: 'lab:glycaemia', in: ['low', 'diabetic'] } },
    { not: { cat: 'lab:inflammation', in: ['raised'] } },
    { not: { cat: 'bp', in: ['shock', 'low'] } },
    { not: { cat: 'lab:alt', in: ['raised'] } },
    // a severe pain all over is a breakdown's, not a sore back's
    {
      not: {
        all: [
          { cat: 'pain', in: ['severe'] },
          { cat: 'spread', in: ['generalized'] },
        ],
      },
    },
    // a breathing rate or an oxygen measured out of range, or a random sugar of a diabetes or a low one
    { not: { vital: 'respiratoryRate', atLeast: 21 } },
    { not: { vital: 'spo2', below: 95 } },
    { not: { lab: 'glucose', atLeast: 11.1 } },
    { not: { lab: 'glucose', below: 3.9 } },
    {
      not: {
        any: [
          { f: 'cond:pregnancy' },
          { f: 'cond:diabetes_mellitus' },
          { f: 'cond:eating_disorder' },
          { f: 'cond:autoimmune_disease' },
          { f: 'cond:liver_disease' },
          { f: 'med:corticosteroid_long_term' },
          { f: 'med:fluvoxamine' },
          { f: 'trig:trauma_minor' },
          { f: 'trig:trauma_major' },
          { f: 'f:palpitations' },
          { f: 'f:abdominal_pain' },
          { f: 'med:statin' },
          { f: 'med:dopamine_antagonist' },
          { f: 'med:serotonergic_drug' },
          { f: 'med:loop_diuretic' },
          { f: 'med:thiazide_diuretic' },
          { f: 'cond:chronic_kidney_disease' },
          { f: 'cond:dialysis' },
          { f: 'exp:heat_exertion' },
          { f: 'exp:unknown_powder_or_street_drug' },
          { f: 'cond:alcohol_use_disorder' },
          { f: 'cond:myasthenia_gravis' },
          { f: 'f:vomiting' },
          { f: 'f:diarrhoea' },
          { f: 'f:orthostatic_dizziness' },
          { f: 'f:heavy_sweating' },
          { f: 'f:rigidity' },
          { f: 'f:seizures' },
          { f: 'f:muscle_wasting' },
          { f: 'f:back_hip_weakness' },
          { f: 'f:family_history_neurological' },
          { f: 'increased_tone' },
          { f: 'tachycardia' },
          { f: 'tachypnoea' },
          { f: 'hypoxia' },
          { f: 'fever' },
          { f: 'ams' },
        ],
      },
    },
  ],
};

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
    // v2 an exertional CK settling (1.10.0); v3 holding steady only with the kidneys, the potassium and the
    // strength known normal
    version: 3,
    level: 'emergency',
    minProbability: 0.6,
    unless: exertionalCkSettling,
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
});
