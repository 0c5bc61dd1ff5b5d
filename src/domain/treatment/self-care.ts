/**
 * @module Fits the article's self-care measures to the case [A]: ice for overuse and for central
 * spasticity, heat for general aches; stretches with hold times; massage from the lower back upwards;
 * a hydration target that yields to a renal fluid allowance; supplements only after a doctor's advice.
 * All of it is adult advice: the article is written for adults and NICE NG59 covers over-16s only [R1];
 * the reference holds no self-care measure for a child, so a child (under CHILD_BELOW_YEARS, the age the
 * triage rule BASE-CHILD-SEEN uses) gets no measure and no adult figure, only word that the doctor who
 * sees the child will advise what suits them.
 */
import { has, holds, is, any, type Evidence } from '../evidence/index.js';
import {
  conditionsWith,
  SELF_CARE,
  type ConditionId,
  type SelfCareMeasureId,
  type SourceId,
  type FactStatus,
} from '../kb/index.js';
import { CHILD_BELOW_YEARS, urgency, type TriageLevel } from '../shared/index.js';
import type { TriageDecision } from '../triage/index.js';

export type SelfCareReason =
  | 'overuse_ice'
  | 'central_spasticity_ice'
  | 'general_ache_heat'
  | 'stretch_hold'
  | 'massage_upwards'
  | 'hydration_target'
  | 'hydration_renal_allowance'
  | 'supplement_possible_deficiency'
  | 'keep_active';

export type SelfCareCaution =
  | 'check_skin_reduced_sensation'
  | 'stop_if_leg_symptoms_worsen'
  | 'stop_if_arm_symptoms_worsen'
  | 'avoid_over_wound'
  | 'no_magnesium_or_potassium_without_renal_team'
  | 'gentle_with_fragile_bones';

export interface SelfCareItem {
  readonly measure: SelfCareMeasureId;
  readonly reason: SelfCareReason;
  readonly cautions: readonly SelfCareCaution[];
  /** The numbers of the article that apply: seconds, minutes or litres. */
  readonly amounts?: {
    readonly holdSeconds?: readonly [number, number];
    readonly minutes?: readonly [number, number];
    readonly litresPerDay?: readonly [number, number];
  };
  /** Supplements worth asking a doctor about. */
  readonly supplements?: readonly ('calcium' | 'magnesium' | 'vitamin_b12')[];
  readonly sourceIds: readonly SourceId[];
  readonly status: FactStatus;
}

/**
 * `child_doctor_advises`: a child, for whom the measures here (adult advice) are not given; the doctor
 * who sees the child advises instead.
 */
export type SelfCareMode = 'follow' | 'until_seen' | 'seek_care_now' | 'child_doctor_advises';

export interface SelfCarePlan {
  readonly mode: SelfCareMode;
  /** Measures withheld because a red flag points at structural disease, until a clinician has looked. */
  readonly withheld: readonly SelfCareMeasureId[];
  readonly items: readonly SelfCareItem[];
}

const CENTRAL_SPASTICITY = conditionsWith('upper_motor_neuron_spasticity');
const STRUCTURAL = conditionsWith('structural');

// The case facts the measures depend on, built once: a predicate compiles on first use and is kept by
// identity, so one made afresh at every call would compile at every call.
const REDUCED_SENSATION = any(
  has('sensory_deficit'),
  has('f:stocking_glove_sensory_loss'),
  has('f:distal_numbness'),
  has('f:sensory_level'),
  has('cond:spinal_cord_injury'),
  has('cond:diabetes_mellitus'),
);
const RENAL = any(
  has('cond:chronic_kidney_disease'),
  has('cond:dialysis'),
  is('lab:egfr', 'failure', 'reduced'),
);
const FRAGILE = any(has('cond:osteoporosis'), has('med:corticosteroid_long_term'));
const WOUND_NEAR = any(has('f:wound_recent'), has('exp:penetrating_wound'));
const RADICULAR_PAIN = has('f:radicular_leg_pain');
const INCREASED_TONE = has('increased_tone');
const LOW_CALCIUM = is('lab:calcium', 'low', 'critical_low');
const LOW_MAGNESIUM = is('lab:magnesium', 'low');
const LOW_B12 = is('lab:b12', 'low');
const CHILD = { age: { below: CHILD_BELOW_YEARS } } as const;

function item(
  measure: SelfCareMeasureId,
  reason: SelfCareReason,
  cautions: SelfCareCaution[],
  extra: Partial<SelfCareItem> = {},
): SelfCareItem {
  const m = SELF_CARE[measure];
  return { measure, reason, cautions, sourceIds: m.sourceIds, status: m.status, ...extra };
}

