/**
 * @module Calibration of the classifier's probabilities on the validation cases: log loss and Brier
 * score of the cause-group probabilities and of the true condition's probability, for the public and
 * development cases, with everything the case holds ("full") and with history alone. Run it before and
 * after a change of the evidence model (`npm run bench:calibration`); docs/evidence-model.md keeps
 * the figures. A third mode takes only what the patient interview collected from the simulated
 * patient, where honest probabilities matter most.
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
import { assess } from '../src/domain/engine/index.js';
import { withLabs } from '../src/domain/assessment/index.js';
import { extractEvidence } from '../src/domain/evidence/index.js';
import { toAssessment } from '../src/domain/interview/index.js';
import { loadCases } from '../test/fixtures/cases.js';
import { interviewStates } from '../test/fixtures/simulated-patient.js';
import { urgency, type TriageLevel } from '../src/domain/shared/index.js';
import { decideTriage } from '../src/domain/triage/index.js';

/** Probabilities are clipped here so that one impossible answer does not make the mean infinite. */
const CLIP = 1e-6;

/** `interview`: only what the patient interview collected from the simulated patient (INTERVIEW.md). */
export type Mode = 'full' | 'history' | 'interview';

export interface Score {
  readonly n: number;
  readonly logLoss: number;
  readonly brier: number;
  /** Mean probability given to the truth. */
  readonly meanTrue: number;
  /** Largest probability given to any one wrong answer. */
  readonly worstWrong: number;
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
  const e = extractEvidence(c.parsed.assessment, c.parsed.labs);
  const k = classify(e, model);
  const top = k.differential[0];
  const triage = decideTriage(
    e,
    top === undefined ? undefined : { condition: top.condition, probability: top.score },
  );
  return { level: triage.level, groups: k.groups, differential: k.differential };
}

interface Row {
  readonly pTrue: number;
  readonly others: readonly number[];
}

function score(rows: readonly Row[]): Score {
  let ll = 0;
  let brier = 0;
  let mean = 0;
  let worst = 0;
  for (const r of rows) {
    ll += -Math.log(Math.max(CLIP, r.pTrue));
    brier += (1 - r.pTrue) ** 2 + r.others.reduce((s, p) => s + p * p, 0);
    mean += r.pTrue;
    worst = Math.max(worst, ...r.others);
  }
  const n = rows.length;
  return {
    n,
    logLoss: ll / n,
    brier: brier / n,
    meanTrue: mean / n,
    worstWrong: worst,
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

function view(c: ParsedCase, mode: Mode): ParsedCase {
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
  for (const c0 of cases) {
    const c = view(c0, mode);
    const r = run(c, model);
    const e = c.file.expected;
    const accepted = [e.triage, ...(e.acceptTriage ?? [])];
    if (accepted.includes(r.level)) {
      triagePass += 1;
    } else if (accepted.every((a) => urgency(r.level) < urgency(a))) {
      under += 1;
    }
    if (e.group !== null) {
      const groups = new Set([e.group, ...(e.acceptGroups ?? [])]);
      groupRows.push({
        pTrue: r.groups.filter((g) => groups.has(g.group)).reduce((s, g) => s + g.probability, 0),
        others: r.groups.filter((g) => !groups.has(g.group)).map((g) => g.probability),
      });
      const lead = r.groups[0]?.group;
      groupLeads += lead !== undefined && groups.has(lead) ? 1 : 0;
    }
    const truth = new Set(e.conditions);
    conditionRows.push({
      pTrue: r.differential.filter((d) => truth.has(d.condition)).reduce((s, d) => s + d.score, 0),
      others: r.differential.filter((d) => !truth.has(d.condition)).map((d) => d.score),
    });
    top3 += r.differential.slice(0, 3).some((d) => truth.has(d.condition)) ? 1 : 0;
    maxCondition = Math.max(maxCondition, r.differential[0]?.score ?? 0);
  }
  return {
    groups: score(groupRows),
    conditions: score(conditionRows),
    maxCondition,
    triagePass,
    under,
    groupLeads,
    top3,
    total: cases.length,
  };
}

function line(model: string, set: string, mode: Mode, what: string, s: Score): string {
  return [
    model.padEnd(9),
    set.padEnd(7),
    mode.padEnd(8),
    what.padEnd(10),
    String(s.n).padStart(3),
    s.logLoss.toFixed(3).padStart(8),
    s.brier.toFixed(3).padStart(7),
    s.meanTrue.toFixed(3).padStart(7),
    s.worstWrong.toFixed(3).padStart(7),
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
  console.log('model     set     mode     of           n logloss   brier  p(true) worst-wrong');
  const checks: string[] = [];
  for (const [set, cases] of sets) {
    for (const mode of ['full', 'history', 'interview'] as const) {
      for (const [name, model] of models) {
        const f = figures(cases, mode, model);
        console.log(line(name, set, mode, 'groups', f.groups));
        console.log(line(name, set, mode, 'condition', f.conditions));
        checks.push(
          `${name.padEnd(9)} ${set.padEnd(7)} ${mode.padEnd(8)} triage ${f.triagePass}/${f.total} (under ${f.under}); group leads ${f.groupLeads}/${f.groups.n}; top 3 ${f.top3}/${f.total}; largest condition probability ${f.maxCondition.toFixed(4)}`,
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
