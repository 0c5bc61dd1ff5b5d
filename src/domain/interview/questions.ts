/**
 * @module The interview's questions, as data: each names the refs its answer fills, its kind, when it
 * may be asked and why (its sources). The patient wording lives in `src/i18n/interview.en.ts`, keyed by
 * the question id. Each ref is asked by one question only.
 *
 * Order: `danger` (is anything life-threatening happening now) first, then the `opening` questions
 * that later red flags depend on (is a deficit new?), then the `safety` screens every back-pain patient
 * is asked (reference §3.2 red flags), in this order; after them the `adaptive` questions, picked one
 * at a time by how much their answer could change the triage level, then the cause group
 * (select.ts). A checklist stays small (≤ 4 items) unless it is a fixed screen, so that its answers can
 * be looked ahead exhaustively.
 */
import { TRIGGERS, type Provenance } from '../kb/index.js';
import type { AnswerValue, Ref } from './refs.js';

export type QuestionKind = 'single' | 'checklist' | 'number' | 'yes_no';
export type Phase = 'danger' | 'opening' | 'safety' | 'adaptive';

/** When a question or one of its items may be asked, from the answers so far. */
export type AskIf =
  | { readonly ref: Ref; readonly in: readonly AnswerValue[] }
  | { readonly ref: Ref; readonly atLeast?: number; readonly below?: number }
  | { readonly not: AskIf }
  | { readonly all: readonly AskIf[] }
  | { readonly any: readonly AskIf[] };

export interface Ask {
  readonly ref: Ref;
  readonly askIf?: AskIf;
}

export interface QuestionDef extends Provenance {
  readonly kind: QuestionKind;
  readonly phase: Phase;
  readonly asks: readonly Ask[];
  /** The values of a `single` question's one ref, in the order shown. */
  readonly options?: readonly (string | number)[];
  /** Representative values of a `number` question, for looking ahead at what its answer could do. */
  readonly samples?: readonly number[];
  readonly askIf?: AskIf;
  /**
   * An adaptive question asked with the safety questions, whatever looking ahead says, when this holds:
   * for what the cause model cannot weigh (a medicine's side effects).
   */
  readonly safetyIf?: AskIf;
  /**
   * Asked even once the level is an emergency, when this holds and an answer could still make it an
   * ambulance case: for the pairs one look ahead cannot price from the cause model (weak or numb limbs after
   * a major injury, where the cord may be hurt and the patient is not to be moved).
   */
  readonly escalateIf?: AskIf;
}

const is = (ref: Ref, ...values: AnswerValue[]): AskIf => ({ ref, in: values });

/** A severe pain, 7 or more of 10. */
const severePain: AskIf = is('history.painNrs', 7, 8, 9, 10);

/**
 * A sudden severe pain that no injury started: once it is an emergency (RF-NON-MECHANICAL-SEVERE), sweating and
 * faintness on standing are asked before the result, since together they call the ambulance for a vessel
 * (RF-VASCULAR-SHOCK-SYMPTOMS) and one look ahead cannot see the pair (dev-1016, dev-1017).
 */
const suddenSevereNoInjury: AskIf = {
  all: [
    is('history.onset', 'sudden'),
    severePain,
    { not: is('history.triggers.trauma_major', true) },
    { not: is('history.triggers.trauma_minor', true) },
  ],
};

/**
 * A fever with a stiff neck already told (an emergency, RF-MENINGISM): a headache (asked with the danger screen)
 * and vomiting with them are a bacterial meningitis's, for an ambulance (RF-MENINGITIS-SUSPECTED [NICE-NG240]);
 * vomiting is asked after the emergency, one look ahead cannot see the pair (dev-3539).
 */
const feverWithStiffNeck: AskIf = {
  all: [is('findings.fever_reported', true), is('findings.neck_stiffness', true)],
};

/** A pain that did not come on gradually and is not long-standing (or whose start is not told yet): a new one. */
const notSlowOnset: AskIf = { not: is('history.onset', 'gradual', 'chronic') };

/** Heavy sweating in a pain that did not come on gradually and is not long-standing: a new illness's. */
const sweatingInNewIllness: AskIf = {
  all: [notSlowOnset, is('findings.heavy_sweating', true)],
};

/**
 * A new pain at 50 or over (or of an unknown age) with heavy sweating: severe, with faintness on standing, it
 * is what a patient can tell of shock from the aorta, for an ambulance whatever started the pain
 * (RF-VASCULAR-SHOCK-SYMPTOMS v2 [R4]). The pain's strength and faintness (with the adrenal screen) are then
 * asked with the safety questions: a look ahead one answer at a time sees neither move the level alone.
 */
const sweatingOver50: AskIf = {
  all: [{ not: { ref: 'patient.ageYears', below: 50 } }, sweatingInNewIllness],
};
/** ... and the pain is severe or not yet known. */
const notMildPainSweatingOver50: AskIf = {
  all: [sweatingOver50, { not: is('history.painNrs', 0, 1, 2, 3, 4, 5, 6) }],
};
/**
 * Cold sweats in a new illness at 50 or over, or with a belly ache, vomiting or diarrhoea: faintness on standing
 * with them is shock (RF-SWEATING-FAINT, an ambulance), so faintness is asked once an emergency is reached, as a
 * look ahead that weighs faintness unlikely would not ask it (dev-4968, a ruptured ectopic pregnancy at 27,
 * fainted on the toilet, stopped at the emergency of a pregnancy's belly ache).
 */
const sweatingInShockSetting: AskIf = {
  any: [
    sweatingOver50,
    {
      all: [
        sweatingInNewIllness,
        {
          any: [
            is('findings.abdominal_pain', true),
            is('findings.vomiting', true),
            is('findings.diarrhoea', true),
          ],
        },
      ],
    },
  ],
};

/**
 * A new belly ache at 50 or over (or of an unknown age) or in pregnancy: faintness on standing with a racing
 * heart is a bleed into the gut, an ectopic pregnancy or a leaking aneurysm before the pressure falls
 * (RF-FAINT-RACING-BELLY-ACHE [R4]). It takes two answers, faintness (with the adrenal screen) and then the
 * fluttering heart, which a look ahead one answer at a time does not reach; once faintness is a yes, the
 * heart's answer completes the rule and is asked as an open red flag (dev-7429, 57, black stools two days
 * after twelve of a painkiller for a strain: self-care).
 */