function modeFor(level: TriageLevel): SelfCareMode {
  if (urgency(level) >= urgency('emergency')) {
    return 'seek_care_now';
  }
  return level === 'consultation_24' ? 'until_seen' : 'follow';
}

export function planSelfCare(
  e: Evidence,
  triage: TriageDecision,
  leading: readonly ConditionId[],
): SelfCarePlan {
  const mode = modeFor(triage.level);
  if (mode === 'seek_care_now') {
    // nothing should delay getting to care
    return { mode, withheld: [], items: [] };
  }
  if (holds(CHILD, e)) {
    // adult advice (hydration target, supplements, deep massage, stretch holds) is not given to a child
    return { mode: 'child_doctor_advises', withheld: [], items: [] };
  }
  const top = leading[0];
  const structural =
    leading.some((c) => STRUCTURAL.includes(c)) ||
    triage.reasons.some(
      (r) =>
        r.group === 'malignancy' ||
        r.group === 'infection' ||
        r.group === 'fracture' ||
        r.group === 'cauda_equina',
    );
  const reducedSensation = holds(REDUCED_SENSATION, e);
  const renal = holds(RENAL, e);
  const fragile = holds(FRAGILE, e);
  const woundNear = holds(WOUND_NEAR, e);
  const radicular = holds(RADICULAR_PAIN, e) || top === 'lumbar_radiculopathy';

  const items: SelfCareItem[] = [];
  const withheld: SelfCareMeasureId[] = [];
  if (structural) {
    withheld.push('stretch', 'massage');
  } else {
    const stretchCautions: SelfCareCaution[] = [];
    if (radicular) {
      stretchCautions.push('stop_if_leg_symptoms_worsen');
    }
    if (top === 'cervical_radiculopathy') {
      stretchCautions.push('stop_if_arm_symptoms_worsen');
    }
    if (fragile) {
      stretchCautions.push('gentle_with_fragile_bones');
    }
    items.push(
      item('stretch', 'stretch_hold', stretchCautions, {
        amounts: { holdSeconds: SELF_CARE.stretch.holdSeconds },
      }),
    );
    const massageCautions: SelfCareCaution[] = [];
    if (woundNear) {
      massageCautions.push('avoid_over_wound');
    }
    if (fragile) {
      massageCautions.push('gentle_with_fragile_bones');
    }
    items.push(item('massage', 'massage_upwards', massageCautions));
  }

  const thermal: SelfCareCaution[] = reducedSensation ? ['check_skin_reduced_sensation'] : [];
  const central =
    top !== undefined &&
    (CENTRAL_SPASTICITY.includes(top) || (top === 'nbia' && holds(INCREASED_TONE, e)));
  if (top === 'exertional_overuse') {
    items.push(
      item('ice', 'overuse_ice', thermal, { amounts: { minutes: SELF_CARE.ice.minutes } }),
    );
  } else if (central) {
    items.push(
      item('ice', 'central_spasticity_ice', thermal, {
        amounts: { minutes: SELF_CARE.ice.minutes },
      }),
    );
  } else {
    items.push(
      item('heat', 'general_ache_heat', thermal, { amounts: { minutes: SELF_CARE.heat.minutes } }),
    );
  }

  if (renal) {
    items.push(
      item('hydration', 'hydration_renal_allowance', [
        'no_magnesium_or_potassium_without_renal_team',
      ]),
    );
  } else {
    items.push(
      item('hydration', 'hydration_target', [], {
        amounts: { litresPerDay: SELF_CARE.hydration.litresPerDay },
      }),
    );
  }

  const supplements = new Set<'calcium' | 'magnesium' | 'vitamin_b12'>();
  if (holds(LOW_CALCIUM, e) || top === 'hypocalcemia') {
    supplements.add('calcium');
  }
  if (holds(LOW_MAGNESIUM, e) || top === 'hypomagnesemia') {
    supplements.add('magnesium');
  }
  if (holds(LOW_B12, e) || top === 'peripheral_neuropathy') {
    supplements.add('vitamin_b12');
  }
  if (supplements.size > 0) {
    items.push(
      item(
        'supplements',
        'supplement_possible_deficiency',
        renal ? ['no_magnesium_or_potassium_without_renal_team'] : [],
        {
          supplements: [...supplements],
        },
      ),
    );
  }
  if (
    top === 'exertional_overuse' ||
    top === 'lumbar_radiculopathy' ||
    top === 'cervical_radiculopathy'
  ) {
    items.push(item('stay_active', 'keep_active', []));
  }
  return { mode, withheld, items };
}
