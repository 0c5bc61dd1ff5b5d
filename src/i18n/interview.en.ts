/**
 * @module English wording of the patient interview: every question, every item and option, the
 * likelihood words, what to watch for, and the interview's input errors. Plain words only, and never
 * the name of a prescription drug or a dose. The types make a missing wording a compile error.
 */
import {
  INTERVIEW_ISSUE_CODES,
  type InterviewIssueCode,
  type Likelihood,
  type OptionsOf,
  type QuestionId,
  type QuestionKind,
  type RefsOf,
  type StopReason,
  type WatchId,
} from '../domain/interview/index.js';
import type { DomainIssue, IssueCode } from '../domain/shared/index.js';

export type QuestionWording<Q extends QuestionId> = {
  readonly text: string;
  /** One label per ref the question asks. */
  readonly labels: Readonly<Record<RefsOf<Q>, string>>;
} & ([OptionsOf<Q>] extends [never]
  ? { readonly options?: undefined }
  : { readonly options: Readonly<Record<OptionsOf<Q> & PropertyKey, string>> });

export const QUESTION_TEXT: { readonly [Q in QuestionId]: QuestionWording<Q> } = {
  danger_now: {
    text: 'First, is any of this happening now, or has it happened since the spasms began? Someone with you may answer.',
    labels: {
      'findings.breathing_difficulty': 'Struggling to breathe',
      'findings.laryngospasm': 'The throat closing up, or noisy, high-pitched breathing',
      'findings.altered_mental_status': 'Confused, very drowsy or hard to wake',
      'findings.seizures': 'A fit (seizure)',
      'findings.fever_reported': 'A fever, or feeling hot and shivery',
      'findings.neck_stiffness': 'A stiff neck that hurts to bend forward',
      'findings.headache': 'A bad headache',
      'findings.carpopedal_spasm': 'Hands or feet cramping into a claw shape',
      'exposures.heat_exertion': 'Hard work or exercise in great heat before this began',
    },
  },
  age: {
    text: 'How old are you?',
    labels: { 'patient.ageYears': 'Age in years' },
  },
  sex: {
    text: 'What is your sex?',
    labels: { 'patient.sex': 'Sex' },
    options: { female: 'Female', male: 'Male', other: 'Other' },
  },
  spread: {
    text: 'Where do the spasms reach?',
    labels: { 'history.spread': 'How far the spasms reach' },
    options: {
      local: 'One part of the back only',
      axial: 'Along the whole back or trunk',
      generalized: 'The back and the arms or legs too',
    },
  },
  onset: {
    text: 'How did it start?',
    labels: { 'history.onset': 'How it started' },
    options: {
      sudden: 'Suddenly, within minutes',
      acute: 'Over hours, or over a few days (up to a week)',
      gradual: 'Slowly, over more than a week',
      chronic: 'I have had it for more than 3 months',
    },
  },
  course: {
    text: 'Since it started, is it getting better or worse?',
    labels: { 'history.course': 'How it is going' },
    options: {
      improving: 'Getting better',
      stable: 'About the same',
      worsening: 'Getting worse',
      relapsing: 'It comes and goes',
    },
  },
  injuries_poisons: {
    text: 'Have any of these happened, or do any apply to you?',
    labels: {
      'history.triggers.trauma_major':
        'It started with a serious accident: a car or bike crash, or a fall from a height',
      'history.triggers.trauma_minor': 'It started after a small fall, knock or bump',
      'exposures.strychnine_or_rodenticide': 'You swallowed or touched rat poison',
      'exposures.unknown_powder_or_street_drug':
        'You took a street drug or an unknown powder or pill',
      'exposures.injection_drug_use': 'You inject drugs',
      'exposures.penetrating_wound':
        'A deep cut, a nail or a bite that went into the skin in the last weeks',
      'findings.trismus': 'Your jaw is locked or you cannot open your mouth fully',
      'findings.opisthotonus': 'Your back arches backwards strongly during the spasms',
      'history.triggers.stimulus': 'A noise, a touch or a bright light sets the spasms off',
      'medications.corticosteroid_long_term':
        'You take steroid tablets, and have for 3 months or more',
      'medications.insulin':
        'You use injections or a pump for diabetes that can make your blood sugar go too low',
    },
  },
  nerve_red_flags: {
    text: 'Since the back pain started, have you had any of these?',
    labels: {
      'findings.saddle_anaesthesia':
        'Numbness between the legs or around the back passage (where you would sit on a saddle)',
      'findings.urinary_retention': 'Trouble passing urine, or none at all',
      'findings.urinary_incontinence': 'Leaking urine without meaning to',
      'findings.altered_bladder_sensation': 'Not feeling when your bladder is full',
      'findings.faecal_incontinence': 'Losing control of your bowels',
      'findings.bilateral_leg_weakness': 'Weakness in both legs',
      'findings.progressive_weakness': 'Weakness that is getting worse',
      'findings.foot_drop': 'A foot that slaps down or catches on the ground when you walk',
      'findings.hemiparesis': 'Weakness of one side of the body',
      'findings.gait_disturbance': 'Walking has become unsteady or difficult',
    },
  },
  serious_causes: {
    text: 'Do any of these apply to you?',
    labels: {
      'conditions.cancer_history': 'You have had cancer',
      'findings.unexplained_weight_loss': 'You have lost weight without trying',
      'findings.pain_at_night_or_lying': 'The pain is worse at night or when lying down',
      'findings.no_improvement_4_weeks': 'No better at all after 4 weeks',
      'findings.rigors': 'Shaking chills',
      'conditions.immunosuppression':
        'A weak immune system, or medicines that weaken it (after a transplant, for example)',
      'exposures.recent_spinal_procedure':
        'An operation or an injection in the spine in the last weeks',
      'conditions.osteoporosis': 'Thin, fragile bones (osteoporosis)',
      'findings.abdominal_pain': 'Tummy pain',
      'findings.heavy_sweating': 'Heavy sweating',
      'findings.dark_urine': 'Very dark urine, like tea or cola',
      'findings.jaundice': 'Yellow skin or yellow whites of the eyes',
      'findings.perioral_paraesthesia': 'Tingling around the mouth or in the fingertips',
    },
  },
  background: {
    text: 'Has a doctor ever told you that you have one of these conditions, and do you take, or have you recently been given, any of these medicines?',
    labels: {
      'conditions.spinal_cord_injury': 'A spinal cord injury',
      'conditions.multiple_sclerosis': 'Multiple sclerosis (MS)',
      'conditions.stroke': 'A stroke',
      'conditions.cerebral_palsy': 'Cerebral palsy',
      'conditions.chronic_kidney_disease': 'Kidney disease',
      'conditions.neck_surgery_thyroid_parathyroid':
        'An operation on the thyroid or parathyroid glands in the neck',
      'conditions.pregnancy': 'Pregnancy (you are pregnant now)',
      'medications.dopamine_antagonist':
        'A medicine for psychosis, or an injection or tablet against sickness',
      'medications.serotonergic_drug':
        'An antidepressant, or a medicine for migraine or strong pain that affects serotonin',
      'medications.baclofen':
        'A muscle-relaxing medicine for spasticity, by mouth or through a pump in the spine',
      'medications.diazepam': 'A calming medicine taken for anxiety, sleep or the spasms',
      'medications.benzodiazepine': 'A sleeping tablet, or another calming medicine for anxiety',
      'medications.opioid': 'A strong prescription painkiller',
      'medications.gabapentin': 'A medicine for nerve pain',
      'medications.tizanidine':
        'A different muscle-relaxing tablet for spasms, started by a doctor',
      'medications.botulinum_toxin': 'Injections into muscles to relax them, in the last weeks',
      'medications.thiazide_diuretic': 'A water tablet for blood pressure',
      'medications.loop_diuretic': 'A strong water tablet for the heart, swelling or the kidneys',
      'medications.laxative': 'Laxatives',
      'medications.proton_pump_inhibitor':
        'A medicine that lowers stomach acid, taken every day for months',
    },
  },
  where: {
    text: 'Where in the back are the spasms?',
    labels: {
      'history.regions.cervical': 'The neck',
      'history.regions.thoracic': 'The upper or middle back',
      'history.regions.lumbar': 'The lower back',
      'history.regions.sacral': 'The very bottom of the back, near the tailbone',
    },
  },
  triggers: {
    text: 'Did it start with any of these?',
    labels: {
      'history.triggers.lifting': 'Lifting something',
      'history.triggers.twisting': 'Twisting or turning',
      'history.triggers.exercise': 'Sport, training or other exercise',
      'history.triggers.prolonged_posture': 'Sitting or standing in one position for long',
    },
  },
  other_triggers: {
    text: 'Does anything else set the spasms off?',
    labels: {
      'history.triggers.stress': 'Stress or worry',
      'history.triggers.cold': 'Cold',
      'history.triggers.none': 'Nothing: they come on by themselves',
    },
  },
  duration: {
    text: 'How many days ago did it start?',
    labels: { 'history.durationDays': 'Days since it started' },
  },
  side: {
    text: 'Which side of the back is it on?',
    labels: { 'history.side': 'Side' },
    options: { left: 'The left', right: 'The right', bilateral: 'Both sides, or the middle' },
  },
  pain: {
    text: 'How bad is the pain right now, from 0 (no pain) to 10 (the worst you can imagine)?',
    labels: { 'history.painNrs': 'Pain from 0 to 10' },
  },
  spasm_frequency: {
    text: 'How often do you have spasms?',
    labels: { 'history.psfsFrequency': 'How often' },
    options: {
      0: 'Never',
      1: 'Only when something touches or moves me',
      2: 'Less than once an hour',
      3: 'More than once an hour',
      4: 'More than 10 times an hour',
    },
  },
  spasm_severity: {
    text: 'How strong are the spasms?',
    labels: { 'history.psfsSeverity': 'How strong' },
    options: { 1: 'Mild', 2: 'Moderate', 3: 'Severe' },
  },
  temperature: {
    text: 'If you have measured your temperature, what was it in °C?',
    labels: { 'vitals.temperatureC': 'Temperature in °C' },
  },
  mechanical: {
    text: 'Do these describe your back?',
    labels: {
      'findings.pain_on_movement': 'It hurts more when you move',
      'findings.relief_at_rest': 'It eases when you rest',
      'findings.paraspinal_tenderness': 'The muscles beside the spine are sore to touch',
      'findings.muscle_cramps': 'It feels like a cramp',
    },
  },
  leg_nerves: {
    text: 'Do you have any of these?',
    labels: {
      'findings.radicular_leg_pain': 'Pain shooting down one leg, below the knee',
      'findings.distal_numbness': 'Numbness or tingling in the feet or hands',
      'findings.burning_feet': 'Burning feet',
      'findings.back_hip_weakness': 'Weakness in the back or hips',
    },
  },
  dysreflexia: {
    text: 'Right now, do you have a pounding headache, flushing or sweating above the level of your injury, or a blood pressure much higher than usual for you?',
    labels: {
      'findings.autonomic_dysreflexia_symptoms':
        'A pounding headache, flushing or sweating above the injury, or a high blood pressure',
    },
  },
  kidney: {
    text: 'Has a doctor ever told you that you have any of these?',
    labels: {
      'conditions.diabetes_mellitus': 'Diabetes',
    },
  },
  dialysis: {
    text: 'Are you on dialysis?',
    labels: { 'conditions.dialysis': 'On dialysis' },
  },
  dialysis_cramps: {
    text: 'Do the spasms or cramps come during or just after dialysis?',
    labels: { 'history.triggers.dialysis': 'During or after dialysis' },
  },
  new_antibiotic: {
    text: 'Have you started an antibiotic in the last weeks, for example for a urine or chest infection?',
    labels: {
      'medications.ciprofloxacin':
        'An antibiotic started in the last weeks, for example for a urine infection',
    },
  },
  breathing_risks: {
    text: 'Has a doctor ever told you that you have either of these?',
    labels: {
      'conditions.sleep_apnoea':
        'Sleep apnoea: your breathing stops for moments while you sleep (you may use a mask at night)',
      'conditions.copd': 'A long-term lung disease such as COPD, emphysema or chronic bronchitis',
    },
  },
  tizanidine_partners: {
    text: 'Besides that muscle-relaxing tablet, do you take any of these?',
    labels: {
      'medications.beta_blocker':
        'A tablet that slows the heart, for blood pressure, angina or a fast heartbeat',
      'medications.antihypertensive_other': 'Another tablet for high blood pressure',
      'medications.fluvoxamine': 'A medicine for obsessive thoughts, anxiety or low mood',
    },
  },
  other_medicines: {
    text: 'Do you take any of these?',
    labels: {
      'medications.statin': 'A medicine that lowers cholesterol',
      'medications.chemotherapy': 'Cancer treatment with medicines (chemotherapy)',
    },
  },
  gut: {
    text: 'In the last days, have you had any of these?',
    labels: {
      'findings.vomiting': 'Being sick (vomiting)',
      'findings.diarrhoea': 'Diarrhoea or loose stools',
    },
  },
  salt_symptoms: {
    text: 'Have you noticed any of these?',
    labels: {
      'findings.palpitations': 'Your heart racing, pounding or beating unevenly',
      'findings.generalized_weakness': 'New weakness of the muscles all over',
    },
  },
  twitching: {
    text: 'Have you noticed any of these in your muscles?',
    labels: {
      'findings.muscle_twitching': 'Small twitches under the skin',
      'findings.tremor': 'Shaking or trembling',
      'findings.myoclonus': 'Sudden jerks of the arms, legs or body',
    },
  },
  adrenal: {
    text: 'Over the last weeks or months, have you had any of these?',
    labels: {
      'findings.hyperpigmentation':
        'Skin getting darker, especially in skin creases, scars or the gums',
      'findings.salt_craving': 'Craving salty food',
      'findings.orthostatic_dizziness': 'Feeling faint or dizzy when you stand up',
      'findings.fatigue': 'Being very tired',
    },
  },
  tics: {
    text: 'Do you have any of these?',
    labels: {
      'findings.motor_tics': 'Sudden movements you do again and again, like jerks or blinks',
      'findings.vocal_tics': 'Sounds you make again and again, like sniffs or throat clearing',
      'findings.premonitory_urge': 'An urge or feeling that builds up before the movement',
      'findings.tics_suppressible': 'You can hold the movements back for a while',
    },
  },
  movement: {
    text: 'Do you have any of these?',
    labels: {
      'findings.dystonia': 'Muscles pulling the body or neck into twisted positions',
      'findings.dysarthria': 'Slurred or unclear speech',
      'findings.drooling': 'Drooling',
      'findings.dysphagia': 'Trouble swallowing that is new or getting worse',
    },
  },
  mind: {
    text: 'Do any of these apply to you?',
    labels: {
      'findings.psychiatric_change': 'Your mood or behaviour has changed a lot recently',
      'conditions.adhd_or_ocd': 'ADHD or OCD',
      'findings.family_history_neurological':
        'A parent, brother or sister with a disease of the nerves or brain',
    },
  },
  spasm_features: {
    text: 'About the spasms themselves, do any of these apply?',
    labels: {
      'findings.consciousness_preserved_during_spasms':
        'You stay fully awake and aware during the spasms',
      'findings.startle_exaggerated': 'You jump much more than others at a sudden noise or touch',
    },
  },
  liver: {
    text: 'Has a doctor ever told you that you have liver disease?',
    labels: { 'conditions.liver_disease': 'Liver disease' },
  },
  wound: {
    text: 'About wounds and tetanus:',
    labels: {
      'findings.wound_recent': 'You have a wound that has not healed',
      'findings.tetanus_vaccination_up_to_date':
        'Your tetanus vaccinations are up to date (a booster in the last 10 years)',
    },
  },
  other_conditions: {
    text: 'Do any of these apply to you?',
    labels: {
      'conditions.alcohol_use_disorder': 'You drink a lot of alcohol most days',
      'conditions.malabsorption':
        'A bowel condition that stops food being absorbed (such as coeliac disease)',
      'conditions.eating_disorder': 'An eating disorder',
      'conditions.autoimmune_disease':
        'An autoimmune condition (such as type 1 diabetes or an underactive thyroid)',
    },
  },
  travel: {
    text: 'In the last weeks, have you travelled abroad or been bitten by a tick or a mosquito?',
    labels: { 'exposures.travel_or_insect_bite': 'Travel abroad, or a tick or mosquito bite' },
  },
};

