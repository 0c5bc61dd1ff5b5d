/**
 * @module A small predicate language over evidence, so clinical rules stay data: a rule says *when* it
 * holds, the evaluator says whether it does and which leaves made it hold. An unknown feature never
 * satisfies a positive leaf; `not` of an unknown is true, which keeps exemptions on the safe side.
 */
import type { Vitals } from '../assessment/index.js';
import type { Evidence } from './extract.js';
import type { Bounds, EvidenceRef, LabMeasure } from './refs.js';
import {
  CATEGORIES,
  featureIndex,
  type BooleanFeature,
  type CategoryFeature,
  type CategoryValue,
} from './features.js';

export type When =
  | { readonly f: BooleanFeature }
  | { readonly absent: BooleanFeature }
  | { readonly cat: CategoryFeature; readonly in: readonly string[] }
  | { readonly lab: LabMeasure; readonly below?: number; readonly atLeast?: number }
  | { readonly vital: keyof Vitals; readonly below?: number; readonly atLeast?: number }
  | { readonly age: { readonly below?: number; readonly atLeast?: number } }
  | {
      readonly history: 'durationDays' | 'painNrs';
      readonly below?: number;
      readonly atLeast?: number;
    }
  | { readonly all: readonly When[] }
  | { readonly any: readonly When[] }
  | { readonly not: When }
  | { readonly count: number; readonly of: readonly When[] };

/** Builders that type-check feature ids and category values. */
export const has = (f: BooleanFeature): When => ({ f });
export const lacks = (f: BooleanFeature): When => ({ absent: f });
export const is = <F extends CategoryFeature>(cat: F, ...values: CategoryValue<F>[]): When => ({
  cat,
  in: values,
});
/**
 * No result for a category feature: none of its values is known (a blood test not done or not sent).
 * Read from the feature's own values, so a band added later is covered too.
 */
export const untested = (cat: CategoryFeature): When => not({ cat, in: CATEGORIES[cat] });
export const all = (...w: When[]): When => ({ all: w });
export const any = (...w: When[]): When => ({ any: w });
export const not = (w: When): When => ({ not: w });
export const count = (n: number, ...of: When[]): When => ({ count: n, of });

/** The value a lab leaf reads: see {@link LabMeasure} for the two calcium measures. */
function labValue(e: Evidence, lab: LabMeasure): number | undefined {
  if (lab === 'calcium') {
    return e.labs.calcium?.value;
  }
  if (lab === 'calcium_adjusted') {
    return e.labs.correctedCalcium ?? e.labs.byAnalyte.calcium_total?.value;
  }
  return e.labs.byAnalyte[lab]?.value;
}

function inRange(
  value: number | undefined,
  below: number | undefined,
  atLeast: number | undefined,
): boolean {
  if (value === undefined) {
    return false;
  }
  return (below === undefined || value < below) && (atLeast === undefined || value >= atLeast);
}

/** Only the bounds a rule set, so a reference carries no `undefined` fields. */
function bounds(below: number | undefined, atLeast: number | undefined): Bounds {
  return {
    ...(below === undefined ? {} : { below }),
    ...(atLeast === undefined ? {} : { atLeast }),
  };
}

type Compiled = (e: Evidence, matched: EvidenceRef[] | undefined) => boolean;

const COMPILED = new WeakMap<When, Compiled>();