const bellyAcheBleedAge: AskIf = {
  all: [
    is('findings.abdominal_pain', true),
    { not: is('history.onset', 'chronic') },
    {
      any: [{ not: { ref: 'patient.ageYears', below: 50 } }, is('conditions.pregnancy', true)],
    },
  ],
};

/**
 * The same new belly ache, come on within days and not easing: whether moving changes the back pain and how strong it
 * is decide together whether a lift explains it (RF-NON-MECHANICAL-SEVERE through bellyPainLikeNoStrain), two answers a
 * look ahead one at a time does not reach (dev-10234, 69, a leaking aneurysm told as a strain lifting compost bags,
 * constant, a belly ache, nearly fainting: 24 hours, as neither answer alone raised it).
 */
const newBellyAcheNotEasing: AskIf = {
  all: [
    bellyAcheBleedAge,
    is('history.onset', 'sudden', 'acute'),
    { not: is('history.course', 'improving') },
  ],
};

/** Someone taking a medicine that slows breathing (a benzodiazepine, an opioid, gabapentin) [D5][D6]. */
const sedativeTaken: AskIf = {
  any: [
    is('medications.diazepam', true),
    is('medications.benzodiazepine', true),
    is('medications.opioid', true),
    is('medications.gabapentin', true),
  ],
};

/** Of an age to be pregnant (12 to 55), and not said to be male. */
const ofChildbearingAge: AskIf = {
  all: [{ ref: 'patient.ageYears', atLeast: 12, below: 56 }, { not: is('patient.sex', 'male') }],
};

const duration = 'history.durationDays';
/**
 * "No better after 4 weeks" only means something after weeks: asked when the pain is known to be at least
 * 28 days old, whatever its start (a sudden strain six weeks ago that never eased is the malignancy
 * feature [R3]); while its age is unknown, unless it started suddenly or acutely.
 */
const weeksOld: AskIf = {
  any: [
    { ref: duration, atLeast: 28 },
    {
      all: [
        { not: { ref: duration, atLeast: 0 } },
        { not: is('history.onset', 'sudden', 'acute') },
      ],
    },
  ],
};

/**
 * "Nothing sets them off" and a named trigger cannot both be true (the case format refuses the pair): once
 * one of them is a yes, the other is not offered.
 */
const NAMED_TRIGGERS = TRIGGERS.filter((t) => t !== 'none');
/**
 * 50 or over with a pain that is not easing and not long-standing: what started it decides between a strain
 * and a first onset over 50 (BASE-SELF-CARE-MECHANICAL [R3][R4]), and takes two questions, the strain's
 * starts and then "nothing set it off", which a look ahead one answer at a time does not reach (stop 30
 * review).
 */
const firstOnsetAge: AskIf = {
  all: [
    { ref: 'patient.ageYears', atLeast: 50 },
    { not: is('history.course', 'improving') },
    { not: is('history.onset', 'chronic') },
  ],
};
/** The starts the `triggers` question asks: a strain's. */
const STRAIN_STARTS = ['lifting', 'twisting', 'exercise', 'prolonged_posture'] as const;
const noNothing: AskIf = { not: is('history.triggers.none', true) };
const noTrigger: AskIf = {
  not: { any: NAMED_TRIGGERS.map((t) => is(`history.triggers.${t}`, true)) },
};

/**
 * A pain that came on at once or within hours with nothing told to have started it (no strain, no injury):
 * a kidney stone, a gallbladder or a pancreas can start that way (RF-NON-MECHANICAL-VISCERAL).
 */
const suddenUnprovoked: AskIf = { all: [is('history.onset', 'sudden', 'acute'), noTrigger] };
/**
 * A drenching sweat told: with a tremor and a racing heart it is an overactive state, a withdrawal of a medicine or a
 * drink stopped among them, for a doctor within the day (RF-OVERACTIVE-STATE-NEW), and a look ahead one answer at a
 * time cannot see the pair (dev-18745, a sleeping tablet stopped four days before, ended at a consultation without
 * either being asked).
 */
const heavySweatingTold: AskIf = is('findings.heavy_sweating', true);
/** A way of losing potassium, magnesium or calcium the patient has told (CKS-ELECTROLYTES, L2, L8). */
const saltLossKnown: AskIf = {
  any: [
    is('findings.vomiting', true),
    is('findings.diarrhoea', true),
    is('medications.thiazide_diuretic', true),
    is('medications.loop_diuretic', true),
    is('medications.laxative', true),
    is('medications.proton_pump_inhibitor', true),
    is('conditions.chronic_kidney_disease', true),
    is('conditions.neck_surgery_thyroid_parathyroid', true),
  ],
};

/**
 * A headache told, with a pain that came on at once in the past week and no injury: what started it decides
 * a sentinel bleed, a sudden headache during exercise (RF-SENTINEL-HEADACHE [NICE-NG228][NICE-CG150]), from a
 * strain's lift or twist (dev-4223). The headache itself is asked with the danger screen, at no extra question.
 */
const suddenHeadacheThisWeek: AskIf = {
  all: [
    is('findings.headache', true),
    is('history.onset', 'sudden'),
    { not: { ref: duration, atLeast: 7 } },
    { not: is('history.triggers.trauma_major', true) },
    { not: is('history.triggers.trauma_minor', true) },
  ],
};

/**
 * ... started by a twist or a workout and not easing: where it hurts, on which side and how much decide a torn neck
 * artery (RF-NECK-ARTERY-TEAR-SUSPECTED v2: a one-sided neck pain of 6 or more with a headache), three answers one
 * look ahead cannot see together, so they are asked in turn (a caller reversing the car with a sharp neck pain and a
 * new headache settled as self-care without them).
 */
const suddenHeadacheAfterMovement: AskIf = {
  all: [
    suddenHeadacheThisWeek,
    { any: [is('history.triggers.twisting', true), is('history.triggers.exercise', true)] },
    { not: is('history.course', 'improving') },
  ],
};
/** ... and the neck is where it hurts. */
const suddenNeckHeadacheAfterMovement: AskIf = {
  all: [suddenHeadacheAfterMovement, is('history.regions.cervical', true)],
};
/** ... on one side. */
const suddenOneSidedNeckHeadacheAfterMovement: AskIf = {
  all: [suddenNeckHeadacheAfterMovement, is('history.side', 'left', 'right')],
};

