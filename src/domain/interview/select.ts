/**
 * @module Which question comes next, or whether to stop. Pure: the same answers always give the same
 * step. The rules (docs/interview.md):
 *
 * 1. An answer that makes the level `emergency_ambulance` ends the interview at once. One that makes it
 *    `emergency` ends it too, unless a question not yet asked could still make it an ambulance case
 *    with a real chance (at least {@link THRESHOLDS.escalate}), or is one the question marks to ask
 *    then (`escalateIf`: the legs after a major injury); then that question comes first.
 * 2. The `danger`, `opening` and `safety` questions are asked in their order, skipping what does not
 *    apply: every patient gets the back-pain red flags. An adaptive question whose `safetyIf` holds
 *    joins them (dialysis after kidney disease, dizziness on standing after a muscle relaxant).
 * 3. Then one adaptive question at a time, chosen by looking ahead at each possible answer with the
 *    engine: first a question that could raise the level to a red-flag level (an open red flag), then
 *    one that could change the triage level at all, then one that could change the leading cause
 *    group, each only when that chance reaches its threshold; ties go to the question expected to
 *    move the differential most (total-variation distance). When none is left, the interview is
 *    settled.
 * 4. At {@link QUESTION_CAP} questions it stops. Red-flag questions come first, and there are fewer
 *    of them than the cap, so the cap never cuts off an open red flag.
 */
import { MODEL, slot } from '../classifier/index.js';
import { urgency } from '../shared/index.js';
import { CAUSE_FLOORS, RED_FLAG_RULES } from '../triage/index.js';
import { QUESTION_CAP, QUESTION_IDS, question, type AskIf, type QuestionId } from './questions.js';
import { isScalarRef, type AnswerValue, type Answers, type Ref } from './refs.js';
import { AMBULANCE_REFS, JOINT_REFS, RULE_REFS } from './red-flag-refs.js';
import { snapshot, withAnswers, type Snapshot } from './snapshot.js';

/**
 * What an answer must be able to do before its question is worth asking (TONUS design): a 1-in-50
 * chance of a more urgent level; a 1-in-20 chance of another level or another leading group; or an
 * expected shift of 2 % of probability onto or off the causes that would need more urgent care. Once
 * the level is `emergency`, only a 1-in-10 chance that an ambulance is needed delays the result.
 */
export const THRESHOLDS = {
  raise: 0.02,
  triage: 0.05,
  danger: 0.02,
  group: 0.05,
  escalate: 0.1,
} as const;

export type StopReason = 'emergency' | 'settled' | 'cap';

export type Step =
  | {
      readonly type: 'question';
      /** 1 for the first question. */
      readonly n: number;
      readonly id: QuestionId;
      /** The refs to answer now: the question's items that apply and are not answered yet. */
      readonly asks: readonly Ref[];
    }
  | {
      readonly type: 'stop';
      readonly reason: StopReason;
      /** How many questions were asked. */
      readonly questions: number;
      readonly snapshot: Snapshot;
    };

/** What looking ahead at a question's answers says. */
export interface Lookahead {
  readonly id: QuestionId;
  /** Chance that the answer raises the level to consultation within 24 hours or above. */
  readonly raise: number;
  /** Chance that the answer changes the level, up or down. */
  readonly triage: number;
  /** Expected shift of probability onto or off the causes whose floor is more urgent than today's level. */
  readonly danger: number;
  /** Chance that the answer changes the leading cause group. */
  readonly group: number;
  /** Expected total-variation change of the differential. */
  readonly change: number;
  /**
   * An open red flag: some answer fires a more urgent rule whose other part the patient has already
   * said yes to (a botulinum injection, and now trouble swallowing). Asked whatever its chance.
   */
  readonly open: boolean;
}

export function holdsAskIf(w: AskIf, answers: Answers): boolean {
  if ('all' in w) {
    return w.all.every((x) => holdsAskIf(x, answers));
  }
  if ('any' in w) {
    return w.any.some((x) => holdsAskIf(x, answers));
  }
  if ('not' in w) {
    return !holdsAskIf(w.not, answers);
  }
  const v = answers[w.ref];
  if ('in' in w) {
    return v !== undefined && w.in.includes(v);
  }
  return (
    typeof v === 'number' &&
    (w.atLeast === undefined || v >= w.atLeast) &&
    (w.below === undefined || v < w.below)
  );
}

/** The refs of a question still to ask: its items that apply now and have no answer yet. */
export function pendingAsks(id: QuestionId, answers: Answers): Ref[] {
  const q = question(id);
  if (q.askIf !== undefined && !holdsAskIf(q.askIf, answers)) {
    return [];
  }
  return q.asks
    .filter((a) => answers[a.ref] === undefined)
    .filter((a) => a.askIf === undefined || holdsAskIf(a.askIf, answers))
    .map((a) => a.ref);
}

