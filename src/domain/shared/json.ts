/**
 * @module Strict JSON reading for untrusted documents. `JSON.parse` keeps the last of two equal keys and
 * accepts `__proto__` as a key, so a red flag written `true` then `false` would silently become `false`;
 * here both are refused with the key's path. Depth and size are bounded so that no document can exhaust
 * the stack of the validators that walk it, or the memory of the process.
 */
import { fail, ok, type DomainIssue, type Result } from './result.js';

export interface JsonLimits {
  /** Characters of text. */
  readonly maxLength: number;
  /** Nesting of objects and arrays. */
  readonly maxDepth: number;
}

/** Generous for any clinical document Tonus reads (a full case is about 3,000 characters and depth 4). */
export const DEFAULT_JSON_LIMITS: JsonLimits = { maxLength: 4_000_000, maxDepth: 64 };

/** Keys that would touch an object's prototype chain in code that copies or merges documents. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Path = (string | number)[];

interface Frame {
  readonly object: boolean;
  readonly keys: Set<string>;
  /** The member being read: its key in an object, its index in an array. */
  at: string | number;
  expectKey: boolean;
}

function pathOf(stack: readonly Frame[]): Path {
  return stack.map((f) => f.at);
}

/** Index just past the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      return i + 1;
    }
    i += c === 0x5c ? 2 : 1;
  }
}

/**
 * Walks syntactically valid JSON once, checking keys and depth. Iterative, so depth costs no stack.
 * Keys are compared decoded, so `"a"` and `"\u0061"` are the same key.
 */
function checkStructure(text: string, limits: JsonLimits): DomainIssue | undefined {
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      if (stack.length >= limits.maxDepth) {
        // the whole path would be as long as the nesting itself, so the document is named instead
        return { code: 'input.too_deep', path: [], params: { max: limits.maxDepth } };
      }
      const object = c === 0x7b;
      stack.push({ object, keys: new Set(), at: object ? '' : 0, expectKey: object });
      i += 1;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      i += 1;
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top !== undefined) {
        if (top.object) {
          top.expectKey = true;
        } else {
          top.at = (top.at as number) + 1;
        }
      }
      i += 1;
    } else if (c === 0x22) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.object === true && top.expectKey) {
        const key = JSON.parse(text.slice(i, end)) as string;
        top.at = key;
        top.expectKey = false;
        if (FORBIDDEN_KEYS.has(key)) {
          return { code: 'input.forbidden_key', path: pathOf(stack), params: { key } };
        }
        if (top.keys.has(key)) {
          return { code: 'input.duplicate_key', path: pathOf(stack), params: { key } };
        }
        top.keys.add(key);
      }
      i = end;
    } else {
      i += 1;
    }
  }
  return undefined;
}

/**
 * Parses untrusted JSON text into unknown data, or says what is wrong with it: not JSON, too long, too
 * deep, a key given twice, or a key that reaches the prototype chain. Never throws.
 */
export function parseJsonStrict(
  text: string,
  limits: JsonLimits = DEFAULT_JSON_LIMITS,
): Result<unknown> {
  if (text.length > limits.maxLength) {
    return fail([
      {
        code: 'input.too_large',
        path: [],
        params: { max: limits.maxLength, length: text.length },
      },
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail([
      {
        code: 'input.invalid_json',
        path: [],
        params: { detail: e instanceof Error ? e.message : String(e) },
      },
    ]);
  }
  const problem = checkStructure(text, limits);
  return problem === undefined ? ok(value) : fail([problem]);
}
