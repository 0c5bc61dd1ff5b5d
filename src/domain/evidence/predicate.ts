/**
 * @module A small predicate language over evidence, so clinical rules stay data: a rule says *when* it
 * holds, the evaluator says whether it does and which leaves made it hold. An unknown feature never
 * satisfies a positive leaf; `not` of an unknown is true, which keeps exemptions on the safe side.
 */
import type { Vitals } from '../assessment/index.js';
import type { Analyte } from '../kb/index.js';
import { category, present, type Evidence } from './extract.js';
import type { BooleanFeature, CategoryFeature, CategoryValue } from './features.js';

export type When =
  | { readonly f: BooleanFeature }
  | { readonly absent: BooleanFeature }
  | { readonly cat: CategoryFeature; readonly in: readonly string[] }
  | { readonly lab: Analyte | 'calcium'; readonly below?: number; readonly atLeast?: number }
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
export const all = (...w: When[]): When => ({ all: w });
export const any = (...w: When[]): When => ({ any: w });
export const not = (w: When): When => ({ not: w });
export const count = (n: number, ...of: When[]): When => ({ count: n, of });

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

function rangeLabel(name: string, below: number | undefined, atLeast: number | undefined): string {
  const parts = [
    atLeast === undefined ? '' : `>=${round(atLeast)}`,
    below === undefined ? '' : `<${round(below)}`,
  ];
  return `${name}${parts.filter((p) => p !== '').join(',')}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Evaluates a predicate.
 * @param matched - When given, receives a code for every leaf that held (e.g. `f:saddle_anaesthesia`, `lab:potassium<2.5`).
 */
export function holds(w: When, e: Evidence, matched?: string[]): boolean {
  if ('f' in w) {
    const ok = present(e, w.f) === true;
    if (ok) {
      matched?.push(w.f);
    }
    return ok;
  }
  if ('absent' in w) {
    const ok = present(e, w.absent) === false;
    if (ok) {
      matched?.push(`no ${w.absent}`);
    }
    return ok;
  }
  if ('cat' in w) {
    const v = category(e, w.cat);
    const ok = v !== undefined && w.in.includes(v);
    if (ok) {
      matched?.push(`${w.cat}=${v}`);
    }
    return ok;
  }
  if ('lab' in w) {
    const value = w.lab === 'calcium' ? e.labs.calcium?.value : e.labs.byAnalyte[w.lab]?.value;
    const ok = inRange(value, w.below, w.atLeast);
    if (ok) {
      matched?.push(rangeLabel(`lab:${w.lab}`, w.below, w.atLeast));
    }
    return ok;
  }
  if ('vital' in w) {
    const ok = inRange(e.assessment.vitals?.[w.vital], w.below, w.atLeast);
    if (ok) {
      matched?.push(rangeLabel(`vital:${w.vital}`, w.below, w.atLeast));
    }
    return ok;
  }
  if ('age' in w) {
    const ok = inRange(e.assessment.patient.ageYears, w.age.below, w.age.atLeast);
    if (ok) {
      matched?.push(rangeLabel('age', w.age.below, w.age.atLeast));
    }
    return ok;
  }
  if ('history' in w) {
    const ok = inRange(e.assessment.history?.[w.history], w.below, w.atLeast);
    if (ok) {
      matched?.push(rangeLabel(w.history, w.below, w.atLeast));
    }
    return ok;
  }
  if ('all' in w) {
    const local: string[] = [];
    const ok = w.all.every((x) => holds(x, e, local));
    if (ok) {
      matched?.push(...local);
    }
    return ok;
  }
  if ('any' in w) {
    let ok = false;
    for (const x of w.any) {
      ok = holds(x, e, matched) || ok;
    }
    return ok;
  }
  if ('not' in w) {
    return !holds(w.not, e);
  }
  const local: string[] = [];
  let n = 0;
  for (const x of w.of) {
    if (holds(x, e, local)) {
      n += 1;
    }
  }
  const ok = n >= w.count;
  if (ok) {
    matched?.push(...local);
  }
  return ok;
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