/** Questions with at least one answer: what the patient has been asked. */
export function askedCount(answers: Answers): number {
  return QUESTION_IDS.filter((id) => question(id).asks.some((a) => answers[a.ref] !== undefined))
    .length;
}

/** The next question, or why to stop. */
export function nextStep(answers: Answers): Step {
  const now = snapshot(answers);
  const asked = askedCount(answers);
  const stop = (reason: StopReason): Step => ({
    type: 'stop',
    reason,
    questions: asked,
    snapshot: now,
  });
  const ask = (id: QuestionId, asks: readonly Ref[]): Step => ({
    type: 'question',
    n: asked + 1,
    id,
    asks,
  });
  if (now.level === 'emergency_ambulance') {
    return stop('emergency');
  }
  const open = QUESTION_IDS.map((id) => ({ id, asks: pendingAsks(id, answers) })).filter(
    (q) => q.asks.length > 0,
  );
  if (now.level === 'emergency') {
    // only an ambulance-level red flag can raise an emergency further
    const escalating = open.filter((q) => q.asks.some((r) => AMBULANCE_REFS.has(r)));
    // a screen marked to ask now is asked even when its refs are numbers the boolean ref sets do not hold (the pain's
    // strength for a cord starved by a torn aorta, RF-ACUTE-CORD-FAILURE v2)
    const screen = open.find((q) => {
      const when = question(q.id).escalateIf;
      return when !== undefined && holdsAskIf(when, answers);
    });
    if (screen !== undefined && asked < QUESTION_CAP) {
      return ask(screen.id, screen.asks);
    }
    const best = best_(lookahead(now, answers, escalating), 'raise', THRESHOLDS.escalate);
    const q = open.find((x) => x.id === best?.id);
    return q === undefined || asked >= QUESTION_CAP ? stop('emergency') : ask(q.id, q.asks);
  }
  if (asked >= QUESTION_CAP) {
    return stop('cap');
  }
  const fixed = open.find((q) => {
    const def = question(q.id);
    return (
      def.phase !== 'adaptive' || (def.safetyIf !== undefined && holdsAskIf(def.safetyIf, answers))
    );
  });
  if (fixed !== undefined) {
    return ask(fixed.id, fixed.asks);
  }
  const looks = lookahead(
    now,
    answers,
    open.filter((q) => question(q.id).phase === 'adaptive'),
  );
  const best =
    best_(looks, 'open', 0.5) ??
    best_(looks, 'raise', THRESHOLDS.raise) ??
    best_(looks, 'triage', THRESHOLDS.triage) ??
    best_(looks, 'danger', THRESHOLDS.danger) ??
    best_(looks, 'group', THRESHOLDS.group);
  const q = open.find((x) => x.id === best?.id);
  return q === undefined ? stop('settled') : ask(q.id, q.asks);
}

/** The question with the largest score on one key that reaches the threshold (an open red flag ranks by its chance to raise). */
function best_(
  looks: readonly Lookahead[],
  key: 'open' | 'raise' | 'triage' | 'danger' | 'group',
  threshold: number,
): Lookahead | undefined {
  const score = (l: Lookahead): number => {
    if (key !== 'open') {
      return l[key];
    }
    return l.open ? 1 + l.raise : 0;
  };
  let out: Lookahead | undefined;
  for (const l of looks) {
    if (score(l) < threshold) {
      continue;
    }
    if (
      out === undefined ||
      score(l) > score(out) + 1e-12 ||
      (Math.abs(score(l) - score(out)) <= 1e-12 && l.change > out.change)
    ) {
      out = l;
    }
  }
  return out;
}

/** Conditions below this posterior are left out of the predictive sums. */
const ACTIVE = 1e-4;

/** Every answer a question could get (a value per pending ref); "I don't know" changes nothing, so it is not one. */
function outcomes(id: QuestionId, asks: readonly Ref[]): AnswerValue[][] {
  const q = question(id);
  const first = asks[0];
  if (first !== undefined && isScalarRef(first)) {
    return (q.kind === 'number' ? (q.samples ?? []) : (q.options ?? [])).map((v) => [v]);
  }
  const m = asks.length;
  const one = (...yes: number[]): boolean[] => asks.map((_r, k) => yes.includes(k));
  const out: AnswerValue[][] = [one()];
  for (let i = 0; i < m; i++) {
    out.push(one(i));
  }
  // two yes answers together only where a red-flag rule needs both (two signs of adrenal failure)
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const [a, b] = [asks[i] ?? '', asks[j] ?? ''].sort();
      if (JOINT_REFS.has(`${a ?? ''}|${b ?? ''}`)) {
        out.push(one(i, j));
      }
    }
  }
  return out;
}

