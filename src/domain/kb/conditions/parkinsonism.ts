/** @module Parkinsonism (Parkinson's disease, or a dopamine blocker's): group and codes, evidence model, what confirms it, what treats it. */
import { condition, icd } from './define.js';

/**
 * Not among the case format's condition ids: added so that the stiff, stooped, aching back and neck of a parkinsonism
 * (Parkinson's disease, or the same picture on a dopamine-blocking medicine) is read as the central group's, the basal
 * ganglia's, not as a strained muscle's or a low magnesium nobody measured. The article has no Parkinson's disease; its
 * basal-ganglia causes are Wilson's disease and NBIA, both of the young. The diagnosis is clinical: a slowness of
 * movement with a rest tremor, a rigidity or an unsteadiness, referred untreated to a specialist [NICE-NG71]. It stands
 * only with a rigidity found (`requires`): a caller cannot tell one, so the interview never reads it, and a tremor alone
 * is too common to carry it. A twisting posture is the dystonia condition's, which a Parkinson's disease can bring too.
 */
export const parkinsonism = condition({
  id: 'parkinsonism',
  group: 'central',
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['NICE-NG71'],
  status: 'P',
  codes: [
    icd('G20', "Parkinson's disease", 'P'),
    icd('G21.11', 'Neuroleptic induced parkinsonism', 'P'),
    icd('G21.19', 'Other drug induced secondary parkinsonism', 'P'),
  ],
  model: {
    // rarer than a strained back by far; with the rigidity found (0.95 against its baseline of 0.03) and a tremor it
    // leads a slow stiffness with no other cause, the team's estimate
    prior: 0.002,
    sourceIds: ['NICE-NG71', 'TONUS'],
    requires: 'f:rigidity',
    evidence: {
      'f:rigidity': 0.95,
      // the rest tremor, the shuffling stooped walk and the falls are its own [NICE-NG71]
      'f:tremor': 0.7,
      gait_abnormal: 0.5,
      'f:spinal_deformity': 0.25,
      // a dopamine blocker brings a parkinsonism within weeks or months; most who have one have Parkinson's disease
      'med:dopamine_antagonist': 0.2,
      'f:drooling': 0.1,
      'f:dystonia': 0.1,
      // the signs of a cord, a root or a nerve count against it: its power, reflexes and feeling are normal
      hyperreflexia: 0.02,
      'f:babinski_sign': 0.01,
      'f:clonus': 0.02,
      'f:sensory_level': 0.002,
      sensory_deficit: 0.02,
      'f:radicular_leg_pain': 0.03,
      weakness: 0.05,
      'f:bilateral_leg_weakness': 0.02,
      'f:urinary_retention': 0.002,
      'f:saddle_anaesthesia': 0.002,
      // nor a fever, a clouded mind, a sweat, a racing pulse, jerks, a fit or dark urine: a neuroleptic malignant or a
      // serotonin syndrome's, a muscle breakdown's, an infection's (each below its baseline, so it counts against)
      fever: 0.01,
      ams: 0.01,
      'f:heavy_sweating': 0.01,
      tachycardia: 0.05,
      'f:myoclonus': 0.005,
      'f:seizures': 0.003,
      'f:dark_urine': 0.005,
      'lab:ck': { normal: 0.85, raised: 0.14, very_high: 0.01 },
      // a locked jaw or an arched back is a tetanus's, a strychnine's or an acute reaction's
      'f:opisthotonus': 0.001,
      'f:trismus': 0.001,
      'f:wound_recent': 0.01,
      // a low salt measured explains cramps and a tremor itself (a hypokalaemia's, a hypomagnesaemia's)
      'lab:potassium': { severe_low: 0.001, low: 0.03 },
      'lab:magnesium': { low: 0.03 },
      'lab:calcium': { critical_low: 0.001, low: 0.03 },
      // what Wilson's disease or NBIA shows
      'f:kayser_fleischer_rings': 0.0005,
      'lab:ceruloplasmin': { low: 0.01 },
      'img:brainIronDeposition': 0.001,
      'img:eyeOfTheTigerSign': 0.0002,
      // it builds over months (a drug's over weeks) with nothing to start it; a lift, a twist, a fall or a held posture,
      // a taut band in one muscle and a pain eased by rest are a strain's, which a parkinsonian back gets too
      onset: { sudden: 0.01, acute: 0.04, gradual: 0.35, chronic: 0.6 },
      'trig:none': 0.8,
      'trig:lifting': 0.03,
      'trig:twisting': 0.03,
      'trig:prolonged_posture': 0.05,
      'trig:trauma_minor': 0.03,
      'trig:trauma_major': 0.01,
      'f:palpable_taut_muscle': 0.15,
      'f:relief_at_rest': 0.15,
      spread: { local: 0.1, axial: 0.6, generalized: 0.3 },
      // it starts on one side, but its back and neck ache on both
      side: { unilateral: 0.25, bilateral: 0.75 },
      age: { under_18: 0.005, '18_to_39': 0.02, '40_to_59': 0.18, '60_plus': 0.795 },
      pain: { none: 0.1, mild: 0.45, moderate: 0.4, severe: 0.05 },
    },
  },
  confirmedBy: { sourceIds: ['NICE-NG71'], by: [] },
  treatment: {
    action: 'movement_disorder_review_dopamine_blocker',
    // the referral is NG71's; the look for a dopamine blocker behind the picture is the team's (TONUS)
    sourceIds: ['NICE-NG71', 'TONUS'],
    status: 'P',
  },
});