/** How a checklist or yes/no item is answered in the terminal. */
export const ANSWER_WORDS = { yes: 'yes', no: 'no', unknown: "don't know" } as const;

/** What the terminal says after an answer it cannot read, by kind of question. */
export const TERMINAL_HINT: Readonly<Record<QuestionKind, string>> = {
  checklist: 'Please type y for yes, n for no, or ? if you do not know.',
  yes_no: 'Please type y for yes, n for no, or ? if you do not know.',
  single: 'Please type the number of one of the choices, or ? if you do not know.',
  number: 'Please type a number in the usual range, or ? if you do not know.',
};

export const LIKELIHOOD_TEXT: Readonly<Record<Likelihood, string>> = {
  likely: 'likely',
  possible: 'possible',
  less_likely: 'less likely',
};

export const STOP_TEXT: Readonly<Record<StopReason, string>> = {
  emergency: 'The interview stopped early because your answers need urgent care.',
  settled: 'No further question would change this advice.',
  cap: 'The interview reached its question limit.',
};

export const WATCH_TEXT: Readonly<Record<WatchId, string>> = {
  breathing: 'Call an ambulance if breathing or swallowing becomes difficult.',
  confusion_or_fits:
    'Call an ambulance if you become confused, very drowsy or have a fit; let someone know to watch you.',
  fever:
    'See a doctor within 24 hours if you get a fever, shaking chills or a stiff neck; go to an emergency department if you also feel very unwell.',
  cauda_equina:
    'Go to an emergency department now if you get numbness between the legs or around the back passage, or trouble passing or holding urine or stools.',
  leg_weakness:
    'Go to an emergency department now if one or both legs become weak, or your foot starts to drag or slap.',
  one_sided_weakness:
    'Call an ambulance if one side of the body, the face or your speech suddenly becomes weak or strange.',
  jaw_or_arching_spasms:
    'Call an ambulance if your jaw locks, your back arches in spasms, or noise or touch sets the spasms off.',
  hand_spasms_or_tingling:
    'Go to an emergency department if your hands cramp into a claw shape or you get tingling around the mouth.',
  dark_urine_or_yellow_skin:
    'Get care the same day if your urine turns very dark or your skin or eyes turn yellow.',
  dysreflexia:
    'With a spinal cord injury at or above the middle of the back: a pounding headache, flushing or sweating above the injury is an emergency. Sit upright, loosen tight clothing and empty your bladder while you get help.',
  noxious_triggers:
    'Look for what may be irritating your body: a bladder infection or a full bladder, a pressure sore, constipation, an ingrown toenail, tight clothing, a hidden injury or a swollen, painful leg. Tell the doctor about any new medicine.',
  salts:
    'See a doctor within 24 hours if your heart races or beats unevenly, or you feel new weakness: your blood salts may need checking.',
  serious_cause:
    'See a doctor within 24 hours if you lose weight without trying, the pain wakes you at night, or it is no better after 4 weeks.',
  getting_worse:
    'See a doctor if the spasms are no better after a week or keep getting worse, and sooner if new problems appear.',
};