/** Looks ahead at every possible answer of each question and what the engine would then say. */
export function lookahead(
  now: Snapshot,
  answers: Answers,
  open: readonly { readonly id: QuestionId; readonly asks: readonly Ref[] }[],
): Lookahead[] {
  const active: number[] = [];
  for (let ci = 0; ci < now.posterior.length; ci++) {
    if ((now.posterior[ci] ?? 0) >= ACTIVE) {
      active.push(ci);
    }
  }
  const urgent = urgentConditions(now);
  const dangerNow = mass(now.posterior, urgent);
  const out: Lookahead[] = [];
  for (const q of open) {
    const results: { weight: number; next: Snapshot }[] = [];
    let total = 0;
    for (const values of outcomes(q.id, q.asks)) {
      const next = after_(now, q.asks, values);
      const weight = predictive(now, next, active);
      results.push({ weight, next });
      total += weight;
    }
    let raise = 0;
    let triage = 0;
    let danger = 0;
    let group = 0;
    let change = 0;
    let opens = false;
    for (const { weight, next } of results) {
      const p = total > 0 ? weight / total : 1 / results.length;
      if (next.level !== now.level) {
        triage += p;
        if (
          urgencyOf(next.level) > urgencyOf(now.level) &&
          urgencyOf(next.level) >= RED_FLAG_FLOOR
        ) {
          raise += p;
          opens ||= completesKnownRule(now, next, answers, q.asks);
        }
      }
      if (next.leadGroup !== now.leadGroup) {
        group += p;
      }
      danger += p * Math.abs(mass(next.posterior, urgent) - dangerNow);
      change += p * totalVariation(now.posterior, next.posterior);
    }
    out.push({ id: q.id, raise, triage, danger, group, change, open: opens });
  }
  return out;
}

/** Whether a rule that the answer newly fires, above today's level, also rests on a "yes" already given. */
function completesKnownRule(
  now: Snapshot,
  next: Snapshot,
  answers: Answers,
  asks: readonly Ref[],
): boolean {
  for (let ri = 0; ri < next.fired.length; ri++) {
    if (
      next.fired[ri] === 1 &&
      now.fired[ri] !== 1 &&
      urgencyOf(RULE_LEVELS[ri] ?? 'self_care') > urgencyOf(now.level)
    ) {
      const partners = RULE_REFS[ri] ?? [];
      if (partners.some((r) => !asks.includes(r) && answers[r] === true)) {
        return true;
      }
    }
  }
  return false;
}

/** Conditions whose cause floor would make the level more urgent than it is now (triage/cause-floors.ts). */
function urgentConditions(now: Snapshot): number[] {
  const out: number[] = [];
  for (const f of CAUSE_FLOORS) {
    if (urgency(f.level) > urgency(now.level)) {
      const ci = MODEL.conditions.indexOf(f.condition);
      if (ci >= 0) {
        out.push(ci);
      }
    }
  }
  return out;
}

function mass(posterior: Float64Array, conditions: readonly number[]): number {
  let s = 0;
  for (const ci of conditions) {
    s += posterior[ci] ?? 0;
  }
  return s;
}

/** Local copies of what the look-ahead uses thousands of times a step (an import is a getter under tsx). */
const PROB = MODEL.prob;
const IS_USED = MODEL.isUsed;
const STRIDE = slot(1, 0, 0);
const PER_FEATURE = slot(0, 1, 0);
const after_ = withAnswers;
const urgencyOf = urgency;

const RULE_LEVELS = RED_FLAG_RULES.map((r) => r.level);

/** Red-flag rules start at this level; below it a change is the baseline's, not a red flag's. */
const RED_FLAG_FLOOR = urgency('consultation_24');

/**
 * How likely the current differential makes an answer: Σ over conditions of posterior × the chance
 * of every feature the answer newly makes known, read from the compiled model.
 */
function predictive(now: Snapshot, next: Snapshot, active: readonly number[]): number {
  const after = next.evidence.values;
  const used = IS_USED;
  const prob = PROB;
  const slots: number[] = [];
  for (const fi of next.changed) {
    if (used[fi] === 1) {
      slots.push(fi * PER_FEATURE + (after[fi] ?? 0));
    }
  }
  if (slots.length === 0) {
    return 1;
  }
  let p = 0;
  for (const ci of active) {
    let like = 1;
    for (const s of slots) {
      like *= prob[ci * STRIDE + s] ?? 0;
    }
    p += (now.posterior[ci] ?? 0) * like;
  }
  return p;
}

function totalVariation(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    s += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  }
  return s / 2;
}
