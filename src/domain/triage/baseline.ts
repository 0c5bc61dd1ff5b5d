/**
 * @module The level when no red flag fires. A spasm is a symptom of an underlying disease that needs a
 * thorough evaluation [A], so the default is a consultation; an uncomplicated mechanical spasm that is
 * not dragging on is self-care (reference §3.3 last row [A][R2]), in an adult: a child under 16 is seen.
 */
import { all, any, has, is, lacks, not, type When } from '../evidence/index.js';
import type { ConditionId, Provenance } from '../kb/index.js';
import { CHILD_BELOW_YEARS, type TriageLevel } from '../shared/index.js';
import { electrolyteRisk, noElectrolyteResult } from './electrolyte-risk.js';
import {
  establishedUmnCondition,
  injuryStart,
  lowPotassium,
  powerNotFoundWhole,
  strainStart,
  suddenSeverePainOlder,
} from './rules.js';
import { takesBenzodiazepine } from './sedatives.js';

export interface BaselineRule<Id extends string = string> extends Provenance {
  readonly id: Id;
  readonly version: number;
  readonly level: TriageLevel;
  /** The condition that must lead the differential, with at least this probability. */
  readonly leading?: { readonly condition: ConditionId; readonly minProbability: number };
  readonly when?: When;
}

// nothing a patient feels of shock or a vessel (sweating, faintness on standing): a strain does not bring them
const noShockSymptoms = all(not(has('f:heavy_sweating')), not(has('f:orthostatic_dizziness')));
// nothing found or told that a strain holding steady does not explain: tenderness over the bone, pain at
// night, numbness, or a sign of the cord [R3][R4]. Each alone falls short of a red flag, but a strain not yet
// easing is left to self-care only without them (the stop 30 review)
const noWarningFound = not(
  any(
    has('f:midline_bony_tenderness'),
    has('f:pain_at_night_or_lying'),
    has('f:distal_numbness'),
    has('f:stocking_glove_sensory_loss'),
    has('f:babinski_sign'),
    has('f:clonus'),
    has('hyperreflexia'),
  ),
);
// a strain in its first days (day 0 to 3: v12 of the rule counts the third day, dev-1708), holding steady in
// one place: it has not had the time to get better, and a severe pain at the start is how a strain begins.
// Self-care with advice on when to come back, as the blind case writers (dev-836, dev-863, dev-865, dev-917)
// and NICE's self-management for a new low back pain [R1] have it (TONUS, P). After exercise the pain must have come on at once (a strain's catch) or the
// urine be known clear: muscle breakdown comes on over hours and darkens the urine (TONUS)
const strainFirstDays = all(
  strainStart,
  not(injuryStart),
  is('course', 'stable'),
  is('spread', 'local'),
  { history: 'durationDays', below: 4 },
  noShockSymptoms,
  noWarningFound,
  any(not(has('trig:exercise')), is('onset', 'sudden'), lacks('f:dark_urine')),
);
// a neck or back strain (a desk, a sofa, feeding and carrying a baby, a lift) holding steady, local, not
// severe, under four weeks old, under 50 and not at night: self-management goes on [R1][R2]; "no better after
// about a month", a first onset at 50 or over and pain at night are the reference's points for more [R3][R4]
// (TONUS, P; dev-767, dev-844, dev-907, dev-953)
const steadyStrain = all(
  strainStart,
  not(injuryStart),
  is('course', 'stable'),
  is('spread', 'local'),
  not(is('pain', 'severe')),
  { history: 'durationDays', below: 28 },
  { age: { below: 50 } },
  not(has('f:pain_at_night_or_lying')),
  noShockSymptoms,
  noWarningFound,
);
// a posture pain (an armchair, a desk) getting better, not severe and not sudden, with nothing that loaded the
// spine and an examination that found no tenderness over it: not the minor trauma or strain, nor the sudden
// severe central pain, of the fracture flag [R3][R4] (TONUS, P)
const easingPosturePain = all(
  has('trig:prolonged_posture'),
  not(any(has('trig:lifting'), has('trig:twisting'), injuryStart)),
  is('course', 'improving'),
  not(is('pain', 'severe')),
  not(is('onset', 'sudden')),
  lacks('f:midline_bony_tenderness'),
  not(has('f:pain_at_night_or_lying')),
);

