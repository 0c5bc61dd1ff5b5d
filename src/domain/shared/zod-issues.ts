/** @module Translates zod's issues into domain issues, so every surface words input errors the same way. */
import type { z } from 'zod';
import type { DomainIssue, IssueCode } from './result.js';

type Path = readonly (string | number)[];

/** Keys whose values come from a closed vocabulary: an unrecognised key there is an unknown id, not a typo'd field. */
const VOCABULARY_MAPS = new Set([
  'findings',
  'emg',
  'imaging',
  'mrc',
  'reflexes',
  'romPercentOfNormal',
  'movements',
]);

function describe(input: unknown): string {
  if (input === undefined) {
    return 'nothing';
  }
  // JSON has no Infinity or NaN: 1e309 reads as Infinity, which JSON.stringify would print as null
  if (typeof input === 'number') {
    return String(input);
  }
  const s = JSON.stringify(input);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Fields whose values are secrets: an issue about them never repeats what was typed. */
const SECRET_FIELD = /password|token|secret|passphrase|api_?key/i;

/** `describe`, except that a secret field's value is never echoed, only its size. */
function describeAt(path: Path, input: unknown): string {
  if (path.some((p) => typeof p === 'string' && SECRET_FIELD.test(p))) {
    return typeof input === 'string'
      ? `a hidden value of ${input.length} character${input.length === 1 ? '' : 's'}`
      : 'a hidden value';
  }
  return describe(input);
}

/** What a refinement in a domain schema attaches: its issue code and the parameters for its words. */
export type TonusParams = { readonly tonus?: IssueCode } & Record<string, string | number>;

/** The bound a number broke; an exclusive lower bound (`positive()`) is `above`, so 0 reads "more than 0". */
function boundParams(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
): Record<string, number> {
  if (issue.code === 'too_big') {
    return issue.inclusive === false
      ? { below: Number(issue.maximum) }
      : { max: Number(issue.maximum) };
  }
  return issue.inclusive === false
    ? { above: Number(issue.minimum) }
    : { min: Number(issue.minimum) };
}

/** Adds a domain issue from a schema refinement, so its words come from the catalog, not the schema. */
export function refine(
  ctx: { issues: z.core.$ZodRawIssue[] },
  code: IssueCode,
  input: unknown,
  path: readonly (string | number)[],
  params: Record<string, string | number> = {},
): void {
  ctx.issues.push({
    code: 'custom',
    input,
    path: [...path],
    message: code,
    params: { tonus: code, ...params },
  });
}

export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: Path = [],
): DomainIssue[] {
  const out: DomainIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const field = path.length === 0 ? '(root)' : String(path[path.length - 1]);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const parent = path.length === 0 ? '' : String(path[path.length - 1]);
        for (const key of issue.keys) {
          out.push(
            VOCABULARY_MAPS.has(parent)
              ? {
                  code: 'input.unknown_id',
                  path: [...path, key],
                  params: { id: key, vocabulary: parent },
                }
              : { code: 'input.unknown_key', path: [...path, key], params: { key } },
          );
        }
        break;
      }
      case 'invalid_value': {
        const vocabulary =
          typeof path[path.length - 1] === 'number'
            ? String(path[path.length - 2] ?? field)
            : field;
        out.push({
          code: 'input.unknown_id',
          path,
          params: {
            id: describeAt(path, issue.input),
            vocabulary,
            allowed: issue.values.map(String).join(', '),
          },
        });
        break;
      }
      case 'too_big':
      case 'too_small': {
        const isLength = issue.origin === 'array' || issue.origin === 'string';
        if (isLength && issue.code === 'too_big') {
          out.push({ code: 'input.too_long', path, params: { max: Number(issue.maximum) } });
        } else {
          out.push({
            code: 'input.out_of_range',
            path,
            params: {
              value: describeAt(path, issue.input),
              ...boundParams(issue),
            },
          });
        }
        break;
      }
      case 'invalid_type': {
        if (issue.input === undefined) {
          out.push({ code: 'input.required', path, params: { expected: issue.expected } });
        } else if (issue.expected === 'int' && typeof issue.input === 'number') {
          out.push({
            code: 'input.not_integer',
            path,
            params: { value: describeAt(path, issue.input) },
          });
        } else {
          out.push({
            code: 'input.invalid_type',
            path,
            params: { expected: issue.expected, value: describeAt(path, issue.input) },
          });
        }
        break;
      }
      case 'custom': {
        const { tonus, ...params } = (issue.params ?? {}) as TonusParams;
        out.push(
          tonus === undefined
            ? { code: 'input.invalid_value', path, params: { rule: issue.message } }
            : { code: tonus, path, ...(Object.keys(params).length === 0 ? {} : { params }) },
        );
        break;
      }
      case 'invalid_format':
      case 'not_multiple_of':
      case 'invalid_key':
      case 'invalid_element':
      case 'invalid_union':
        out.push({
          code: 'input.invalid_value',
          path,
          params: { rule: issue.message, value: describeAt(path, issue.input) },
        });
        break;
    }
  }
  return out;
}
