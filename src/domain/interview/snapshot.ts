/**
 * @module Where the answers so far stand: the evidence, the posterior, the triage level and the leading
 * cause group, as the engine computes them but without the reasons, the plan and the next-test search,
 * so that the interview can afford to look ahead at many possible answers on every step. A yes/no
 * answer is applied to the evidence directly (`withAnswers`), and only the rules that read what it
 * changed are evaluated again; tests keep both shortcuts equal to the full path.
 */
import { withLabs, type Assessment } from '../assessment/index.js';
import { posteriorOf, MODEL } from '../classifier/index.js';
import {
  extractEvidence,
  featureIndex,
  VITAL_CUTS,
  type BooleanFeature,
  type Evidence,
} from '../evidence/index.js';
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
  readonly level: TriageLevel;
  readonly leadGroup: CauseGroup | undefined;
  /** Which red-flag rules fire, by rule index. */
  readonly fired: Uint8Array;
  /** Features newly known against the snapshot this one was derived from (empty for a full snapshot). */
  readonly changed: readonly number[];
}

const NO_LABS = { byAnalyte: {} };

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
): Snapshot {
  const posterior = posteriorOf(evidence);
  let top = 0;
  for (let ci = 1; ci < posterior.length; ci++) {
    if ((posterior[ci] ?? 0) > (posterior[top] ?? 0)) {
      top = ci;
    }
  }
  const condition = MODEL.conditions[top];
  return {
    assessment,
    evidence,
    posterior,
    level: levelOf(
      evidence,
      fired,
      condition === undefined ? undefined : { condition, probability: posterior[top] ?? 0 },
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
  return settle(assessment, evidence, firedRules(evidence), []);
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
    return list === undefined
      ? []
      : [
          [
            r,
            {
              own: featureIndex(`${list[1]}${r.slice(list[0].length)}` as BooleanFeature),
              derived: -1,
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
    let a = now.assessment;
    refs.forEach((r, k) => {
      const v = values[k];
      if (isScalarRef(r) && v !== null && v !== undefined && typeof v !== 'boolean') {
        a = withScalar(a, r, v);
      }
    });
    const e = extractEvidence(a, now.evidence.labs);
    return settle(a, e, firedRules(e), diff(now.evidence.values, e.values));
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
  return settle(now.assessment, e, firedAfter(now.fired, e, changed), changed);
}

function diff(before: Int8Array, after: Int8Array): number[] {
  const out: number[] = [];
  for (let fi = 0; fi < after.length; fi++) {
    if (after[fi] !== before[fi]) {
      out.push(fi);
    }
  }
  return out;
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
