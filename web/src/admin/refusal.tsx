/**
 * @module A refused admin form in words: each problem the server names is shown beside the field it names (by
 * the form's own label, never the server's field path); a problem naming no field of the form, a lost network
 * or a failing server is shown above the form.
 */
import type { ReactNode } from 'react';
import {
  ADMIN_PROBLEM_CODES,
  WEB_ADMIN_EN as a,
  type AdminField,
  type AdminProblemCode,
} from '../../../src/i18n/web-admin.en';
import { WEB_PROBLEMS_EN as m } from '../../../src/i18n/web-problems.en';
import { problemLines, problemOf, problemText } from '../problems';

export interface Refusal {
  /** The words for each field of the form the server named. */
  readonly byField: Partial<Record<AdminField, readonly string[]>>;
  /** What names no field of the form. */
  readonly general: readonly string[];
}

export const NO_REFUSAL: Refusal = { byField: {}, general: [] };

const isAdminCode = (code: string): code is AdminProblemCode =>
  (ADMIN_PROBLEM_CODES as readonly string[]).includes(code);

/** One problem in an admin's words: the admin's own codes first, then the shared catalog. */
function wordsOf(code: string, label: string | null): string {
  if (isAdminCode(code)) {
    return label === null ? a.problems[code] : `${label}: ${a.problems[code]}`;
  }
  return problemText(m, code, label);
}

/** The refusal of a request from a form that has `fields`. */
export function refusalOf(err: unknown, fields: readonly AdminField[]): Refusal {
  const p = problemOf(err);
  if (p === 'network' || p.status >= 500 || p.errors.length === 0) {
    return { byField: {}, general: problemLines(m, p) };
  }
  const byField: Partial<Record<AdminField, string[]>> = {};
  const general: string[] = [];
  for (const e of p.errors) {
    const first = e.field === null ? null : (/^[^.[]+/.exec(e.field)?.[0] ?? e.field);
    const field = fields.find((f) => f === first);
    if (field === undefined) {
      general.push(wordsOf(e.code, null));
    } else {
      (byField[field] ??= []).push(wordsOf(e.code, a.fields[field]));
    }
  }
  return { byField, general };
}

/** The id of a field's problem, for its control's `aria-describedby`. */
export const problemId = (form: string, field: AdminField): string => `${form}-${field}-problem`;

/** The attributes that tie a control to its problem, when it has one. */
export function invalidProps(
  r: Refusal,
  form: string,
  field: AdminField,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return r.byField[field] === undefined
    ? {}
    : { 'aria-invalid': true, 'aria-describedby': problemId(form, field) };
}

/** A field's problems, beside it. */
export function FieldProblem({
  refusal,
  form,
  field,
}: {
  readonly refusal: Refusal;
  readonly form: string;
  readonly field: AdminField;
}): ReactNode {
  const lines = refusal.byField[field];
  return lines === undefined ? null : (
    <p id={problemId(form, field)} className="error">
      {lines.join(' ')}
    </p>
  );
}

/** What names no field, above the form, and a pointer to the fields that have a problem beside them. */
export function GeneralProblems({ refusal }: { readonly refusal: Refusal }): ReactNode {
  const fieldsNamed = Object.keys(refusal.byField).length > 0;
  if (refusal.general.length === 0 && !fieldsNamed) {
    return null;
  }
  return (
    <div role="alert" className="error">
      <p>{a.refused}</p>
      <ul>
        {refusal.general.map((line, i) => (
          <li key={`${String(i)}-${line}`}>{line}</li>
        ))}
        {fieldsNamed ? <li>{a.mendFields}</li> : null}
      </ul>
    </div>
  );
}
