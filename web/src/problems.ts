/**
 * @module A failed request in the patient's words: each problem the server named (its code and field) worded
 * from the locale's catalog, a network failure and a server failure each in a sentence. The server's own
 * `detail` is English, so it is never shown to a patient.
 */
import type {
  PatientField,
  PatientProblemCode,
  WebProblemMessages,
} from '../../src/i18n/web-problems';
import { ApiError, OfflineError } from './api';

/** What a refusal keeps of the server's answer: enough to word it again in any locale. */
export interface Problem {
  readonly status: number;
  readonly errors: readonly { readonly code: string; readonly field: string | null }[];
}

export function problemOf(e: unknown): Problem | 'network' {
  if (e instanceof ApiError) {
    return { status: e.status, errors: e.errors.map((x) => ({ code: x.code, field: x.field })) };
  }
  if (e instanceof OfflineError) {
    return 'network';
  }
  // anything else (an answer that is not JSON) is the server's trouble, not the patient's
  return { status: 500, errors: [] };
}

function fieldName(m: WebProblemMessages, field: string | null): string | null {
  if (field === null) {
    return null;
  }
  const first = /^[^.[]+/.exec(field)?.[0] ?? field;
  return first in m.fields ? m.fields[first as PatientField] : field;
}

/** A refusal for good, with its reasons: "Not accepted by the server: …". */
export function refusalText(m: WebProblemMessages, p: Problem): string {
  return `${m.refused}: ${problemLines(m, p).join(' ')}`;
}

export function problemLines(m: WebProblemMessages, p: Problem | 'network'): string[] {
  if (p === 'network') {
    return [m.network];
  }
  if (p.status >= 500 || p.errors.length === 0) {
    return [p.status >= 500 || p.status === 0 ? m.server : m.other(null)];
  }
  return p.errors.map((x) => problemText(m, x.code, fieldName(m, x.field)));
}

/**
 * One problem in words, naming its field by the label the form gives it (`null`: the line names no field, as
 * when it is shown beside the field itself or the field has no label on the form).
 */
export function problemText(m: WebProblemMessages, code: string, label: string | null): string {
  return code in m.code ? m.code[code as PatientProblemCode](label) : m.other(label);
}
