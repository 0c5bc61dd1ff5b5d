/** @module English wording of the self-care plan (patients and clinicians) and of clinician-only treatment items. */
import type {
  CauseAction,
  SelfCareCaution,
  SelfCareItem,
  SelfCareMode,
} from '../domain/treatment/index.js';
import type { DrugFactId } from '../domain/kb/index.js';
import { DRUG_FACTS } from '../domain/kb/index.js';
import { pluralRange, type PluralForms } from './plural.js';

export const MODE_TEXT: Readonly<Record<SelfCareMode, string>> = {
  follow: 'What you can do yourself',
  until_seen: 'What you can do until a doctor sees you',
  seek_care_now: 'Do not wait: get the care described above now. Self-care can come later.',
  child_doctor_advises:
    'The self-care measures here are written for adults, so none are listed for a child: the doctor who sees your child will advise what suits them.',
};

/** A range from the plan, its noun agreeing with the upper bound ("1–2 minutes"), or one count when both are the same. */
const span = (r: readonly [number, number] | undefined, unit: PluralForms): string =>
  r === undefined ? '' : pluralRange('en', r[0], r[1], unit);
const SECONDS: PluralForms = { one: '# second', other: '# seconds' };
const MINUTES: PluralForms = { one: '# minute', other: '# minutes' };
const LITRES: PluralForms = { one: '# litre', other: '# litres' };

export function selfCareText(item: SelfCareItem): string {
  switch (item.reason) {
    case 'stretch_hold':
      return `Stretch: hold a gentle stretch of the tight muscles for ${span(item.amounts?.holdSeconds, SECONDS)}, or repeat slow stretch-and-relax; bend forwards and backwards or twist gently side to side.`;
    case 'massage_upwards':
      return 'Massage: slow, deep massage starting at the lower back and working upwards to the back of the neck; a foam roller or a tennis ball against a wall works for self-massage.';
    case 'overuse_ice':
      return `Ice: for a strained or overworked muscle, apply ice wrapped in a cloth for ${span(item.amounts?.minutes, MINUTES)} at a time.`;
    case 'central_spasticity_ice':
      return `Ice: cold helps spasticity from brain or spinal cord conditions; apply it wrapped in a cloth for ${span(item.amounts?.minutes, MINUTES)} at a time.`;
    case 'general_ache_heat':
      return `Heat: a warm pack for ${span(item.amounts?.minutes, MINUTES)} at a time eases general aches.`;
    case 'hydration_target':
      return `Drink: about ${span(item.amounts?.litresPerDay, LITRES)} of water a day, with electrolytes replaced, to help prevent spasms coming back.`;
    case 'hydration_renal_allowance':
      return 'Drink: follow the daily fluid allowance your kidney team gave you rather than a general target.';
    case 'supplement_possible_deficiency':
      return `Supplements: ${(item.supplements ?? []).map((s) => (s === 'vitamin_b12' ? 'vitamin B12' : s)).join(', ')} may help if you are low, but speak to your doctor first about whether to take them and how much.`;
    case 'keep_active':
      return 'Keep moving within comfort; rest in bed makes back spasm last longer.';
  }
}

export const CAUTION_TEXT: Readonly<Record<SelfCareCaution, string>> = {
  check_skin_reduced_sensation:
    'You may not feel heat or cold well: keep a cloth between skin and pack and check your skin every few minutes.',
  stop_if_leg_symptoms_worsen: 'Stop if pain, numbness or tingling spreads further down the leg.',
  stop_if_arm_symptoms_worsen: 'Stop if pain, numbness or tingling spreads further down the arm.',
  avoid_over_wound: 'Keep away from the wound.',
  no_magnesium_or_potassium_without_renal_team:
    'With kidney disease, do not take magnesium, potassium or electrolyte drinks unless your kidney team agrees.',
  gentle_with_fragile_bones: 'Go gently: your bones may be fragile.',
};

export const WITHHELD_TEXT =
  'Stretching and massage are left out until a doctor has checked for a serious cause.';

