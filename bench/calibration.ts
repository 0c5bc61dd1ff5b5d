/**
 * @module Calibration of the classifier's probabilities on the validation cases: log loss and Brier
 * score of the cause-group probabilities and of the true condition's probability, for the public and
 * development cases, with everything the case holds ("full") and with history alone. Run it before and
 * after a change of the evidence model (`npm run bench:calibration`); docs/evidence-model.md keeps
 * the figures. A third mode takes only what the patient interview collected from the simulated
 * patient, where honest probabilities matter most; a fourth ("noisy") tells each full case imperfectly
 * many times over, where an overconfident model would show. For the leading answer it also prints the
 * mean probability, how often it is right and the expected calibration error.
 *
 * The truth of a case is a set: its expected group with the accepted groups, and its expected
 * conditions. The probability of the truth is the sum over the set, and the Brier score is the
 * multi-class one with the set merged into one class: (1 − p_true)² + Σ p², over the other classes.
 */
import { historyOnly, type ParsedCase } from '../src/domain/cases/index.js';
import {
  classify,
  compileModel,
  MODEL,
  NAIVE,
  type CompiledModel,
  type DifferentialEntry,
  type GroupProbability,
} from '../src/domain/classifier/index.js';
import { assess, triageFor } from '../src/domain/engine/index.js';
import { withLabs } from '../src/domain/assessment/index.js';
import { extractEvidence, FEATURES, type Evidence } from '../src/domain/evidence/index.js';
import { toAssessment } from '../src/domain/interview/index.js';
import { loadCases } from '../test/fixtures/cases.js';
import { interviewStates } from '../test/fixtures/simulated-patient.js';
import { urgency, type TriageLevel } from '../src/domain/shared/index.js';

/** Probabilities are clipped here so that one impossible answer does not make the mean infinite. */
const CLIP = 1e-6;

/**
 * `interview`: only what the patient interview collected from the simulated patient (INTERVIEW.md).
 * `noisy`: the full case told imperfectly, `NOISY_DRAWS` times per case: each known feature hidden
 * with probability `HIDE`, and each known yes/no finding reported the wrong way round with
 * probability `FLIP`. The cases as written are clean and every model ranks them right, so there
 * an overconfident model loses almost nothing; told imperfectly, confidence that the evidence does
 * not carry is what log loss punishes.
 */
export type Mode = 'full' | 'history' | 'interview' | 'noisy';

const NOISY_DRAWS = 20;
const HIDE = 0.3;
const FLIP = 0.03;

/** A small seeded generator (mulberry32), so the noisy figures are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The case's evidence with features hidden and yes/no findings flipped at random (see `noisy`). */
function told(e: Evidence, random: () => number): Evidence {
  const values = Int8Array.from(e.values);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? -1;
    if (v < 0) {
      continue;
    }
    if (random() < HIDE) {
      values[i] = -1;
    } else if (FEATURES[i]?.values.length === 2 && random() < FLIP) {
      values[i] = v === 1 ? 0 : 1;
    }
  }
  return { ...e, values };
}

export interface Score {
  readonly n: number;
  readonly logLoss: number;
  readonly brier: number;
  /** Mean probability given to the truth. */
  readonly meanTrue: number;
  /** Largest probability given to any one wrong answer. */
  readonly worstWrong: number;
  /** Mean probability of the leading answer, and how often the leading answer is the truth. */
  readonly confidence: number;
  readonly accuracy: number;
  /** Expected calibration error of the leading answer over ten equal-width bins. */
  readonly ece: number;
}

export interface Figures {
  readonly groups: Score;
  readonly conditions: Score;
  /** Largest probability any single condition received in this mode. */
  readonly maxCondition: number;
  /** The checks of `tonus case`, so a calibration change is seen not to cost triage or ranking. */
  readonly triagePass: number;
  readonly under: number;
  readonly groupLeads: number;
  readonly top3: number;
  readonly total: number;
}

interface Run {
  readonly level: TriageLevel;
  readonly groups: readonly GroupProbability[];
  readonly differential: readonly DifferentialEntry[];
}

/** The engine's triage and classification with a given evidence model (the engine itself always uses MODEL). */
function run(c: ParsedCase, model: CompiledModel): Run {
  return runEvidence(extractEvidence(c.parsed.assessment, c.parsed.labs), model);
}