/** Turns a predicate into a closure once, with feature indices resolved, so rules cost little per assessment. */
function compile(w: When): Compiled {
  if ('f' in w) {
    const fi = featureIndex(w.f);
    const code: EvidenceRef = { kind: 'present', feature: w.f };
    return (e, matched) => {
      const ok = e.values[fi] === 1;
      if (ok) {
        matched?.push(code);
      }
      return ok;
    };
  }
  if ('absent' in w) {
    const fi = featureIndex(w.absent);
    const code: EvidenceRef = { kind: 'absent', feature: w.absent };
    return (e, matched) => {
      const ok = e.values[fi] === 0;
      if (ok) {
        matched?.push(code);
      }
      return ok;
    };
  }
  if ('cat' in w) {
    const fi = featureIndex(w.cat);
    const values = CATEGORIES[w.cat] as readonly string[];
    const accepted = w.in.map((v) => values.indexOf(v));
    const cat = w.cat;
    return (e, matched) => {
      const v = e.values[fi] ?? -1;
      const ok = v >= 0 && accepted.includes(v);
      if (ok) {
        matched?.push({ kind: 'category', feature: cat, value: values[v] ?? '?' });
      }
      return ok;
    };
  }
  if ('lab' in w) {
    const { lab, below, atLeast } = w;
    const code: EvidenceRef = { kind: 'lab', lab, ...bounds(below, atLeast) };
    return (e, matched) => {
      const value = labValue(e, lab);
      const ok = inRange(value, below, atLeast);
      if (ok) {
        matched?.push(code);
      }
      return ok;
    };
  }
  if ('vital' in w) {
    const { vital, below, atLeast } = w;
    const code: EvidenceRef = { kind: 'vital', vital, ...bounds(below, atLeast) };
    return (e, matched) => {
      const ok = inRange(e.assessment.vitals?.[vital], below, atLeast);
      if (ok) {
        matched?.push(code);
      }
      return ok;
    };
  }
  if ('age' in w) {
    const { below, atLeast } = w.age;
    const code: EvidenceRef = { kind: 'age', ...bounds(below, atLeast) };
    return (e, matched) => {
      const ok = inRange(e.assessment.patient.ageYears, below, atLeast);
      if (ok) {
        matched?.push(code);
      }
      return ok;
    };
  }
  if ('history' in w) {
    const { history, below, atLeast } = w;
    const code: EvidenceRef = { kind: 'history', history, ...bounds(below, atLeast) };
    return (e, matched) => {
      const ok = inRange(e.assessment.history?.[history], below, atLeast);
      if (ok) {
        matched?.push(code);
      }
      return ok;
    };
  }
  if ('all' in w) {
    const parts = w.all.map(compile);
    return (e, matched) => {
      if (matched === undefined) {
        return parts.every((p) => p(e, undefined));
      }
      const local: EvidenceRef[] = [];
      const ok = parts.every((p) => p(e, local));
      if (ok) {
        matched.push(...local);
      }
      return ok;
    };
  }
  if ('any' in w) {
    const parts = w.any.map(compile);
    return (e, matched) => {
      if (matched === undefined) {
        return parts.some((p) => p(e, undefined));
      }
      // every branch is evaluated so that all the evidence that held is reported
      let ok = false;
      for (const p of parts) {
        ok = p(e, matched) || ok;
      }
      return ok;
    };
  }
  if ('not' in w) {
    const inner = compile(w.not);
    return (e) => !inner(e, undefined);
  }
  const parts = w.of.map(compile);
  const need = w.count;
  return (e, matched) => {
    const local: EvidenceRef[] | undefined = matched === undefined ? undefined : [];
    let n = 0;
    for (const p of parts) {
      if (p(e, local)) {
        n += 1;
      }
    }
    const ok = n >= need;
    if (ok && local !== undefined) {
      matched?.push(...local);
    }
    return ok;
  };
}

/**
 * Evaluates a predicate.
 * @param matched - When given, receives a reference for every leaf that held (a finding present, `lab:potassium<2.5`).
 */
export function holds(w: When, e: Evidence, matched?: EvidenceRef[]): boolean {
  let f = COMPILED.get(w);
  if (f === undefined) {
    f = compile(w);
    COMPILED.set(w, f);
  }
  return f(e, matched);
}

/** Every boolean and category feature a predicate reads; used to check rules against the registry. */
export function featuresOf(w: When): string[] {
  if ('f' in w) {
    return [w.f];
  }
  if ('absent' in w) {
    return [w.absent];
  }
  if ('cat' in w) {
    return [w.cat];
  }
  if ('lab' in w) {
    return [`lab:${w.lab}`];
  }
  if ('vital' in w) {
    return [`vital:${w.vital}`];
  }
  if ('age' in w) {
    return ['age'];
  }
  if ('history' in w) {
    return [w.history];
  }
  if ('all' in w) {
    return w.all.flatMap(featuresOf);
  }
  if ('any' in w) {
    return w.any.flatMap(featuresOf);
  }
  if ('not' in w) {
    return featuresOf(w.not);
  }
  return w.of.flatMap(featuresOf);
}