export const CAUSE_ACTION_TEXT: Readonly<Record<CauseAction, string>> = {
  replace_potassium_and_review_losses:
    'Replace potassium; find and stop the loss (diuretic, laxative, GI losses); check magnesium; ECG',
  replace_magnesium_and_review_ppi_diuretic_alcohol:
    'Replace magnesium; review PPI, diuretic and alcohol; check potassium and calcium',
  replace_calcium_check_magnesium_pth_vitamin_d:
    'Replace calcium; check magnesium, phosphate, intact PTH and 25-OH vitamin D; ECG for QT',
  urgent_endocrinology_steroid_replacement:
    'Morning cortisol with ACTH, cosyntropin test; endocrinology; in crisis give parenteral hydrocortisone and fluids without waiting for results',
  nephrology_and_dialysis_prescription_review:
    'Nephrology review; review dialysis prescription and dialysate magnesium; check K, Ca, phosphate, Mg',
  non_drug_care_then_nsaid_or_muscle_relaxant:
    'Non-drug care first (heat, massage); if a drug is needed, an NSAID or a skeletal muscle relaxant (ACP 2017)',
  treat_neuropathy_cause:
    'Find and treat the cause: glycaemic control, B12, alcohol, thyroid; NCS/EMG',
  reassure_diagnosis_of_exclusion:
    'Diagnosis of exclusion: normal CK, electrolytes and TSH, EMG with fasciculations only; reassure (no progression to motor neuron disease in a long follow-up series)',
  neurology_and_genetic_testing:
    'Neurology: brain MRI (iron, eye-of-the-tiger) and genetic testing (PANK2)',
  benzodiazepines_airway_supportive_care:
    'Emergency: benzodiazepines, airway, cooling, supportive care; send strychnine level later',
  antispasticity_treatment:
    'Spasticity management: the antispastic options below with their monitoring',
  tic_specialist_care: 'Specialist tic care (behavioural therapy first); treat ADHD/OCD if present',
  urgent_spinal_mri_and_oncology: 'Urgent whole-spine MRI with contrast; oncology / MSCC pathway',
  hepatology_neurology_copper_treatment:
    'Slit lamp, ceruloplasmin, 24-h urine copper (Leipzig score); hepatology and neurology for copper-removing treatment',
  empirical_antiviral_lumbar_puncture_mri:
    'Emergency: lumbar puncture (cell count, HSV PCR), brain MRI, EEG; empirical IV aciclovir while waiting',
  non_drug_care_no_gabapentinoid_or_benzodiazepine_for_sciatica:
    'Non-drug care; NICE NG59: do not offer gabapentinoids, other antiepileptics, benzodiazepines or oral corticosteroids for sciatica',
  neck_root_care_mri_if_weakness_worsens:
    'Most cervical root pain settles over weeks: analgesia and keeping active; MRI and spinal referral if the weakness worsens, spreads or signs of the cord appear',
  movement_disorder_review_botulinum_toxin:
    'Neurology or movement-disorder clinic review; botulinum toxin injections for a focal dystonia (not sooner than 12 weeks after the last); look for a drug that causes it (a dopamine blocker)',
  statin_review_ck:
    'Prescriber review of the statin: CK and thyroid function; look for an interacting medicine; if the symptoms are not tolerable or the CK is raised, pause the statin and re-challenge, lower the dose or switch; stop it if the CK is very high or weakness or dark urine appears',
  movement_disorder_review_dopamine_blocker:
    'Referral to a movement-disorder clinic, untreated, for a suspected Parkinson’s disease; look for a drug that causes a parkinsonism (a dopamine blocker) and review it with its prescriber',
  emergency_decompression_pathway: 'Emergency MRI and spinal surgical referral',
  cultures_imaging_antibiotics: 'Blood cultures, CRP/ESR, urgent MRI; antibiotics per microbiology',
  imaging_and_fracture_care: 'Spinal imaging; analgesia; bone-health assessment',
  emergency_tetanus_care: 'Emergency: tetanus immunoglobulin, wound care, airway; vaccination',
  neurology_anti_gad_testing: 'Neurology: anti-GAD antibodies and EMG (continuous motor activity)',
  fluids_and_ck_monitoring: 'IV fluids, CK, creatinine and potassium monitoring',
  stop_dopamine_antagonist_emergency_care:
    'Stop the dopamine antagonist; emergency supportive care',
  stop_serotonergic_drug_emergency_care: 'Stop the serotonergic drug; emergency supportive care',
  anticholinergic_emergency_care:
    'Parenteral anticholinergic or antihistamine; review the causative drug',
};

export function factText(id: DrugFactId): string {
  return DRUG_FACTS[id].summary;
}