function runEvidence(e: Evidence, model: CompiledModel): Run {
  const k = classify(e, model);
  return { level: triageFor(e, k, model).level, groups: k.groups, differential: k.differential };
}

/** One answer's score, kept small: the noisy mode scores hundreds of thousands of them. */
interface Row {
  readonly pTrue: number;
  /** Sum of the squares, and the largest, of the probabilities given to the wrong answers. */
  readonly othersSquared: number;
  readonly worstOther: number;
  /** Probability of the leading answer and whether it is (part of) the truth. */
  readonly top: number;
  readonly topRight: boolean;
}

/** The row of one ranked answer list (leading answer first), each answer marked right or wrong. */
function row(
  answers: readonly { readonly p: number; readonly right: boolean }[],
  topRight: boolean,
): Row {
  let pTrue = 0;
  let othersSquared = 0;
  let worstOther = 0;
  for (const a of answers) {
    if (a.right) {
      pTrue += a.p;
    } else {
      othersSquared += a.p * a.p;
      worstOther = Math.max(worstOther, a.p);
    }
  }
  return { pTrue, othersSquared, worstOther, top: answers[0]?.p ?? 0, topRight };
}

const BINS = 10;

function ece(rows: readonly Row[]): number {
  const bins = Array.from({ length: BINS }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const r of rows) {
    const b = bins[Math.min(BINS - 1, Math.floor(r.top * BINS))];
    if (b !== undefined) {
      b.n += 1;
      b.conf += r.top;
      b.right += r.topRight ? 1 : 0;
    }
  }
  return bins.reduce((s, b) => s + (b.n === 0 ? 0 : Math.abs(b.conf - b.right)), 0) / rows.length;
}

function score(rows: readonly Row[]): Score {
  let ll = 0;
  let brier = 0;
  let mean = 0;
  let worst = 0;
  let confidence = 0;
  let accuracy = 0;
  for (const r of rows) {
    confidence += r.top;
    accuracy += r.topRight ? 1 : 0;
    ll += -Math.log(Math.max(CLIP, r.pTrue));
    brier += (1 - r.pTrue) ** 2 + r.othersSquared;
    mean += r.pTrue;
    worst = Math.max(worst, r.worstOther);
  }
  const n = rows.length;
  return {
    n,
    logLoss: ll / n,
    brier: brier / n,
    meanTrue: mean / n,
    worstWrong: worst,
    confidence: confidence / n,
    accuracy: accuracy / n,
    ece: ece(rows),
  };
}

/** The interview's answers for a case, as the simulated patient gives them. */
function interviewed(c: ParsedCase): ParsedCase {
  const parsed = withLabs(toAssessment(interviewStates(c.file).at(-1) ?? {}));
  if (!parsed.ok) {
    throw new Error(`${c.file.id}: interview answers do not parse`);
  }
  return { file: c.file, parsed: parsed.value };
}

function view(c: ParsedCase, mode: Exclude<Mode, 'noisy'>): ParsedCase {
  switch (mode) {
    case 'full':
      return c;
    case 'history':
      return historyOnly(c);
    case 'interview':
      return interviewed(c);
  }
}

