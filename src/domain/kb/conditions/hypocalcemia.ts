/** @module Low calcium (hypocalcaemia): group and codes, evidence model, what confirms it, what treats it, and its triage floor. */
import type { When } from '../../evidence/index.js';
import { CHILD_BELOW_YEARS } from '../../shared/index.js';
import { condition, icd, lab, sct } from './define.js';

/** Adjusted total calcium (mmol/L) below which a low calcium is severe, treated intravenously [SFE-HYPOCALCAEMIA-2016]. */
export const SEVERE_HYPOCALCAEMIA_MMOL_L = 1.9;
/** The lower limit of ionized calcium in the reference's range [L5] (secondary sources give 1.12). */
export const IONIZED_CALCIUM_LOWER_MMOL_L = 1.0;

/**
 * Medicines that can lengthen the QT interval, which a low calcium or magnesium lengthens too: the list's drugs of
 * known or conditional risk of torsades among the format's medicines (antipsychotics and other dopamine
 * antagonists, ciprofloxacin, SSRIs including fluvoxamine) [CREDIBLEMEDS-QT] (P).
 */
export const takesQtProlongingMedicine: When = {
  any: [
    { f: 'med:dopamine_antagonist' },
    { f: 'med:ciprofloxacin' },
    { f: 'med:serotonergic_drug' },
    { f: 'med:fluvoxamine' },
  ],
};

/**
 * Who a routine review of a mildly low salt suits (the stop 39 safety review): an adult (an infant's or a child's low
 * calcium can bring a fit or a closing larynx with little warning), not pregnant, and not on a medicine that lengthens
 * the QT interval unless an ECG has been recorded without a long QT (TONUS, P).
 */
export const saltReplacementCanWait: When = {
  all: [
    { age: { atLeast: CHILD_BELOW_YEARS } },
    { not: { f: 'cond:pregnancy' } },
    { any: [{ not: takesQtProlongingMedicine }, { absent: 'f:ecg_long_qt' }] },
  ],
};

/**
 * A mildly low calcium found after cramps that came on slowly and are not getting worse, with nothing a low
 * calcium or a loss of salts could explain beside them: an adjusted total of 1.9 mmol/L or more (low, not
 * critical) and an ionized calcium not below 1.0 [L5]; no tingling round the mouth, no tetany or Chvostek sign,
 * no long QT; no palpitations, weakness, twitching, numbness, vomiting or diarrhoea. The Society for
 * Endocrinology replaces an adjusted calcium of 1.9 to 2.2 mmol/L with mild symptoms by mouth, as an outpatient
 * [SFE-HYPOCALCAEMIA-2016]; in kidney disease it is the kidney team's routine [KDIGO-CKD-MBD-2017]. A routine
 * review, not a recheck within a day (RF-HYPOCA v4, CX-HYPOCALCAEMIA; TONUS, P), in an adult who is not pregnant and
 * takes no medicine lengthening the QT without an ECG recorded normal (`saltReplacementCanWait`, the stop 39
 * review). Written as data, not with the evidence module's builders, so the knowledge base does not load the
 * evidence module at run time.
 */
export const mildSteadyLowCalcium: When = {
  all: [
    saltReplacementCanWait,
    { cat: 'lab:calcium', in: ['low'] },
    { lab: 'calcium_adjusted', atLeast: SEVERE_HYPOCALCAEMIA_MMOL_L },
    { not: { lab: 'calcium_ionized', below: IONIZED_CALCIUM_LOWER_MMOL_L } },
    { cat: 'onset', in: ['gradual', 'chronic'] },
    { cat: 'course', in: ['stable', 'improving', 'relapsing'] },
    { absent: 'f:perioral_paraesthesia' },
    {
      not: {
        any: [
          { f: 'f:carpopedal_spasm' },
          { f: 'f:trousseau_sign' },
          { f: 'f:chvostek_sign' },
          { f: 'f:ecg_long_qt' },
          { f: 'f:palpitations' },
          { f: 'f:generalized_weakness' },
          { f: 'f:bilateral_leg_weakness' },
          { f: 'f:muscle_twitching' },
          { f: 'f:distal_numbness' },
          { f: 'f:vomiting' },
          { f: 'f:diarrhoea' },
        ],
      },
    },
  ],
};

