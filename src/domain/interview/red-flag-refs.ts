/**
 * @module Which refs can raise a red flag, read from the red-flag rules themselves, and what a
 * patient should watch for when one of them was answered "I don't know" or could not be asked.
 */
import type { BooleanFeature, FeatureId, When } from '../evidence/index.js';
import { RED_FLAG_RULES } from '../triage/index.js';
import { BOOLEAN_REFS, CLINICIAN_ONLY_FINDINGS, type Ref } from './refs.js';

/** The patient refs behind a derived feature (the rest map one to one: `findings.x` is `f:x`). */
const DERIVED_REFS: Partial<Record<FeatureId, readonly Ref[]>> = {
  fever: ['findings.fever_reported', 'vitals.temperatureC'],
  ams: ['findings.altered_mental_status'],
  gait_abnormal: ['findings.gait_disturbance'],
};

const PREFIX: Readonly<Record<string, string>> = {
  f: 'findings.',
  cond: 'conditions.',
  med: 'medications.',
  exp: 'exposures.',
  trig: 'history.triggers.',
  region: 'history.regions.',
};

const BOOLEAN_REF_SET: ReadonlySet<string> = new Set(BOOLEAN_REFS);

/** The refs a patient answers for one feature of the evidence (none for exam, lab and imaging features). */
export function refsOfFeature(feature: FeatureId): readonly Ref[] {
  const derived = DERIVED_REFS[feature];
  if (derived !== undefined) {
    return derived;
  }
  const colon = feature.indexOf(':');
  const prefix = colon < 0 ? undefined : PREFIX[feature.slice(0, colon)];
  const ref = prefix === undefined ? '' : `${prefix}${feature.slice(colon + 1)}`;
  return BOOLEAN_REF_SET.has(ref) ? [ref as Ref] : [];
}

/**
 * The boolean features a rule needs present (leaves under an even number of `not`), and with `noes` those it needs
 * answered "no" (`absent`: not vaccinated against tetanus), which that answer raises too.
 */
function positiveFeatures(
  w: When,
  positive: boolean,
  noes: boolean,
  out: Set<BooleanFeature>,
): void {
  if ('f' in w) {
    if (positive) {
      out.add(w.f);
    }
  } else if ('all' in w) {
    w.all.forEach((x) => {
      positiveFeatures(x, positive, noes, out);
    });
  } else if ('any' in w) {
    w.any.forEach((x) => {
      positiveFeatures(x, positive, noes, out);
    });
  } else if ('of' in w) {
    w.of.forEach((x) => {
      positiveFeatures(x, positive, noes, out);
    });
  } else if ('not' in w) {
    if (canHold(w.not)) {
      positiveFeatures(w.not, !positive, noes, out);
    }
  } else if ('absent' in w) {
    if (positive && noes) {
      out.add(w.absent);
    }
  }
}

/**
 * Features an interview never fills: the findings only a clinician elicits (a spine's shape, a tender spinous process)
 * and what is derived from the examination alone (the strength, the reflexes, the tone, the range of movement, the
 * sensation). A condition on one of them can never hold from an interview's answers, present or absent.
 */
const NEVER_FROM_INTERVIEW: ReadonlySet<string> = new Set<string>([
  ...CLINICIAN_ONLY_FINDINGS.map((f) => `f:${f}`),
  'weakness',
  'weakness_severe',
  'deficit_multilevel',
  'arm_root_deficit',
  'arm_reflex_root_sign',
  'reflexes_reduced',
  'ankle_reflex_reduced',
  'hyperreflexia',
  'increased_tone',
  'rom_reduced',
  'flexion_reduced',
  'gait_antalgic',
  'sensory_deficit',
]);

/**
 * Whether an interview's answers can ever make a condition hold (conservatively: only a leaf on a feature the interview
 * never fills, or on a blood result, is known never to). A rule that cannot hold raises nothing from the interview,
 * and an exemption that cannot hold (a `not` of it) always lets the rule through: neither's refs are worth a question
 * (RF-FRACTURE-RIGID-SPINE needs a deformity, RF-MALIGNANCY-FEATURES v7's young athlete an examination).
 */
function canHold(w: When): boolean {
  // no answer is a blood result: a patient cannot give one (INTERVIEW.md), so a condition on a lab never holds
  if ('lab' in w) {
    return false;
  }
  if ('cat' in w && w.cat.startsWith('lab:')) {
    return false;
  }
  if ('f' in w) {
    return !NEVER_FROM_INTERVIEW.has(w.f);
  }
  if ('absent' in w) {
    return !NEVER_FROM_INTERVIEW.has(w.absent);
  }
  if ('all' in w) {
    return w.all.every(canHold);
  }
  if ('any' in w) {
    return w.any.some(canHold);
  }
  return true;
}