const ref = (issue: DomainIssue): string => String(issue.params?.ref ?? '?');

export const INTERVIEW_ISSUE_TEXT: Readonly<
  Record<InterviewIssueCode, (issue: DomainIssue) => string>
> = {
  'interview.not_an_object': () =>
    'an answer is a JSON object {"answers": {ref: value, …}} with one value per ref of the question',
  'interview.unknown_ref': (i) => `${ref(i)}: not something the interview asks`,
  'interview.not_asked': (i) => `${ref(i)}: this question did not ask it`,
  'interview.missing_answer': (i) => `${ref(i)}: no answer given (use null for "I don't know")`,
  'interview.invalid_value': (i) =>
    `${ref(i)}: ${String(issue(i, 'value'))} is not accepted; ${expected(i)}, or null for "I don't know"`,
  'interview.not_finished': (i) =>
    `the interview is not finished: question ${String(issue(i, 'question'))} is still to be answered`,
};

function expected(i: DomainIssue): string {
  const p = i.params ?? {};
  if (p.allowed !== undefined) {
    return `expected one of ${String(p.allowed)}`;
  }
  if (p.min !== undefined) {
    return `expected ${p.expected === 'integer' ? 'a whole number' : 'a number'} from ${String(p.min)} to ${String(p.max)}`;
  }
  return 'expected true or false';
}

function issue(i: DomainIssue, key: string): string | number {
  return i.params?.[key] ?? '?';
}

export function isInterviewCode(code: IssueCode): code is InterviewIssueCode {
  return (INTERVIEW_ISSUE_CODES as readonly string[]).includes(code);
}