/**
 * An unsteady walk told with a headache or vomiting, in a pain that did not come on gradually: a slurred speech with
 * them is the back of the brain's stroke, for an ambulance (RF-SUDDEN-FOCAL-DEFICIT v7), whatever started the pain (a
 * neck manipulation told as a knock: dev-4746), so the speech is asked once an emergency is reached.
 */
const unsteadyWithHeadacheOrSickness: AskIf = {
  all: [
    is('findings.gait_disturbance', true),
    notSlowOnset,
    { any: [is('findings.headache', true), is('findings.vomiting', true)] },
  ],
};

/**
 * A confusion told in a pain that did not come on slowly: a telephone nurse then asks the stroke signs (a weak side,
 * a slurred speech), which make it an ambulance (RF-SUDDEN-FOCAL-DEFICIT v6: the arm and the speech together
 * whenever the back pain began); the confusion's emergency alone would stop the interview first (dev-4870, a
 * lifting spasm three days old, then a muddled wife with a fallen face, a weak arm and a slurred speech).
 */
const confusedNotSlow: AskIf = {
  all: [is('findings.altered_mental_status', true), notSlowOnset],
};

/** A weak side told in a pain that did not come on slowly: the slurred speech completes the stroke signs (v6). */
const weakSideNotSlow: AskIf = {
  all: [is('findings.hemiparesis', true), notSlowOnset],
};

/**
 * A fall, a blow or a crash within the two weeks, not come on slowly: a belly ache then, with faintness on standing,
 * is a bleed inside (RF-INJURY-BELLY-FAINT), asked before an injury's emergency result (dev-8776, thrown from a horse
 * today, a belly ache and faint: the interview stopped at the fracture's emergency without asking either).
 */
const recentInjury: AskIf = {
  all: [
    {
      any: [is('history.triggers.trauma_minor', true), is('history.triggers.trauma_major', true)],
    },
    notSlowOnset,
    { not: { ref: duration, atLeast: 14 } },
  ],
};
/**
 * Under 25, a belly ache with a pain that came on at once or within hours, from anything but an injury: a twisted ovary
 * or testicle starts at netball or football as often as at rest, so a workout does not close the belly's questions
 * (youngTorsionLike in the triage rules; dev-13352, 15, a right belly pain into the back after netball, vomiting: the
 * interview ended at a routine visit without asking the vomiting, the side or the pain's strength).
 */
const youngSuddenBellyAche: AskIf = {
  all: [
    { ref: 'patient.ageYears', below: 25 },
    is('history.onset', 'sudden', 'acute'),
    is('findings.abdominal_pain', true),
    { not: is('history.triggers.trauma_minor', true) },
    { not: is('history.triggers.trauma_major', true) },
  ],
};
/**
 * A sudden unprovoked pain with a belly ache or vomiting, or a young person's sudden belly ache whatever started it,
 * and no diarrhoea: then one side and movement decide it.
 */
const suddenWithGut: AskIf = {
  all: [
    {
      any: [
        {
          all: [
            suddenUnprovoked,
            { any: [is('findings.vomiting', true), is('findings.abdominal_pain', true)] },
          ],
        },
        youngSuddenBellyAche,
      ],
    },
    { not: is('findings.diarrhoea', true) },
  ],
};