function positiveRefs(w: When, noes = true): Ref[] {
  if (!canHold(w)) {
    return [];
  }
  const features = new Set<BooleanFeature>();
  positiveFeatures(w, true, noes, features);
  return [...new Set([...features].flatMap((f) => refsOfFeature(f)))];
}

/** Per red-flag rule (by index), the patient refs whose answer helps fire it. */
export const RULE_REFS: readonly (readonly Ref[])[] = RED_FLAG_RULES.map((rule) =>
  positiveRefs(rule.when),
);

/** Every patient ref whose answer can help fire a red-flag rule, in the order of the rules. */
export const RED_FLAG_REFS: readonly Ref[] = [
  ...new Set(RED_FLAG_RULES.flatMap((rule) => positiveRefs(rule.when))),
];

/** The refs that can help fire an ambulance-level rule: the only ones worth asking once the level is emergency. */
export const AMBULANCE_REFS: ReadonlySet<Ref> = new Set(
  RED_FLAG_RULES.filter((rule) => rule.level === 'emergency_ambulance').flatMap((rule) =>
    positiveRefs(rule.when),
  ),
);

/**
 * Pairs of refs that one red-flag rule needs answered "yes" together (`a|b`, in sorted order): worth looking ahead at
 * jointly. A "no" a rule needs is not one: the look-ahead's all-"no" answer already holds it, and pairing it would
 * weigh a "yes" to two strain signs at once as if it could fire the rule.
 */
export const JOINT_REFS: ReadonlySet<string> = new Set(
  RED_FLAG_RULES.flatMap((rule) => {
    const refs = positiveRefs(rule.when, false).sort();
    return refs.flatMap((a, i) => refs.slice(i + 1).map((b) => `${a}|${b}`));
  }),
);

/** What the patient is told to watch for, each with its own wording. */
export const WATCH_IDS = [
  'breathing',
  'confusion_or_fits',
  'fever',
  'cauda_equina',
  'leg_weakness',
  'one_sided_weakness',
  'jaw_or_arching_spasms',
  'hand_spasms_or_tingling',
  'dark_urine_or_yellow_skin',
  'dysreflexia',
  'noxious_triggers',
  'salts',
  'serious_cause',
  'getting_worse',
] as const;
export type WatchId = (typeof WATCH_IDS)[number];

/** Which watch-for advice covers a red-flag ref left unanswered. */
export const WATCH_OF_REF: Partial<Record<Ref, WatchId>> = {
  'findings.breathing_difficulty': 'breathing',
  'findings.laryngospasm': 'breathing',
  'findings.dysphagia': 'breathing',
  'findings.altered_mental_status': 'confusion_or_fits',
  'findings.seizures': 'confusion_or_fits',
  'findings.fever_reported': 'fever',
  'vitals.temperatureC': 'fever',
  'findings.rigors': 'fever',
  'findings.neck_stiffness': 'fever',
  'findings.saddle_anaesthesia': 'cauda_equina',
  'findings.urinary_retention': 'cauda_equina',
  'findings.urinary_incontinence': 'cauda_equina',
  'findings.altered_bladder_sensation': 'cauda_equina',
  'findings.faecal_incontinence': 'cauda_equina',
  'findings.bilateral_leg_weakness': 'leg_weakness',
  'findings.progressive_weakness': 'leg_weakness',
  'findings.foot_drop': 'leg_weakness',
  'findings.gait_disturbance': 'leg_weakness',
  'findings.hemiparesis': 'one_sided_weakness',
  'findings.trismus': 'jaw_or_arching_spasms',
  'findings.opisthotonus': 'jaw_or_arching_spasms',
  'history.triggers.stimulus': 'jaw_or_arching_spasms',
  'findings.carpopedal_spasm': 'hand_spasms_or_tingling',
  'findings.perioral_paraesthesia': 'hand_spasms_or_tingling',
  'findings.dark_urine': 'dark_urine_or_yellow_skin',
  'findings.jaundice': 'dark_urine_or_yellow_skin',
  'findings.autonomic_dysreflexia_symptoms': 'dysreflexia',
  'findings.palpitations': 'salts',
  'findings.generalized_weakness': 'salts',
  'findings.unexplained_weight_loss': 'serious_cause',
  'findings.pain_at_night_or_lying': 'serious_cause',
  'findings.no_improvement_4_weeks': 'serious_cause',
};

/** Advice every patient below emergency level gets, whatever they answered (the safety net). */
export const SAFETY_NET: readonly WatchId[] = [
  'cauda_equina',
  'leg_weakness',
  'fever',
  'getting_worse',
];
