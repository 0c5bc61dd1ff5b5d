/**
 * @module Where the answers so far stand: the evidence, the posterior, the triage level and the leading
 * cause group, as the engine computes them but without the reasons, the plan and the next-test search,
 * so that the interview can afford to look ahead at many possible answers on every step. A yes/no
 * answer is applied to the evidence directly (`withAnswers`), and only the rules that read what it
 * changed are evaluated again; tests keep both shortcuts equal to the full path.
 */
import { withLabs, type Assessment } from '../assessment/index.js';
import { floorLeader, MODEL, rescore, scoreOf, type Scored } from '../classifier/index.js';
import {
  ageBand,
  CATEGORIES,
  DERIVED_FROM_LIST,
  extractEvidence,
  featureIndex,
  psfsBand,
  VITAL_CUTS,
  type BooleanFeature,
  type CategoryFeature,
  type Evidence,
} from '../evidence/index.js';
import { painBand } from '../scales/index.js';
import { CONDITIONS } from '../kb/index.js';
import { CAUSE_GROUPS, type CauseGroup, type TriageLevel } from '../shared/index.js';
import {
  BOOLEAN_REFS,
  isScalarRef,
  type AnswerValue,
  type Answers,
  type Ref,
  type ScalarRef,
} from './refs.js';
import { toAssessment } from './to-assessment.js';
import { firedAfter, firedRules, levelOf } from './triage-cache.js';

export interface Snapshot {
  readonly assessment: Assessment;
  readonly evidence: Evidence;
  readonly posterior: Float64Array;
  /** The log scores behind the posterior, so that a look-ahead can update them. */
  readonly scored: Scored;
  readonly level: TriageLevel;
  readonly leadGroup: CauseGroup | undefined;
  /** Which red-flag rules fire, by rule index. */
  readonly fired: Uint8Array;
  /** Features newly known against the snapshot this one was derived from (empty for a full snapshot). */
  readonly changed: readonly number[];
}

const NO_LABS = { byAnalyte: {} };

/** Local copies of what the look-ahead calls thousands of times a step (an import is a getter under tsx). */
const CONDITION_ORDER = MODEL.conditions;
const rescoreWith = rescore;
const levelWith = levelOf;
const firedWith = firedAfter;

/** Group index of each condition in model order, -1 outside the three groups. */
const GROUP_OF: Int8Array = Int8Array.from(MODEL.conditions, (c) => {
  const g = CONDITIONS[c].group;
  return g === null ? -1 : CAUSE_GROUPS.indexOf(g);
});
const GROUP_SUMS = new Float64Array(CAUSE_GROUPS.length);

/** The leading group as `groupProbabilities` orders them: the largest sum, ties in CAUSE_GROUPS order. */
function leadGroupOf(posterior: Float64Array): CauseGroup | undefined {
  GROUP_SUMS.fill(0);
  for (let ci = 0; ci < posterior.length; ci++) {
    const g = GROUP_OF[ci] ?? -1;
    if (g >= 0) {
      GROUP_SUMS[g] = (GROUP_SUMS[g] ?? 0) + (posterior[ci] ?? 0);
    }
  }
  let best = 0;
  for (let g = 1; g < GROUP_SUMS.length; g++) {
    if ((GROUP_SUMS[g] ?? 0) > (GROUP_SUMS[best] ?? 0)) {
      best = g;
    }
  }
  return CAUSE_GROUPS[best];
}

function settle(
  assessment: Assessment,
  evidence: Evidence,
  fired: Uint8Array,
  changed: readonly number[],
  scored: Scored,
): Snapshot {
  const posterior = scored.posterior;
  let top = 0;
  for (let ci = 1; ci < posterior.length; ci++) {
    if ((posterior[ci] ?? 0) > (posterior[top] ?? 0)) {
      top = ci;
    }
  }
  const condition = CONDITION_ORDER[top];
  return {
    assessment,
    evidence,
    posterior,
    scored,
    level: levelWith(
      evidence,
      fired,
      condition === undefined ? undefined : { condition, probability: posterior[top] ?? 0 },
      floorLeader(posterior),
    ),
    leadGroup: leadGroupOf(posterior),
    fired,
    changed,
  };
}

export function snapshot(answers: Answers): Snapshot {
  const assessment = toAssessment(answers);
  // an interview has no labs; withLabs keeps the one path by which the engine reads them
  const labs = withLabs(assessment);
  const evidence = extractEvidence(assessment, labs.ok ? labs.value.labs : NO_LABS);
  return settle(assessment, evidence, firedRules(evidence), [], scoreOf(evidence));
}

const LIST_FEATURE: readonly (readonly [string, string])[] = [
  ['conditions.', 'cond:'],
  ['medications.', 'med:'],
  ['exposures.', 'exp:'],
  ['history.triggers.', 'trig:'],
  ['history.regions.', 'region:'],
];

/** Findings that feed a derived feature besides their own (extract.ts merges them). */
const DERIVED: Readonly<Record<string, BooleanFeature>> = {
  fever_reported: 'fever',
  altered_mental_status: 'ams',
  gait_disturbance: 'gait_abnormal',
};