export function figures(
  cases: readonly ParsedCase[],
  mode: Mode,
  model: CompiledModel = MODEL,
): Figures {
  const groupRows: Row[] = [];
  const conditionRows: Row[] = [];
  let maxCondition = 0;
  let triagePass = 0;
  let under = 0;
  let groupLeads = 0;
  let top3 = 0;
  // each run is scored as it is made and then dropped: the noisy mode makes twenty per case, and keeping
  // them all (every differential with its reasons) ran this machine out of memory
  let total = 0;
  const tally = (c: ParsedCase, r: Run): void => {
    total += 1;
    const e = c.file.expected;
    const accepted = [e.triage, ...(e.acceptTriage ?? [])];
    if (accepted.includes(r.level)) {
      triagePass += 1;
    } else if (accepted.every((a) => urgency(r.level) < urgency(a))) {
      under += 1;
    }
    if (e.group !== null) {
      const groups = new Set([e.group, ...(e.acceptGroups ?? [])]);
      const lead = r.groups[0]?.group;
      groupRows.push(
        row(
          r.groups.map((g) => ({ p: g.probability, right: groups.has(g.group) })),
          lead !== undefined && groups.has(lead),
        ),
      );
      groupLeads += lead !== undefined && groups.has(lead) ? 1 : 0;
    }
    // a triage-only case may name no cause (FORMAT.md): nothing to score the differential against
    const truth = new Set(e.conditions);
    const first = r.differential[0];
    if (truth.size > 0) {
      conditionRows.push(
        row(
          r.differential.map((d) => ({ p: d.score, right: truth.has(d.condition) })),
          first !== undefined && truth.has(first.condition),
        ),
      );
      top3 += r.differential.slice(0, 3).some((d) => truth.has(d.condition)) ? 1 : 0;
    }
    maxCondition = Math.max(maxCondition, r.differential[0]?.score ?? 0);
  };
  cases.forEach((c0, i) => {
    if (mode === 'noisy') {
      const e = extractEvidence(c0.parsed.assessment, c0.parsed.labs);
      const random = seeded(1 + i);
      for (let k = 0; k < NOISY_DRAWS; k++) {
        tally(c0, runEvidence(told(e, random), model));
      }
    } else {
      const c = view(c0, mode);
      tally(c, run(c, model));
    }
  });
  return {
    groups: score(groupRows),
    conditions: score(conditionRows),
    maxCondition,
    triagePass,
    under,
    groupLeads,
    top3,
    total,
  };
}

function line(model: string, set: string, mode: Mode, what: string, s: Score): string {
  return [
    model.padEnd(9),
    set.padEnd(7),
    mode.padEnd(9),
    what.padEnd(10),
    String(s.n).padStart(3),
    s.logLoss.toFixed(3).padStart(8),
    s.brier.toFixed(3).padStart(7),
    s.meanTrue.toFixed(3).padStart(7),
    s.worstWrong.toFixed(3).padStart(11),
    s.confidence.toFixed(3).padStart(6),
    s.accuracy.toFixed(3).padStart(6),
    s.ece.toFixed(3).padStart(6),
  ].join(' ');
}

/** The bench's own pipeline must give what the engine gives, or its figures would describe something else. */
function checkAgainstEngine(cases: readonly ParsedCase[]): void {
  for (const c of cases) {
    const mine = run(c, MODEL);
    const engine = assess(c.parsed, { audience: 'clinician', asOf: '2026-11-25' });
    if (
      mine.level !== engine.triage.level ||
      mine.differential[0]?.score !== engine.differential[0]?.score
    ) {
      throw new Error(`${c.file.id}: the bench disagrees with the engine`);
    }
  }
}

function main(): void {
  const models = [
    ['naive', compileModel(undefined, NAIVE)],
    ['corrected', MODEL],
  ] as const;
  const sets = [
    ['public', loadCases('cases/public')],
    ['dev', loadCases('cases/dev')],
  ] as const;
  checkAgainstEngine(sets.flatMap(([, c]) => c));
  console.log(
    'calibration of the classifier: log loss (natural log, probabilities clipped at 1e-6) and multi-class Brier, lower is better;',
  );
  console.log(
    '"naive" is the first model (every finding independent, no ceiling), "corrected" the one the engine uses',
  );
  console.log(
    'top: mean probability of the leading answer; right: how often it is the truth; ECE: expected calibration error of the leading answer (10 bins)',
  );
  console.log(
    'model     set     mode      of           n logloss   brier p(true) worst-wrong    top  right    ECE',
  );
  const checks: string[] = [];
  for (const [set, cases] of sets) {
    for (const mode of ['full', 'history', 'interview', 'noisy'] as const) {
      for (const [name, model] of models) {
        const f = figures(cases, mode, model);
        console.log(line(name, set, mode, 'groups', f.groups));
        console.log(line(name, set, mode, 'condition', f.conditions));
        checks.push(
          `${name.padEnd(9)} ${set.padEnd(7)} ${mode.padEnd(8)} triage ${f.triagePass}/${f.total} (under ${f.under}); group leads ${f.groupLeads}/${f.groups.n}; top 3 ${f.top3}/${f.conditions.n}; largest condition probability ${f.maxCondition.toFixed(4)}`,
        );
      }
    }
  }
  console.log('');
  console.log(
    'triage and ranking with each model (history-only and interview triage are judged against the full-data level):',
  );
  for (const c of checks) {
    console.log(c);
  }
}

main();
