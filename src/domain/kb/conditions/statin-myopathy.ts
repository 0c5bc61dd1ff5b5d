/** @module Muscle symptoms on a statin: group and codes, evidence model, what confirms it, what treats it. */
import { condition, icd } from './define.js';

/**
 * Not among the case format's condition ids: added so that the aches, cramps and tiredness of the large muscles
 * that come on over weeks in someone taking a statin are read as the muscle group's, as the statin's own label has
 * them [STATIN-LABEL], not as a benign fasciculation syndrome's (the nerve group) or as a low magnesium or calcium
 * nobody measured. It models the common end, the aches (a myalgia) with a CK normal or a little raised; the label's
 * serious end, a weakness with a high CK, is weighed toward the causes that must not be missed first (a cord, a motor
 * neurone, an inflammatory myositis, muscle breakdown), so a measured or spreading weakness and a very high CK count
 * against this one. A very high CK, dark urine or failing kidneys are muscle breakdown's, which keeps its own
 * condition and floor (rhabdomyolysis).
 */
export const statinMyopathy = condition({
  id: 'statin_myopathy',
  group: 'muscle',
  alsoGroups: [],
  inArticleTable: false,
  sourceIds: ['STATIN-LABEL'],
  status: 'P',
  codes: [icd('G72.0', 'Drug-induced myopathy', 'P')],
  model: {
    // it stands in the differential only in someone taking a statin (`requires`), and never takes a cause floor (the
    // floors read their leader among the conditions that need no sign of their own). The prior is over all patients,
    // as every condition's is: with the statin present (0.999 against its baseline of 0.15) it is about 0.067 among
    // statin takers before the rest of the evidence, the team's estimate
    prior: 0.01,
    sourceIds: ['STATIN-LABEL', 'TONUS'],
    requires: 'med:statin',
    evidence: {
      'med:statin': 0.999,
      // the label's muscle pain and tenderness: aching, cramping, tired large muscles on both sides, over weeks
      'f:muscle_cramps': 0.45,
      'f:fatigue': 0.35,
      // a weakness felt all over is told with the aches; one measured in a muscle, or spreading, is weighed toward
      // the causes that must not be missed (the header)
      'f:generalized_weakness': 0.1,
      weakness: 0.05,
      'f:muscle_wasting': 0.005,
      'f:fasciculations_visible': 0.01,
      'f:muscle_twitching': 0.04,
      // a muscle's complaint: the nerves, the cord and the spine's own signs count against it
      sensory_deficit: 0.01,
      'f:distal_numbness': 0.02,
      reflexes_reduced: 0.03,
      hyperreflexia: 0.003,
      'f:babinski_sign': 0.001,
      'f:clonus': 0.001,
      increased_tone: 0.005,
      // the label's weakness is the uncommon, serious end (a raised CK beside it); a weakness that has been spreading
      // for months with wasting, or a spoiled walk, is a nerve's, a cord's or a motor neurone's first
      'f:progressive_weakness': 0.01,
      gait_abnormal: 0.02,
      'f:radicular_leg_pain': 0.02,
      'f:midline_bony_tenderness': 0.01,
      'f:unexplained_weight_loss': 0.01,
      fever: 0.02,
      // a clouded mind, jerks, fits or jaundice are a brain's, a liver's or a drug syndrome's, and a measured low salt
      // explains the cramps itself (the stop 60 review: a potassium of 2.9 and a hepatic encephalopathy were led by it)
      ams: 0.005,
      'f:myoclonus': 0.01,
      'f:seizures': 0.005,
      'f:jaundice': 0.01,
      'lab:potassium': { severe_low: 0.002, low: 0.01 },
      'lab:magnesium': { low: 0.01 },
      'lab:calcium': { critical_low: 0.002, low: 0.01 },
      'lab:sodium': { low: 0.01 },
      // dark urine and a very high CK are muscle breakdown's (rhabdomyolysis)
      'f:dark_urine': 0.003,
      'lab:ck': { normal: 0.6, raised: 0.395, very_high: 0.005 },
      // no injury or strain starts it; hard exercise can bring it out
      'trig:none': 0.6,
      'trig:exercise': 0.3,
      'trig:lifting': 0.03,
      'trig:twisting': 0.02,
      // a held posture starts a strain, and a taut band in one muscle is a strain's sign (the stop 60 review: a desk
      // worker's spasm between the shoulder blades, on a statin, lost its self-care)
      'trig:prolonged_posture': 0.03,
      'f:palpable_taut_muscle': 0.1,
      'trig:trauma_minor': 0.01,
      'trig:trauma_major': 0.005,
      onset: { sudden: 0.02, acute: 0.15, gradual: 0.7, chronic: 0.13 },
      course: { improving: 0.1, stable: 0.5, worsening: 0.35, relapsing: 0.05 },
      spread: { local: 0.06, axial: 0.24, generalized: 0.7 },
      side: { unilateral: 0.06, bilateral: 0.94 },
      age: { under_18: 0.005, '18_to_39': 0.05, '40_to_59': 0.35, '60_plus': 0.595 },
      pain: { none: 0.05, mild: 0.45, moderate: 0.4, severe: 0.1 },
    },
  },
  confirmedBy: { sourceIds: ['STATIN-LABEL'], by: [] },
  treatment: {
    action: 'statin_review_ck',
    // the label measures the CK and stops the statin if a myopathy is suspected; the pause, re-challenge, lower dose
    // or switch for aches with a normal CK is the team's reading of common practice
    sourceIds: ['STATIN-LABEL', 'TONUS'],
    status: 'P',
  },
});