/** Per yes/no ref, the features its answer sets: its own, and a derived one it feeds. */
const FEATURES_OF_REF = new Map<Ref, { readonly own: number; readonly derived: number }>(
  BOOLEAN_REFS.flatMap((r) => {
    if (r.startsWith('findings.')) {
      const id = r.slice('findings.'.length);
      const derived = DERIVED[id];
      return [
        [
          r,
          {
            own: featureIndex(`f:${id}` as BooleanFeature),
            derived: derived === undefined ? -1 : featureIndex(derived),
          },
        ] as const,
      ];
    }
    const list = LIST_FEATURE.find(([prefix]) => r.startsWith(prefix));
    if (list === undefined) {
      return [];
    }
    const own = `${list[1]}${r.slice(list[0].length)}` as BooleanFeature;
    // an interview has no imaging, so a derived feature a list member feeds takes the answer's value
    const derived = DERIVED_FROM_LIST[own];
    return [
      [
        r,
        {
          own: featureIndex(own),
          derived: derived === undefined ? -1 : featureIndex(derived),
        },
      ] as const,
    ];
  }),
);
const FEVER = featureIndex('fever');

/**
 * The snapshot after more answers to the refs of one question. Yes/no answers go straight into a copy
 * of the evidence (what extract.ts does for them); a number or an option goes into a copy of the
 * assessment, whose evidence is extracted again.
 */
export function withAnswers(
  now: Snapshot,
  refs: readonly Ref[],
  values: readonly AnswerValue[],
): Snapshot {
  if (refs.some((r) => isScalarRef(r))) {
    return withScalars(now, refs, values);
  }
  const ev = now.evidence.values.slice();
  const changed: number[] = [];
  const set = (fi: number, v: boolean): void => {
    const next = v ? 1 : 0;
    if (ev[fi] !== next) {
      ev[fi] = next;
      changed.push(fi);
    }
  };
  refs.forEach((r, k) => {
    const v = values[k];
    const f = FEATURES_OF_REF.get(r);
    if (typeof v !== 'boolean' || f === undefined) {
      return;
    }
    set(f.own, v);
    if (f.derived >= 0) {
      set(f.derived, v || (f.derived === FEVER && feverMeasured(now.assessment)));
    }
  });
  const e = { ...now.evidence, values: ev };
  return settle(
    now.assessment,
    e,
    firedWith(now.fired, e, changed),
    changed,
    rescoreWith(now.scored, now.evidence, e, changed),
  );
}

/** The features a scalar answer sets, with their value index (extract.ts does the same from the assessment). */
function scalarFeatures(a: Assessment, ref: ScalarRef, v: number | string): [number, number][] {
  const cat = (f: CategoryFeature, value: string): [number, number] => [
    featureIndex(f),
    (CATEGORIES[f] as readonly string[]).indexOf(value),
  ];
  switch (ref) {
    case 'history.onset':
      return [cat('onset', String(v))];
    case 'history.course':
      return [cat('course', String(v))];
    case 'history.spread':
      return [cat('spread', String(v))];
    case 'history.side':
      return [cat('side', v === 'bilateral' ? 'bilateral' : 'unilateral')];
    case 'history.painNrs':
      return [cat('pain', painBand(Number(v)))];
    case 'history.psfsFrequency':
      return [cat('psfs', psfsBand(Number(v)))];
    case 'patient.ageYears':
      return [cat('age', ageBand(Number(v)))];
    case 'vitals.temperatureC':
      // one fever from a report and a measurement: any "yes" wins
      return [
        [FEVER, a.findings?.fever_reported === true || Number(v) >= VITAL_CUTS.feverC ? 1 : 0],
      ];
    case 'history.durationDays':
    case 'history.psfsSeverity':
    case 'patient.sex':
      return [];
  }
}

/** Rules that read a scalar answer from the assessment itself rather than from the evidence. */
const RAW_READ: Partial<Record<ScalarRef, string>> = {
  'history.durationDays': 'durationDays',
  'history.painNrs': 'painNrs',
  'patient.ageYears': 'age',
  'vitals.temperatureC': 'vital:temperatureC',
};

/** Number and option answers: into a copy of the assessment (for the rules that read it) and of the evidence. */
function withScalars(
  now: Snapshot,
  refs: readonly Ref[],
  values: readonly AnswerValue[],
): Snapshot {
  let a = now.assessment;
  const ev = now.evidence.values.slice();
  const changed: number[] = [];
  const raw: string[] = [];
  refs.forEach((r, k) => {
    const v = values[k];
    if (!isScalarRef(r) || v === null || v === undefined || typeof v === 'boolean') {
      return;
    }
    a = withScalar(a, r, v);
    for (const [fi, vi] of scalarFeatures(a, r, v)) {
      if (ev[fi] !== vi) {
        ev[fi] = vi;
        changed.push(fi);
      }
    }
    const read = RAW_READ[r];
    if (read !== undefined) {
      raw.push(read);
    }
  });
  const e = { ...now.evidence, values: ev, assessment: a };
  return settle(
    a,
    e,
    firedWith(now.fired, e, changed, raw),
    changed,
    rescoreWith(now.scored, now.evidence, e, changed),
  );
}

/** The assessment with one scalar field set, as toAssessment would write it. */
function withScalar(a: Assessment, ref: ScalarRef, v: number | string): Assessment {
  const [part, field] = ref.split('.') as ['patient' | 'history' | 'vitals', string];
  return { ...a, [part]: { ...(a[part] ?? {}), [field]: v } };
}

/** A measured temperature at the fever cut makes the merged fever true whatever was reported. */
function feverMeasured(a: Assessment): boolean {
  const t = a.vitals?.temperatureC;
  return t !== undefined && t >= VITAL_CUTS.feverC;
}