/** Evaluated in order; the first that holds gives the level. */
const RULES = [
  // The self-care route rests on adult guidance: NICE NG59 covers people over 16 only [R1], and in a child
  // paraspinal spasm with stiffness on bending forward can be the first sign of a spinal tumour
  // (reference §4, paediatric text, P). A child's spasm is seen by a doctor, not sent to self-care.
  {
    id: 'BASE-CHILD-SEEN',
    version: 1,
    level: 'consultation',
    when: { age: { below: CHILD_BELOW_YEARS } },
    sourceIds: ['R1'],
    status: 'P',
  },
  // Cramps with a risk factor for a salt imbalance and no blood result yet: blood tests, not self-care,
  // even without a warning symptom (which would make it a red flag, RF-ELECTROLYTE-SUSPECTED). Cramps,
  // not the spasm itself: a lifting strain in someone taking a stomach-acid medicine stays self-care.
  {
    id: 'BASE-ELECTROLYTE-RISK',
    version: 1,
    level: 'consultation',
    when: all(has('f:muscle_cramps'), electrolyteRisk, noElectrolyteResult),
    sourceIds: ['CKS-ELECTROLYTES', 'L2', 'L8'],
    status: 'P',
  },
  // Medicines that slow breathing, taken together or with a breathing risk: gabapentin with an opioid or
  // another sedative, with COPD or sleep apnoea, or at 65 or more (FDA 2019 warning [D6]); a
  // benzodiazepine with an opioid, COPD or sleep apnoea [D5]. Without drowsiness or slow breathing (their
  // own red flags) nothing is urgent, but the medicines are reviewed by a doctor: not self-care.
  {
    id: 'BASE-SEDATIVE-REVIEW',
    version: 1,
    level: 'consultation',
    when: any(
      all(
        has('med:gabapentin'),
        any(has('med:opioid'), takesBenzodiazepine, has('cond:copd'), has('cond:sleep_apnoea'), {
          age: { atLeast: 65 },
        }),
      ),
      all(takesBenzodiazepine, any(has('med:opioid'), has('cond:copd'), has('cond:sleep_apnoea'))),
    ),
    sourceIds: ['D5', 'D6'],
    status: 'V',
  },
  // Dizziness on standing in someone taking a medicine labelled for lowering the blood pressure or for
  // sedation and falls (tizanidine [D3], clonidine [D4], baclofen [D1], diazepam or another
  // benzodiazepine [D5]; since v2 a beta-blocker or another antihypertensive): the dose or the pair (oral
  // contraceptives slow tizanidine's clearance [D3]) is reviewed by a doctor, not self-care. A faint, a fall with
  // injury or a low pressure are their own flags. (The id names the relaxants it began with; renaming it would
  // be a major knowledge-base version.)
  {
    id: 'BASE-RELAXANT-DIZZINESS',
    version: 2,
    level: 'consultation',
    // v2: and a medicine for the blood pressure or the heart's rate (a beta-blocker, another antihypertensive),
    // whose dose is what a dizziness on standing most often asks to review (dev-4764, a dose raised three weeks
    // before; TONUS, P)
    when: all(
      any(
        has('med:tizanidine'),
        has('med:clonidine'),
        has('med:baclofen'),
        takesBenzodiazepine,
        has('med:beta_blocker'),
        has('med:antihypertensive_other'),
      ),
      has('f:orthostatic_dizziness'),
    ),
    sourceIds: ['D1', 'D3', 'D4', 'D5', 'TONUS'],
    status: 'P',
  },
  // a mild low potassium (3.0–3.4 mmol/L [L2]) with no warning symptom, which RF-HYPOK v2 leaves to the
  // GP: its cause (a water tablet, a laxative) is reviewed and the level rechecked, not left to self-care
  {
    id: 'BASE-LOW-POTASSIUM-MILD',
    version: 1,
    level: 'consultation',
    when: lowPotassium,
    sourceIds: ['L2'],
    status: 'V',
  },
  // a calcium above the range but below 3.0 mmol/L (adjusted), with nothing else: a mild hypercalcaemia, most
  // often a parathyroid gland's, sometimes a cancer's; its cause is looked for by the GP, not urgently
  // [CKS-HYPERCALCAEMIA], and not left to a strain's self-care (dev-4874, 67, an easing strain, tired and thirsty
  // for months, 2.70 mmol/L)
  {
    id: 'BASE-HIGH-CALCIUM-REVIEW',
    version: 1,
    level: 'consultation',
    when: is('lab:calcium', 'high'),
    sourceIds: ['CKS-HYPERCALCAEMIA'],
    status: 'P',
  },
  // a pain in pregnancy that has held on, not easing, for three weeks or more: a pelvic girdle pain or a
  // pregnancy's back pain is assessed by the midwife or GP, who refers for physiotherapy [NICE-NG201]; the
  // medicines a strain's self-care leans on are limited in pregnancy (TONUS, P; dev-4946, 28 weeks, three
  // weeks of pain over the pubic bone and both buttocks). Under three weeks, self-care goes on
  {
    id: 'BASE-PREGNANCY-PAIN-REVIEW',
    version: 1,
    level: 'consultation',
    when: all(has('cond:pregnancy'), not(is('course', 'improving')), {
      history: 'durationDays',
      atLeast: 21,
    }),
    sourceIds: ['NICE-NG201', 'TONUS'],
    status: 'P',
  },
  // a very high CK that RF-RHABDOMYOLYSIS-CK let pass (after hard exercise, getting better, no dark urine,
  // weakness or kidney sign) is rechecked by a doctor once the exercise is over, not left to self-care
  // (TONUS, UNVERIFIED, as the cut-off itself)
  {
    id: 'BASE-CK-RECHECK',
    version: 1,
    level: 'consultation',
    when: is('lab:ck', 'very_high'),
    sourceIds: ['TONUS'],
    status: 'UNVERIFIED',
  },
  // a systolic pressure of 160 or more is a stage 2 hypertension on a clinic reading, and above its stage on a
  // home one [NICE-NG136]: with nothing that makes it urgent (a red flag's own rule), the pressure and its
  // medicines are reviewed by a doctor, not left to a strain's self-care (dev-3295, 174 at home after ten
  // days without his tablets, P)
  {
    id: 'BASE-HIGH-BP-REVIEW',
    version: 1,
    level: 'consultation',
    when: { vital: 'systolicBp', atLeast: 160 },
    sourceIds: ['NICE-NG136'],
    status: 'P',
  },
  // a headache with vomiting is evaluated by a doctor, not left to a strain's self-care: a new headache with
  // vomiting without another obvious cause is investigated [NICE-CG150] (P; dev-4219, a one-sided throbbing
  // headache with vomiting after a long drive, on the pill). Its red flags (a stiff neck, a fever, a sudden start,
  // an injured head) are their own rules
  {
    id: 'BASE-HEADACHE-VOMITING',
    version: 1,
    level: 'consultation',
    when: all(has('f:headache'), has('f:vomiting')),
    sourceIds: ['NICE-CG150'],
    status: 'P',
  },
  // a dark urine that RF-RHABDOMYOLYSIS-URINE let pass (a CK under the breakdown's line, the kidneys normal): a
  // concentrated urine, a food's or a medicine's colour, or a blood in the urine that needs its own tests, is seen by
  // a doctor, not left to self-care (TONUS, UNVERIFIED; dev-8035, 66, a painless blood in the urine after digging)
  {
    id: 'BASE-DARK-URINE-REVIEW',
    version: 1,
    level: 'consultation',
    when: has('f:dark_urine'),
    sourceIds: ['RCEM-RHABDOMYOLYSIS', 'TONUS'],
    status: 'UNVERIFIED',
  },
  // a racing or fluttering heart told beside a spasm is not a strained muscle's: a doctor takes its history, feels
  // the pulse and records an ECG, and the salts are measured [CKS-PALPITATIONS] (a caffeine or a stimulant's, a thyroid's,
  // a low potassium's). Not once a clinician has found the pulse 50 to 99 and looked for an irregular beat and found none
  // at the visit (the format keeps no ECG of its own; the review of stop 63 asked for the rhythm, not the rate alone):
  // the racing has settled and the heart was examined (dev-16998, a pre-workout drink's racing heart that settled within
  // the hour, an ECG normal; TONUS, P). Some of its urgent companions have their own rules (a pulse of 140 or more, a
  // low salt, breathlessness, and a dizziness on standing at 60 or over by telephone, RF-PALPITATIONS-DIZZY-OLDER); a
  // pulse under 50 or a new racing at 65 or over with nothing else are only this consultation yet (the same review;
  // dev-17540, pending).
  // Every writer who gave a caller's palpitations a level asked for a doctor or more (dev-17490, a student's energy
  // drinks: the interview gave self-care)
  {
    id: 'BASE-PALPITATIONS-REVIEW',
    version: 2,
    level: 'consultation',
    when: all(
      has('f:palpitations'),
      not(
        all(
          { vital: 'heartRate', atLeast: 50 },
          { vital: 'heartRate', below: 100 },
          lacks('f:arrhythmia'),
        ),
      ),
    ),
    sourceIds: ['CKS-PALPITATIONS', 'TONUS'],
    status: 'P',
  },
  // a dizziness on standing with the pulse found at 100 or more or the systolic under 100: the body is short of fluid or
  // blood (a heat's sweat, a stomach bug, a medicine, a bleed), and a doctor checks it and the kidneys, not self-care
  // (TONUS, P; dev-17758, a roofer's two days in a heatwave, nearly fainting on a ladder with a pulse of 104 and a
  // creatinine rising, was self-care). A dizziness with the pulse and the pressure found normal is left to the strain's
  // rules (a runner's or a desk worker's, written as self-care); its emergencies (a faint with a low pressure, a slow
  // pulse, a low salt, an adrenal failure) are their own rules
  {
    id: 'BASE-DIZZY-STANDING-CIRCULATION',
    version: 1,
    level: 'consultation',
    when: all(
      has('f:orthostatic_dizziness'),
      any({ vital: 'heartRate', atLeast: 100 }, { vital: 'systolicBp', below: 100 }),
    ),
    sourceIds: ['TONUS'],
    status: 'P',
  },
  // v20: tried after BASE-DARK-URINE-REVIEW, so a dark urine let through by RF-RHABDOMYOLYSIS-URINE v2 is never
  // self-care; v21: and after BASE-PALPITATIONS-REVIEW; v22: after its v2; v23: after BASE-DIZZY-STANDING-CIRCULATION;
  // v24: a tingling hand with a neck pain of a week or more, not examined, is seen even while easing
  {
    id: 'BASE-SELF-CARE-MECHANICAL',
    version: 24,
    level: 'self_care',
    leading: { condition: 'exertional_overuse', minProbability: 0.5 },
    when: not(
      any(
        is('onset', 'chronic'),
        has('f:no_improvement_4_weeks'),
        // self-care is for a pain that is getting better [A][R2]: a week on, one that is not is seen (an
        // easing strain has no age limit of its own short of chronic: at six weeks it is still easing)
        // (except a strain holding steady for under four weeks, above)
        all(
          not(is('course', 'improving')),
          { history: 'durationDays', atLeast: 7 },
          not(steadyStrain),
        ),
        // self-care is for a spasm that is getting better [A][R2]; severe pain that is not easing is
        // seen (worsening, it is also how rhabdomyolysis after unaccustomed exercise shows at home),
        // except in the first days of a strain, before it could have begun to ease (above)
        all(is('pain', 'severe'), not(is('course', 'improving')), not(strainFirstDays)),
        // and so is sciatica that is not easing: a nerve root is assessed and examined in primary care
        // [R1], where a deficit only an examination finds (weakness at several roots) is looked for;
        // likewise a reduced reflex or weakness an examination found while the pain is not easing
        all(has('f:radicular_leg_pain'), not(is('course', 'improving'))),
        all(any(has('reflexes_reduced'), has('weakness')), not(is('course', 'improving'))),
        // v14: and weakness an examination found is followed by a doctor even while the pain eases: a root's
        // deficit is reviewed until it recovers [R1], and a neck's root may not lead the differential away from a
        // strain (its cervical_radiculopathy needs the pattern of one root) (TONUS, P; dev-2678, a C6 root after long
        // drives); the weakness of a
        // long-standing upper-motor-neuron condition is its own, not new
        // v16: so are brisk reflexes or a wasted muscle found on examination: a strain gives neither, and they may be
        // a root's or the cord's (an up-going toe or a clonus are RF-LONE-UMN-SIGN's) (TONUS, P; the stop 38 review)
        all(
          any(has('weakness'), has('hyperreflexia'), has('f:muscle_wasting')),
          not(establishedUmnCondition),
        ),
        // 1.42.0: and so is one arm root's reflex lost beside the others (arm_reflex_root_sign), whatever the power: a
        // cervical root's deficit is followed until it recovers [M4][CKS-CERVICAL-RADICULOPATHY] (TONUS, P; every written
        // case of an easing neck with it expects a consultation: dev-15537, dev-2678, dev-15247). A lost reflex is a
        // lower motor neuron's sign, which an old stroke, a multiple sclerosis or a cerebral palsy does not explain
        has('arm_reflex_root_sign'),
        // v13: numbness or tingling in a limb with a pain not yet easing, that no examination of the power has
        // looked at, is seen: only an examination tells a root or a nerve from a strain's passing tingle [R1]
        // (TONUS, P; dev-2333, a neck spasm with a tingling thumb on the telephone)
        all(has('f:distal_numbness'), not(is('course', 'improving')), powerNotFoundWhole),
        // v24: and with a neck pain of a week or more (or of a length not told), even while it eases: a numbness or
        // tingling of a hand (or a foot) beside a neck pain is a cervical root's, or the cord's, until examined, and a
        // root's deficit is looked for and followed until it recovers [CKS-CERVICAL-RADICULOPATHY] (TONUS, P; dev-7857,
        // 47, three weeks of a neck pain shooting to a tingling middle finger, easing: told on the telephone, self-care
        // from the interview, the engine's case having found the triceps weak). Examined with the power whole, an easing
        // one stays self-care (dev-7241, dev-17643)
        all(
          has('f:distal_numbness'),
          has('region:cervical'),
          not({ history: 'durationDays', below: 7 }),
          powerNotFoundWhole,
        ),
        // a strain that is not easing in someone with a long-standing upper-motor-neuron condition is
        // seen: it can raise their spasticity, and their walking and transfers are examined with it
        // (the reference's upper-motor-neuron row [CSCM-SPASTICITY], P)
        all(establishedUmnCondition, not(is('course', 'improving'))),
        // muscle pain in the trunk and limbs on a statin that is not easing is reported to the doctor, who
        // measures the CK, whatever exercise seems to explain it: a new exercise is how a statin myopathy
        // shows itself [STATIN-LABEL] (P; dev-1053)
        all(has('med:statin'), is('spread', 'generalized'), not(is('course', 'improving'))),
        // a pain that came on at once or over hours with sweating or a pounding heart, and no strain or
        // injury to explain it, is seen even when it is easing: the heart, a vessel or the salts are for a
        // doctor to look at, not self-care [R4][R1] (TONUS, P; dev-1022)
        all(
          is('onset', 'sudden', 'acute'),
          not(strainStart),
          not(injuryStart),
          any(has('f:heavy_sweating'), has('f:palpitations')),
        ),
        // at 50 or over, a pain that has not begun to ease is seen: a first onset at 50 or over is the
        // malignancy row's feature [R3][R4] (its 24 hours wants a second feature: RF-MALIGNANCY-FEATURES).
        // One that came on by itself is not a strain at all; a lift or a twist explains a start, not a pain
        // that fails to ease once its first days are past (under four, local, steady, no warning: still
        // self-care), and a week's wait (above) is the under-50 allowance of a steady strain (v14, TONUS, P;
        // dev-2631). v15: at 80 or over, the first days of a strain do not waive it: a fracture after a lift or a
        // twist needs no known thin bones at that age, and nobody at 80 or over is sent to self-care with a pain
        // that has not begun to ease (TONUS, P; dev-4873, 88, a twist reaching for a handbag yesterday; dev-70
        // and dev-1130, a fracture behind a lift at 84 and 87)
        all(
          { age: { atLeast: 50 } },
          not(is('course', 'improving')),
          not(is('onset', 'chronic')),
          any(not(strainFirstDays), { age: { atLeast: 80 } }),
        ),
        // v14: weight loss without a cause is seen by a doctor whatever a spinal scan showed: a clear scan lets the
        // malignancy flags step aside (RF-MALIGNANCY-FEATURES v5), not the look for a cause elsewhere [R3][R4]
        // (the second review of stop 33)
        has('f:unexplained_weight_loss'),
        // a weakened immune system is a spinal-infection risk [R3]: an easing strain waives its 24 hours
        // (RF-INFECTION-RISK v3), not the doctor who says when a fever should bring them back
        has('cond:immunosuppression'),
        // so is a recent procedure on the spine (an epidural, an injection, an operation) [R3]: the site is
        // looked at by a doctor, even when the pain is easing and the 24 hours are waived
        has('exp:recent_spinal_procedure'),
        // v17: at 80 or over a new back or neck pain is seen once by a doctor even while it eases: a fracture after a
        // lift or a twist needs no known thin bones at that age, and a first onset after 50 is the malignancy row's
        // feature [R3][R4]; the doctor, not the caller, tells the strain from them (TONUS, P; dev-8354, 85, a watering
        // can lifted two days ago and easing; the writers of nine such strains at 80 to 92 all accepted a consultation)
        { age: { atLeast: 80 } },
        // a fall or a knock at 65 or more is seen: a fracture after minor trauma is likelier with age
        // [R3][R4], even with no known thin bones (a strain is a lifting, twisting or posture start)
        all({ age: { atLeast: 65 } }, has('trig:trauma_minor')),
        // v18: at any age, thin bones or a long-term steroid with a new pain is seen once by a doctor:
        // the reference's fracture row names minor trauma in them [R3][R4], and a lift, a twist or a cough can be enough
        // (TONUS's reading, P). Only an image clear of a fracture, or an examination that found the spine not tender
        // beside a pain that is not severe and is easing or still in a strain's first days, tells it from the strain; a
        // caller cannot (dev-9154, 55, osteoporosis, a twist at the car boot four days ago and easing: her writer's
        // caller is seen, her examined and X-rayed self is not). A severe pain is not cleared by an examination alone,
        // and a mild ache (3 or less) that came on slowly is left to self-care (the two reviews of stop 47)
        all(
          any(has('cond:osteoporosis'), has('med:corticosteroid_long_term')),
          not(lacks('img:vertebralFracture')),
          not(
            all(
              lacks('f:midline_bony_tenderness'),
              not(is('pain', 'severe')),
              any(is('course', 'improving'), strainFirstDays),
            ),
          ),
          not(all(is('pain', 'none', 'mild'), is('onset', 'gradual', 'chronic'))),
        ),
        // v18: at 65 or over, the sudden severe pain that eases at rest or followed a small injury (the reference's
        // fracture feature [R3][R4], RF-FRACTURE-SUDDEN-OLDER) is never self-care: an examination that put it in the
        // muscle, not the bone, lowers that rule's 24 hours to this consultation (examinedMuscleNotBone; TONUS, P)
        suddenSeverePainOlder,
        // a neck hurt in an injury (a car crash, a tackle) is cleared by an examination: the Canadian
        // C-spine rule and NEXUS both need a look for tenderness over the spine, which no patient can do
        // for themselves [CCR-2001] (TONUS, P); an examination that found none leaves it self-care
        all(
          has('trig:trauma_minor'),
          has('region:cervical'),
          not(lacks('f:midline_bony_tenderness')),
        ),
        // at 65 or more a strain is self-care only when a past cancer, thin bones and long-term
        // steroids are known to be absent: each makes a fracture or a spinal metastasis likelier [R3][R4]
        // (thin bones or steroids aside for an easing posture pain with the spine found not tender)
        all(
          { age: { atLeast: 65 } },
          not(
            all(
              lacks('cond:cancer_history'),
              any(
                all(lacks('cond:osteoporosis'), lacks('med:corticosteroid_long_term')),
                easingPosturePain,
              ),
            ),
          ),
        ),
      ),
    ),
    sourceIds: [
      'A',
      'R1',
      'R2',
      'R3',
      'R4',
      'CSCM-SPASTICITY',
      'CCR-2001',
      'STATIN-LABEL',
      'CKS-CERVICAL-RADICULOPATHY',
    ],
    status: 'P',
  },
  // v2: tried after BASE-DARK-URINE-REVIEW (the same level); v3: after BASE-PALPITATIONS-REVIEW; v4: after its v2; v5:
  // after BASE-DIZZY-STANDING-CIRCULATION; v6: after BASE-SELF-CARE-MECHANICAL v24
  { id: 'BASE-CONSULTATION', version: 6, level: 'consultation', sourceIds: ['A'], status: 'V' },
] as const satisfies readonly BaselineRule[];

export type BaselineId = (typeof RULES)[number]['id'];
export const BASELINE_RULES: readonly BaselineRule<BaselineId>[] = RULES;