export const QUESTIONS = {
  // the headache is asked of everyone here, at no extra question (stop 36): after a sudden start with a stiff neck,
  // vomiting, a fit, confusion or a knock it is a bleed's or an injured head's, for an ambulance
  // (RF-THUNDERCLAP-HEADACHE [NICE-NG228]; dev-3244, dev-3462); with vomiting a doctor's (BASE-HEADACHE-VOMITING
  // [NICE-CG150]; dev-4219); after a sudden start during exercise a sentinel bleed's (RF-SENTINEL-HEADACHE; dev-4223);
  // in pregnancy, with pain under the ribs, pre-eclampsia's [NICE-NG133]. Asked later, in the mood list, one look
  // ahead weighed it with the mood and ADHD items beside it, and each of those pictures needed its own rule to reach it
  danger_now: {
    kind: 'checklist',
    phase: 'danger',
    asks: [
      { ref: 'findings.breathing_difficulty' },
      { ref: 'findings.laryngospasm' },
      { ref: 'findings.altered_mental_status' },
      { ref: 'findings.seizures' },
      { ref: 'findings.fever_reported' },
      { ref: 'findings.neck_stiffness' },
      { ref: 'findings.headache' },
      { ref: 'findings.carpopedal_spasm' },
      { ref: 'exposures.heat_exertion' },
    ],
    sourceIds: ['R6', 'L8', 'X6', 'D8', 'NICE-NG228', 'NICE-CG150'],
    status: 'P',
  },
  age: {
    kind: 'number',
    phase: 'opening',
    asks: [{ ref: 'patient.ageYears' }],
    samples: [12, 30, 50, 70],
    sourceIds: ['A', 'R3'],
    status: 'V',
  },
  sex: {
    kind: 'single',
    phase: 'adaptive',
    asks: [{ ref: 'patient.sex' }],
    options: ['female', 'male', 'other'],
    sourceIds: ['FORMAT'],
    status: 'V',
  },
  spread: {
    kind: 'single',
    phase: 'opening',
    asks: [{ ref: 'history.spread' }],
    options: ['local', 'axial', 'generalized'],
    sourceIds: ['A'],
    status: 'V',
  },
  // "since when" is an opening question (INTERVIEW.md): how long it has lasted decides what a lack of
  // improvement means, and a strain weeks old that never eased is a malignancy feature [R3]
  duration: {
    kind: 'number',
    phase: 'opening',
    asks: [{ ref: 'history.durationDays' }],
    samples: [1, 10, 35, 100],
    sourceIds: ['A', 'R3'],
    status: 'V',
  },
  onset: {
    kind: 'single',
    phase: 'opening',
    asks: [{ ref: 'history.onset' }],
    options: ['sudden', 'acute', 'gradual', 'chronic'],
    sourceIds: ['A'],
    status: 'V',
  },
  course: {
    kind: 'single',
    phase: 'opening',
    asks: [{ ref: 'history.course' }],
    options: ['improving', 'stable', 'worsening', 'relapsing'],
    sourceIds: ['A', 'R3'],
    status: 'V',
  },
  injuries_poisons: {
    kind: 'checklist',
    phase: 'safety',
    // the ambulance screen with danger_now (docs/interview.md): asked before any emergency result, since a
    // fever or a confusion told first may be a poison's or tetanus's, for an ambulance (dev-1393)
    escalateIf: { all: [] },
    asks: [
      { ref: 'history.triggers.trauma_major' },
      // a fall or a knock with it: after a neck injury numb or weak limbs call the ambulance too
      // (RF-NECK-INJURY-CORD-SYMPTOMS), so the injury is known before any emergency result (dev-1617)
      { ref: 'history.triggers.trauma_minor' },
      { ref: 'exposures.strychnine_or_rodenticide' },
      { ref: 'exposures.unknown_powder_or_street_drug' },
      { ref: 'exposures.injection_drug_use' },
      { ref: 'exposures.penetrating_wound' },
      { ref: 'findings.trismus' },
      { ref: 'findings.opisthotonus' },
      { ref: 'history.triggers.stimulus' },
      // steroid tablets: read by the serious causes (a fragile bone, an infection), and asked here, before
      // any emergency result, so that after a confusion the adrenal screen's faintness on standing makes it
      // an adrenal crisis, for an ambulance (RF-ADRENAL-CRISIS v3; dev-814, dev-2526)
      { ref: 'medications.corticosteroid_long_term' },
      // insulin, here for the same reason: with a new confusion and no reading it is a severe low blood sugar until
      // shown otherwise, for an ambulance (RF-HYPOGLYCAEMIA-SUSPECTED; dev-8001, found sweaty and muddled), and the
      // emergency of the confusion would end the interview before any other screen asked it
      { ref: 'medications.insulin' },
    ],
    sourceIds: ['R3', 'R4', 'X6', 'C1', 'R7', 'X1', 'ADA-HYPOGLYCAEMIA'],
    status: 'P',
  },
  // before the nerve screen: a weakness or a bladder problem is new only against what is known, so an
  // old stroke or cord injury is asked first, not after its deficit has already sent the patient to A&E
  background: {
    kind: 'checklist',
    phase: 'safety',
    asks: [
      { ref: 'conditions.spinal_cord_injury' },
      { ref: 'conditions.multiple_sclerosis' },
      { ref: 'conditions.stroke' },
      { ref: 'conditions.cerebral_palsy' },
      // kidney disease is a cause of the article's own (renal disease [A]), and dialysis with new cramps
      // is seen within a day: known early, whatever the differential says before it
      { ref: 'conditions.chronic_kidney_disease' },
      // a thyroid or parathyroid operation, of everyone with the background (stop 32 review): a way of losing
      // calcium that opens the salt symptoms, which a look ahead one answer at a time could leave unasked
      { ref: 'conditions.neck_surgery_thyroid_parathyroid' },
      // pregnancy turns a headache with pain under the ribs into pre-eclampsia's warning
      // (RF-PREGNANCY-PRE-ECLAMPSIA-SYMPTOMS [NICE-NG133]): asked of anyone of an age to be pregnant who
      // has not said they are male
      { ref: 'conditions.pregnancy', askIf: ofChildbearingAge },
      { ref: 'medications.dopamine_antagonist' },
      { ref: 'medications.serotonergic_drug' },
      { ref: 'medications.baclofen' },
      // a calming medicine with a strong painkiller: boxed warning, reference §5.1 diazepam [D5]; the
      // case format keeps diazepam apart from the other benzodiazepines, and a patient may take either
      { ref: 'medications.diazepam' },
      { ref: 'medications.benzodiazepine' },
      { ref: 'medications.opioid' },
      // with a strong painkiller, a calming medicine or at 65+, it can slow breathing [D6]
      { ref: 'medications.gabapentin' },
      // dizzy on standing with it: low blood pressure and sedation are its labelled warnings [D3]
      { ref: 'medications.tizanidine' },
      { ref: 'medications.botulinum_toxin' },
      { ref: 'medications.thiazide_diuretic' },
      { ref: 'medications.loop_diuretic' },
      { ref: 'medications.laxative' },
      { ref: 'medications.proton_pump_inhibitor' },
    ],
    sourceIds: [
      'A',
      'CSCM-SPASTICITY',
      'FORMAT',
      'L8',
      'D2',
      'D3',
      'D5',
      'D6',
      'D8',
      'L2',
      'L3',
      'CKS-ELECTROLYTES',
    ],
    status: 'P',
  },
  nerve_red_flags: {
    kind: 'checklist',
    phase: 'safety',
    // after a major injury the legs are asked before the emergency result: weak or numb, it is an
    // ambulance (RF-NECK-INJURY-CORD-SYMPTOMS v2); after a start within the last day or two, one side
    // weak: a stroke coming on (RF-SUDDEN-FOCAL-DEFICIT; the stop 30 review: an emergency told early,
    // dark urine after a workout, stopped before the weak side was asked)
    escalateIf: {
      any: [
        is('history.triggers.trauma_major', true),
        is('history.onset', 'sudden'),
        { all: [is('history.onset', 'acute'), is('history.durationDays', 0, 1)] },
        confusedNotSlow,
      ],
    },
    asks: [
      { ref: 'findings.saddle_anaesthesia' },
      { ref: 'findings.urinary_retention' },
      { ref: 'findings.urinary_incontinence' },
      { ref: 'findings.altered_bladder_sensation' },
      { ref: 'findings.faecal_incontinence' },
      { ref: 'findings.bilateral_leg_weakness' },
      { ref: 'findings.progressive_weakness' },
      { ref: 'findings.foot_drop' },
      { ref: 'findings.hemiparesis' },
      { ref: 'findings.gait_disturbance' },
    ],
    sourceIds: ['R3', 'R4'],
    status: 'V',
  },
  serious_causes: {
    kind: 'checklist',
    phase: 'safety',
    // after a recent injury its belly ache is asked before the emergency result (recentInjury)
    escalateIf: recentInjury,
    asks: [
      { ref: 'conditions.cancer_history' },
      { ref: 'findings.unexplained_weight_loss' },
      { ref: 'findings.pain_at_night_or_lying' },
      { ref: 'findings.no_improvement_4_weeks', askIf: weeksOld },
      { ref: 'findings.rigors' },
      { ref: 'conditions.immunosuppression' },
      { ref: 'exposures.recent_spinal_procedure' },
      { ref: 'conditions.osteoporosis' },
      // a belly ache with the back pain: the belly's causes (a stone, a gallbladder, a pancreas, an aorta)
      // are asked after it; asked of everyone, it costs no question of its own (dev-1807)
      { ref: 'findings.abdominal_pain' },
      // heavy sweating with a sudden pain nothing started is an emergency once the pain is severe
      // (RF-NON-MECHANICAL-SEVERE) and is seen even when easing (BASE-SELF-CARE-MECHANICAL): asked here of
      // everyone, because a look ahead one answer at a time misses it when the pain is not known yet
      // (stop 30 review: a sudden belly-and-back pain stopped at 24 hours without it)
      { ref: 'findings.heavy_sweating' },
      { ref: 'findings.dark_urine' },
      { ref: 'findings.jaundice' },
      // tingling round the mouth or in the fingertips, of everyone: with a way of losing salts it wants a
      // blood test within a day, and it opens the gut; no other answer opens it (stop 32 review: after a
      // thyroidectomy, with heavy sweating told, the interview settled as self-care without it)
      { ref: 'findings.perioral_paraesthesia' },
    ],
    sourceIds: ['R3', 'R4', 'X2', 'D7'],
    status: 'P',
  },
  where: {
    kind: 'checklist',
    phase: 'adaptive',
    // after a fall or a knock with numb or weak limbs, where it hurts is asked before the emergency
    // result: the neck makes it an ambulance (RF-NECK-INJURY-CORD-SYMPTOMS; dev-1617). So it is after a
    // severe pain that came on at once today with heavy sweating and no injury: between the shoulder blades
    // it is a heart attack's or a dissection's, for an ambulance (RF-SUDDEN-UPPER-BACK-SWEATING; dev-4379)
    // A sudden headache after a twist or a workout asks it, with the side and the pain, for a torn neck artery
    safetyIf: suddenHeadacheAfterMovement,
    escalateIf: {
      any: [
        // after a major injury today with a pain that came at once, a neck hurt is kept still and collected by
        // ambulance (RF-NECK-INJURY-MAJOR; dev-9825, a head-first landing on a trampoline, stopped at the emergency)
        {
          all: [
            is('history.triggers.trauma_major', true),
            is('history.onset', 'sudden'),
            { not: { ref: duration, atLeast: 1 } },
          ],
        },
        {
          all: [
            {
              any: [
                is('history.triggers.trauma_minor', true),
                is('history.triggers.trauma_major', true),
              ],
            },
            {
              any: [
                is('findings.bilateral_leg_weakness', true),
                is('findings.distal_numbness', true),
                is('findings.progressive_weakness', true),
                is('findings.hemiparesis', true),
                // a confused caller after a fall may have hurt the neck too, and cannot be relied on to say so first
                is('findings.altered_mental_status', true),
                // and a walk gone unsteady since the injury is a cord's sign (RF-NEURO-CORD-SIGNS' emergency) whose neck
                // and numb hands make it an ambulance (RF-NECK-INJURY-CORD-SYMPTOMS; dev-10417, 67, a fall onto his
                // forehead, burning weak hands, stopped at the emergency before where it hurt was asked)
                is('findings.gait_disturbance', true),
              ],
            },
          ],
        },
        {
          all: [
            suddenSevereNoInjury,
            is('findings.heavy_sweating', true),
            { not: { ref: duration, atLeast: 1 } },
          ],
        },
      ],
    },
    asks: [
      { ref: 'history.regions.cervical' },
      { ref: 'history.regions.thoracic' },
      { ref: 'history.regions.lumbar' },
      { ref: 'history.regions.sacral' },
    ],
    sourceIds: ['A'],
    status: 'V',
  },
  triggers: {
    kind: 'checklist',
    phase: 'adaptive',
    // first of the belly's questions (RF-NON-MECHANICAL-VISCERAL): a strain's start ends them; and at 50 or
    // over with a pain not easing, the first of the two that tell a strain from a first onset over 50
    safetyIf: { any: [suddenWithGut, { all: [firstOnsetAge, noTrigger] }, suddenHeadacheThisWeek] },
    asks: STRAIN_STARTS.map((t) => ({ ref: `history.triggers.${t}` as const, askIf: noNothing })),
    sourceIds: ['A', 'R1'],
    status: 'V',
  },
  other_triggers: {
    kind: 'checklist',
    phase: 'adaptive',
    // at 50 or over, a pain not easing with none of the strain's starts is a first onset over 50 only once
    // "nothing set it off" is told (BASE-SELF-CARE-MECHANICAL's first-onset clause [R3][R4])
    safetyIf: {
      all: [firstOnsetAge, ...STRAIN_STARTS.map((t) => is(`history.triggers.${t}`, false))],
    },
    asks: [
      { ref: 'history.triggers.stress', askIf: noNothing },
      { ref: 'history.triggers.cold', askIf: noNothing },
      { ref: 'history.triggers.none', askIf: noTrigger },
    ],
    sourceIds: ['A', 'X4', 'X5'],
    status: 'P',
  },
  side: {
    kind: 'single',
    phase: 'adaptive',
    // with `mechanical`, after a sudden unprovoked pain with a belly ache or vomiting: a one-sided pain that
    // moving does not change is a stone's or a gallbladder's, seen within a day; the three answers together
    // decide it, which one look ahead cannot see (RF-NON-MECHANICAL-VISCERAL; dev-1807)
    safetyIf: { any: [suddenWithGut, suddenNeckHeadacheAfterMovement] },
    asks: [{ ref: 'history.side' }],
    options: ['left', 'right', 'bilateral'],
    sourceIds: ['A', 'R1'],
    status: 'V',
  },
  pain: {
    kind: 'number',
    phase: 'adaptive',
    asks: [{ ref: 'history.painNrs' }],
    // with heavy sweating at 50 or over, a severe pain and faintness on standing are shock (sweatingOver50)
    // and after a sudden one-sided neck pain with a headache since a twist or a workout (suddenHeadacheAfterMovement)
    // and with a new belly ache at 50 or over not easing (newBellyAcheNotEasing); under 25, a sudden belly ache with
    // vomiting getting worse: a severe one is a torsion's emergency (RF-NON-MECHANICAL-SEVERE's youngTorsionLike)
    safetyIf: {
      any: [
        sweatingOver50,
        suddenOneSidedNeckHeadacheAfterMovement,
        newBellyAcheNotEasing,
        {
          all: [
            youngSuddenBellyAche,
            is('findings.vomiting', true),
            is('history.course', 'worsening'),
          ],
        },
      ],
    },
    // once both legs are weak since a sudden start today or yesterday, a severe pain with them is the cord starved or
    // pressed by a torn aorta or a bleed, for an ambulance (RF-ACUTE-CORD-FAILURE v2; dev-9905, a tearing pain at rest
    // at 66, both legs weak within minutes, stopped at the emergency without the pain's strength)
    escalateIf: {
      all: [
        {
          any: [
            { all: [is('history.onset', 'sudden'), { not: { ref: duration, atLeast: 2 } }] },
            // or come on over hours today (the rule's other start; the review of stop 49)
            { all: [is('history.onset', 'acute'), { not: { ref: duration, atLeast: 1 } }] },
          ],
        },
        is('findings.bilateral_leg_weakness', true),
      ],
    },
    samples: [0, 2, 5, 8],
    sourceIds: ['S5'],
    status: 'P',
  },
  spasm_frequency: {
    kind: 'single',
    phase: 'adaptive',
    asks: [{ ref: 'history.psfsFrequency' }],
    options: [0, 1, 2, 3, 4],
    sourceIds: ['S1'],
    status: 'V',
  },
  spasm_severity: {
    kind: 'single',
    phase: 'adaptive',
    asks: [{ ref: 'history.psfsSeverity' }],
    options: [1, 2, 3],
    askIf: { ref: 'history.psfsFrequency', atLeast: 1 },
    sourceIds: ['S1'],
    status: 'V',
  },
  temperature: {
    kind: 'number',
    phase: 'adaptive',
    asks: [{ ref: 'vitals.temperatureC' }],
    samples: [37.4, 38.5, 40.3],
    // a thermometer settles what "feverish?" leaves open, and fever is what makes a spinal infection an
    // emergency [R3]: asked after a yes or a "don't know", whenever a risk factor for it is known, when
    // the pain is getting worse (a fever is not always felt), and with a medicine whose syndrome brings a
    // high temperature (neuroleptic malignant and serotonin syndromes, baclofen withdrawal [D2])
    askIf: {
      any: [
        is('findings.fever_reported', true, null),
        is('exposures.recent_spinal_procedure', true),
        is('exposures.injection_drug_use', true),
        is('conditions.immunosuppression', true),
        is('history.course', 'worsening'),
        is('medications.dopamine_antagonist', true),
        is('medications.serotonergic_drug', true),
        is('medications.baclofen', true),
      ],
    },
    sourceIds: ['R6', 'R3'],
    status: 'V',
  },
  mechanical: {
    kind: 'checklist',
    phase: 'adaptive',
    safetyIf: { any: [suddenWithGut, newBellyAcheNotEasing] },
    asks: [
      { ref: 'findings.pain_on_movement' },
      { ref: 'findings.relief_at_rest' },
      { ref: 'findings.paraspinal_tenderness' },
      { ref: 'findings.muscle_cramps' },
    ],
    sourceIds: ['A'],
    status: 'V',
  },
  // sciatica is the commonest thing behind a low-back spasm and changes what follows (the nerve group,
  // and no self-care while it is not easing [R1]): asked with the safety questions of everyone but those
  // who said the low back is not where it hurts, not only when the look-ahead expects a yes
  leg_nerves: {
    kind: 'checklist',
    phase: 'adaptive',
    safetyIf: { not: is('history.regions.lumbar', false) },
    // numb or tingling limbs after a major injury, or after any injury to the neck: an ambulance
    // (RF-NECK-INJURY-CORD-SYMPTOMS v2, v3; dev-6284, 74, a drunk fall onto his forehead, confused, burning hands)
    escalateIf: {
      any: [
        is('history.triggers.trauma_major', true),
        { all: [is('history.triggers.trauma_minor', true), is('history.regions.cervical', true)] },
      ],
    },
    asks: [
      { ref: 'findings.radicular_leg_pain' },
      { ref: 'findings.distal_numbness' },
      { ref: 'findings.burning_feet' },
      { ref: 'findings.back_hip_weakness' },
    ],
    sourceIds: ['R1', 'X8', 'A'],
    status: 'P',
  },
  dysreflexia: {
    kind: 'yes_no',
    phase: 'adaptive',
    asks: [{ ref: 'findings.autonomic_dysreflexia_symptoms' }],
    askIf: is('conditions.spinal_cord_injury', true),
    sourceIds: ['CSCM-AD2020'],
    status: 'P',
  },
  kidney: {
    kind: 'checklist',
    phase: 'adaptive',
    asks: [{ ref: 'conditions.diabetes_mellitus' }],
    sourceIds: ['L7', 'X8'],
    status: 'V',
  },
  dialysis: {
    kind: 'yes_no',
    phase: 'adaptive',
    asks: [{ ref: 'conditions.dialysis' }],
    askIf: is('conditions.chronic_kidney_disease', true),
    safetyIf: is('conditions.chronic_kidney_disease', true),
    sourceIds: ['L7', 'X9'],
    status: 'P',
  },
  dialysis_cramps: {
    kind: 'yes_no',
    phase: 'adaptive',
    asks: [{ ref: 'history.triggers.dialysis' }],
    askIf: is('conditions.dialysis', true),
    sourceIds: ['X9'],
    status: 'P',
  },
  // a new antibiotic: tizanidine's other contraindicated partner [D3], asked of someone taking it with the safety
  // questions; and a quinolone's tendon damage at 60 or over or on a long-term steroid (RF-QUINOLONE-TENDON,
  // TONUS), asked there when looking ahead finds it could raise the level (dev-9834, 76, on prednisolone, day five
  // of ciprofloxacin, cramping calves and sore heels: a consultation, as the antibiotic was never asked)
  new_antibiotic: {
    kind: 'yes_no',
    phase: 'adaptive',
    askIf: {
      any: [
        is('medications.tizanidine', true),
        is('medications.corticosteroid_long_term', true),
        { ref: 'patient.ageYears', atLeast: 60 },
      ],
    },
    safetyIf: is('medications.tizanidine', true),
    asks: [{ ref: 'medications.ciprofloxacin' }],
    sourceIds: ['D3', 'TONUS'],
    status: 'P',
  },
  // breathing risks of the calming medicines and the nerve-pain medicine: with sleep apnoea or COPD they
  // slow breathing (diazepam's contraindication and boxed warning [D5], the FDA warning on gabapentin
  // [D6]); asked only of someone taking one, with the safety questions
  breathing_risks: {
    kind: 'checklist',
    phase: 'adaptive',
    askIf: sedativeTaken,
    safetyIf: sedativeTaken,
    asks: [{ ref: 'conditions.sleep_apnoea' }, { ref: 'conditions.copd' }],
    sourceIds: ['D5', 'D6'],
    status: 'V',
  },
  // tizanidine's partners, asked of someone taking it with the safety questions (the cause model cannot weigh an
  // interaction): a medicine for obsessive thoughts or low mood, its contraindicated fluvoxamine [D3], and a
  // blood-pressure medicine, which adds to the fall in pressure it causes [D3][D4] (RF-RELAXANT-HYPOTENSION-PAIR).
  // One checklist since stop 50, when the antibiotic, its other contraindicated partner, became its own question
  tizanidine_partners: {
    kind: 'checklist',
    phase: 'adaptive',
    askIf: is('medications.tizanidine', true),
    safetyIf: is('medications.tizanidine', true),
    asks: [
      { ref: 'medications.beta_blocker' },
      { ref: 'medications.antihypertensive_other' },
      { ref: 'medications.fluvoxamine' },
    ],
    sourceIds: ['D3', 'D4'],
    status: 'P',
  },
  other_medicines: {
    kind: 'checklist',
    phase: 'adaptive',
    asks: [{ ref: 'medications.statin' }, { ref: 'medications.chemotherapy' }],
    sourceIds: ['X8', 'TONUS'],
    status: 'P',
  },
  gut: {
    kind: 'checklist',
    phase: 'adaptive',
    // in pregnancy, with the headache of the danger screen: pre-eclampsia's warning needs both answers, which a
    // look-ahead of one question cannot see together [NICE-NG133]; and after a sudden pain nothing started,
    // with a belly ache: a stomach bug's diarrhoea is told apart from a stone's vomiting
    // (RF-NON-MECHANICAL-VISCERAL, with `side` and `mechanical`)
    safetyIf: {
      any: [
        is('conditions.pregnancy', true),
        suddenWithGut,
        // with tingling round the mouth or a fluttering heart, salts lost through the gut (stop 32 review)
        is('findings.perioral_paraesthesia', true),
        is('findings.palpitations', true),
        // a headache with vomiting is a doctor's to evaluate (BASE-HEADACHE-VOMITING [NICE-CG150]), and with a
        // stiff neck an emergency (RF-HEADACHE-MENINGISM [NICE-NG228][NICE-NG240]) (dev-4219)
        is('findings.headache', true),
      ],
    },
    asks: [{ ref: 'findings.vomiting' }, { ref: 'findings.diarrhoea' }],
    escalateIf: { all: [feverWithStiffNeck, is('findings.headache', true)] },
    sourceIds: ['L2', 'X1', 'NICE-NG133'],
    status: 'V',
  },
  salt_symptoms: {
    kind: 'checklist',
    phase: 'adaptive',
    // once a way of losing salts is known (being sick, diarrhoea, a water tablet, a laxative, an acid
    // tablet, kidney disease, neck surgery), the symptoms of a low potassium, magnesium or calcium are asked
    // with the safety questions: a look ahead one answer at a time can settle first when another answer
    // (heavy sweating, say) has moved the differential (stop 32 review: a tingling after a thyroidectomy
    // ended as self-care)
    // and once a drenching sweat and a tremor are told (heavySweatingTold)
    safetyIf: { any: [saltLossKnown, { all: [heavySweatingTold, is('findings.tremor', true)] }] },
    asks: [{ ref: 'findings.palpitations' }, { ref: 'findings.generalized_weakness' }],
    sourceIds: ['CKS-ELECTROLYTES', 'L2', 'L8'],
    status: 'P',
  },
  twitching: {
    kind: 'checklist',
    phase: 'adaptive',
    // asked with the safety questions once a drenching sweat is told (heavySweatingTold)
    safetyIf: heavySweatingTold,
    asks: [
      { ref: 'findings.muscle_twitching' },
      { ref: 'findings.tremor' },
      { ref: 'findings.myoclonus' },
    ],
    sourceIds: ['L3', 'X5'],
    status: 'P',
  },
  // also asked of anyone taking a medicine labelled for low blood pressure, sedation or falls: dizziness
  // on standing with it means the dose is reviewed, not self-care (BASE-RELAXANT-DIZZINESS
  // [D1][D3][D4][D5]); the differential cannot see that, so looking ahead would not ask it
  adrenal: {
    kind: 'checklist',
    phase: 'adaptive',
    // weight loss is the commonest complaint of adrenal failure [X1]; its crisis needs the signs asked here
    // and vomiting asked next (RF-ADRENAL-CRISIS), which a look-ahead of one question cannot see together
    safetyIf: {
      any: [
        notMildPainSweatingOver50,
        bellyAcheBleedAge,
        is('findings.unexplained_weight_loss', true),
        is('medications.tizanidine', true),
        is('medications.baclofen', true),
        is('medications.diazepam', true),
        is('medications.benzodiazepine', true),
      ],
    },
    asks: [
      { ref: 'findings.hyperpigmentation' },
      { ref: 'findings.salt_craving' },
      { ref: 'findings.orthostatic_dizziness' },
      { ref: 'findings.fatigue' },
    ],
    // and after a new confusion: with darker skin, salt craving or faintness on standing it is an adrenal
    // crisis, for an ambulance (RF-ADRENAL-CRISIS; dev-575, dev-1312); on steroid tablets (asked just
    // before, with the injuries and poisons) faintness on standing alone is (v3; dev-814, dev-2526); and with
    // cold sweats in a new illness at 50 or over, or with a belly ache, vomiting or diarrhoea, faintness is
    // shock (sweatingInShockSetting; RF-SWEATING-FAINT, RF-VASCULAR-SHOCK-SYMPTOMS)
    escalateIf: {
      any: [
        suddenSevereNoInjury,
        sweatingInShockSetting,
        is('findings.altered_mental_status', true),
        // on steroid tablets and vomiting (RF-STEROID-SICK-DAY's emergency), faintness on standing is the crisis's
        // low pressure (RF-ADRENAL-CRISIS [R7][X1]), which a look ahead that weighs faintness unlikely would not
        // ask (dev-4761, 74, Addison's, vomiting her tablets since the morning, near-fainting on standing)
        { all: [is('medications.corticosteroid_long_term', true), is('findings.vomiting', true)] },
        // after a recent injury with a belly ache, faintness on standing is a bleed inside (RF-INJURY-BELLY-FAINT)
        { all: [recentInjury, is('findings.abdominal_pain', true)] },
      ],
    },
    sourceIds: ['X1', 'D1', 'D3', 'D4', 'D5'],
    status: 'V',
  },
  tics: {
    kind: 'checklist',
    phase: 'adaptive',
    asks: [
      { ref: 'findings.motor_tics' },
      { ref: 'findings.vocal_tics' },
      { ref: 'findings.premonitory_urge' },
      { ref: 'findings.tics_suppressible' },
    ],
    sourceIds: ['X4'],
    status: 'V',
  },
  movement: {
    kind: 'checklist',
    phase: 'adaptive',
    // after a sudden start this week with a headache and no injury (a lift or a twist included: they are how a
    // neck artery tears), a slurred speech is a stroke's or a torn neck artery's: today or yesterday an ambulance
    // (RF-SUDDEN-FOCAL-DEFICIT v5; dev-4687), in the week, even passed, an emergency (RF-NEW-FOCAL-DEFICIT v3;
    // dev-4755); asked before the result, and after an emergency, whatever one look ahead prefers; and after an
    // emergency with an unsteady walk and a headache or vomiting (v7; unsteadyWithHeadacheOrSickness)
    safetyIf: suddenHeadacheThisWeek,
    // and after a new confusion: a trouble swallowing with it leaves the airway unguarded, for an ambulance
    // (RF-CONFUSED-SWALLOWING; dev-10407, an antipsychotic overdose, drowsy and drooling, stopped at the emergency)
    escalateIf: {
      any: [
        suddenHeadacheThisWeek,
        unsteadyWithHeadacheOrSickness,
        weakSideNotSlow,
        confusedNotSlow,
      ],
    },
    asks: [
      { ref: 'findings.dystonia' },
      { ref: 'findings.dysarthria' },
      { ref: 'findings.drooling' },
      // a trouble swallowing beside them is the same bulbar picture getting worse (RF-DYSPHAGIA-WORSENING; dev-6062)
      { ref: 'findings.dysphagia' },
    ],
    sourceIds: ['X2', 'X7'],
    status: 'P',
  },
  mind: {
    kind: 'checklist',
    phase: 'adaptive',
    // a family history of a neurological illness sits with the mind's changes: both are Wilson's disease's and
    // NBIA's (an affected sibling, a psychiatric change [X2][X7]); the movement checklist keeps the bulbar signs
    asks: [
      { ref: 'findings.psychiatric_change' },
      { ref: 'conditions.adhd_or_ocd' },
      { ref: 'findings.family_history_neurological' },
    ],
    sourceIds: ['R6', 'X2', 'X4', 'X7'],
    status: 'P',
  },
  spasm_features: {
    kind: 'checklist',
    phase: 'adaptive',
    asks: [
      { ref: 'findings.consciousness_preserved_during_spasms' },
      { ref: 'findings.startle_exaggerated' },
    ],
    escalateIf: suddenSevereNoInjury,
    sourceIds: ['X6', 'D8', 'C1'],
    status: 'P',
  },
  liver: {
    kind: 'yes_no',
    phase: 'adaptive',
    asks: [{ ref: 'conditions.liver_disease' }],
    sourceIds: ['X2', 'X3'],
    status: 'P',
  },
  wound: {
    kind: 'checklist',
    phase: 'adaptive',
    asks: [{ ref: 'findings.wound_recent' }, { ref: 'findings.tetanus_vaccination_up_to_date' }],
    askIf: {
      any: [is('exposures.penetrating_wound', true), is('exposures.injection_drug_use', true)],
    },
    sourceIds: ['C1'],
    status: 'P',
  },
  other_conditions: {
    kind: 'checklist',
    phase: 'adaptive',
    asks: [
      { ref: 'conditions.alcohol_use_disorder' },
      { ref: 'conditions.malabsorption' },
      { ref: 'conditions.eating_disorder' },
      { ref: 'conditions.autoimmune_disease' },
    ],
    sourceIds: ['L3', 'X1', 'X8'],
    status: 'P',
  },
  travel: {
    kind: 'yes_no',
    phase: 'adaptive',
    asks: [{ ref: 'exposures.travel_or_insect_bite' }],
    sourceIds: ['R6'],
    status: 'V',
  },
} as const satisfies Readonly<Record<string, QuestionDef>>;

export type QuestionId = keyof typeof QUESTIONS;
export const QUESTION_IDS = Object.keys(QUESTIONS) as [QuestionId, ...QuestionId[]];

/** The refs a question asks, as a type, so that its wording must label every one of them. */
export type RefsOf<Q extends QuestionId> = (typeof QUESTIONS)[Q]['asks'][number]['ref'];
/** The option values of a `single` question, as a type (never for other kinds). */
export type OptionsOf<Q extends QuestionId> = (typeof QUESTIONS)[Q] extends {
  readonly options: readonly (infer V)[];
}
  ? V
  : never;

export function question(id: QuestionId): QuestionDef {
  return QUESTIONS[id];
}

/** Most questions a patient is asked (INTERVIEW.md "hard cap"). */
export const QUESTION_CAP = 29;