export const hypocalcemia = condition({
  id: 'hypocalcemia',
  group: 'muscle',
  alsoGroups: [],
  inArticleTable: true,
  sourceIds: ['A', 'L1', 'L8'],
  status: 'V',
  codes: [icd('E83.51', 'Hypocalcemia'), sct('5291005', 'Hypocalcemia')],
  model: {
    prior: 0.03,
    sourceIds: ['L1', 'L8'],
    evidence: {
      'lab:calcium': { critical_low: 0.25, low: 0.72, normal: 0.025, high: 0.005 },
      'lab:magnesium': { low: 0.2 },
      'cond:neck_surgery_thyroid_parathyroid': 0.35,
      'cond:chronic_kidney_disease': 0.12,
      'cond:malabsorption': 0.08,
      'f:perioral_paraesthesia': 0.6,
      // kb 1.17.0: denervation on the EMG is a nerve's or a motor neuron's sign [X8], not a salt's (dev-3659; TONUS)
      'emg:denervation': 0.02,
      'f:carpopedal_spasm': 0.5,
      'f:chvostek_sign': 0.45,
      'f:trousseau_sign': 0.4,
      'f:laryngospasm': 0.05,
      'f:seizures': 0.06,
      'f:ecg_long_qt': 0.3,
      'f:muscle_cramps': 0.7,
      // kb 1.44.0: a low salt makes the nerves and muscles irritable [L8], but an up-going toe is a cord's or a brain's sign, not a
      // salt's, as for a low potassium (dev-16318, a first multiple sclerosis imaged, was led by a magnesium nobody
      // measured; team estimate, UNVERIFIED)
      'f:babinski_sign': 0.01,
      'f:muscle_twitching': 0.3,
      'f:fatigue': 0.3,
      onset: { sudden: 0.15, acute: 0.45, gradual: 0.3, chronic: 0.1 },
      spread: { local: 0.15, axial: 0.25, generalized: 0.6 },
      'trig:none': 0.6,
    },
  },
  confirmedBy: { sourceIds: ['L1', 'L8'], by: [lab('lab:calcium', 'critical_low', 'low')] },
  treatment: {
    action: 'replace_calcium_check_magnesium_pth_vitamin_d',
    sourceIds: ['L1', 'L8'],
    status: 'P',
  },
  // more likely than not: a calcium within a day (low magnesium, the usual alternative with the same
  // tingling, needs the same blood test); not once a calcium measured mildly low with nothing urgent beside it
  // is a routine review (`mildSteadyLowCalcium`, as RF-HYPOCA v4: dev-5030, dev-5248)
  floor: {
    id: 'CX-HYPOCALCAEMIA',
    // v2 from a probability of 0.5 (1.5.0); v3 a mild, steady low calcium (1.21.0); v4 that only in an adult, not
    // pregnant, not on a medicine that lengthens the QT (the stop 39 review); v5 not once the calcium has been
    // measured normal, its ionized part too when measured: the blood test the floor asks for is done (a tetany of
    // overbreathing, dev-5397; its own red flags stand)
    version: 5,
    level: 'consultation_24',
    minProbability: 0.5,
    unless: {
      any: [
        mildSteadyLowCalcium,
        {
          all: [
            { cat: 'lab:calcium', in: ['normal'] },
            { not: { lab: 'calcium_ionized', below: IONIZED_CALCIUM_LOWER_MMOL_L } },
          ],
        },
      ],
    },
    sourceIds: ['L8', 'SFE-HYPOCALCAEMIA-2016', 'CREDIBLEMEDS-QT', 'TONUS'],
    status: 'P',
  },
});
