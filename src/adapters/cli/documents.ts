/** @module Reading JSON documents for commands: bounded, strict, and every problem reported by file and field. */
import { parseJson } from '../../app/index.js';
import type { DomainIssue } from '../../domain/shared/index.js';
import { en } from '../../i18n/index.js';
import { describeFsError, type CliIo } from './io.js';
import { printable } from './printable.js';

/** More lines than this for one file only bury the first ones; the rest are counted. */
export const MAX_ISSUE_LINES = 20;

export function reportIssues(io: CliIo, where: string, issues: readonly DomainIssue[]): void {
  for (const issue of issues.slice(0, MAX_ISSUE_LINES)) {
    io.err(`error: ${printable(where)}: ${printable(en.issue(issue))} [${issue.code}]`);
  }
  const more = issues.length - MAX_ISSUE_LINES;
  if (more > 0) {
    io.err(`error: ${printable(where)}: and ${more.toLocaleString('en')} more`);
  }
}

export type Read = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** Reads a file as strict JSON; on failure the reason is already printed. */
export function readDocument(io: CliIo, path: string): Read {
  let text: string;
  try {
    text = io.readText(path);
  } catch (e) {
    io.err(`error: ${printable(describeFsError(path, e))}`);
    return { ok: false };
  }
  const json = parseJson(text);
  if (!json.ok) {
    reportIssues(io, path, json.issues);
    return { ok: false };
  }
  return { ok: true, value: json.value };
}
