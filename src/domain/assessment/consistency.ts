/**
 * @module Facts about one patient that cannot all be true: a history of pregnancy with male sex, or at an
 * age when it cannot happen. Such input is refused naming both fields rather than assessed, since any
 * answer built on it would rest on a typing slip. Plausibility bounds of our own design [TONUS].
 */
import type { HistoryCondition, Provenance, Sex } from '../kb/index.js';
import type { DomainIssue } from '../shared/index.js';

type Path = readonly (string | number)[];

interface ConsistencyRule extends Provenance {
  readonly id: string;
  readonly condition: HistoryCondition;
  /** The condition cannot be recorded with this sex. */
  readonly notWithSex?: Sex;
  /** The condition cannot be recorded below this age, years. */
  readonly minAgeYears?: number;
}

export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  {
    id: 'CONS-PREGNANCY-SEX',
    condition: 'pregnancy',
    notWithSex: 'male',
    sourceIds: ['TONUS'],
    status: 'V',
  },
  {
    id: 'CONS-PREGNANCY-AGE',
    condition: 'pregnancy',
    minAgeYears: 10,
    sourceIds: ['TONUS'],
    status: 'P',
  },
];

export interface PatientFacts {
  /** Unknown when an interview heard "I don't know": then no age rule can be broken. */
  readonly ageYears?: number | undefined;
  readonly sex?: Sex | undefined;
  readonly conditions?: readonly HistoryCondition[] | undefined;
}

export interface PatientPaths {
  readonly age: Path;
  readonly sex: Path;
  readonly conditions: Path;
}

function dotted(path: Path): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`))
    .join('');
}

/** Every contradiction between sex, age and the history of conditions, each naming both fields. */
export function contradictions(p: PatientFacts, paths: PatientPaths): DomainIssue[] {
  const out: DomainIssue[] = [];
  (p.conditions ?? []).forEach((condition, i) => {
    for (const rule of CONSISTENCY_RULES) {
      if (rule.condition !== condition) {
        continue;
      }
      const path = [...paths.conditions, i];
      if (rule.notWithSex !== undefined && p.sex === rule.notWithSex) {
        out.push({
          code: 'input.contradicts_sex',
          path,
          params: { condition, sex: rule.notWithSex, other: dotted(paths.sex) },
        });
      }
      if (
        rule.minAgeYears !== undefined &&
        p.ageYears !== undefined &&
        p.ageYears < rule.minAgeYears
      ) {
        out.push({
          code: 'input.contradicts_age',
          path,
          params: {
            condition,
            age: p.ageYears,
            minAge: rule.minAgeYears,
            other: dotted(paths.age),
          },
        });
      }
    }
  });
  return out;
}
