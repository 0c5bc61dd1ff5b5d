/**
 * @module The check an uploaded recording passes before it is kept: an EDF/BDF file's header (version,
 * numeric fields, header size against the signal count, data size against the records), or a CSV file
 * being text. A file that fails it would only fail later, in its analysis.
 */
import type { DomainIssue } from '../../shared/index.js';
import { emgIssue } from '../issues.js';
import { parseEdfHeader, planRecords } from './edf-header.js';

/** Which reader a file's name asks for (`auto`: by its first byte). */
export type RecordingKind = 'edf' | 'csv' | 'auto';

/** The bytes of a file's start the check needs: the fixed header and the part of up to 4096 signals. */
export const SNIFF_BYTES = 256 * (4096 + 1);

/** How far into a CSV file the text check looks. */
const TEXT_BYTES = 64 * 1024;

function textIssue(head: Uint8Array): DomainIssue[] {
  const part = head.subarray(0, TEXT_BYTES);
  const nul = part.indexOf(0);
  if (nul >= 0) {
    return [emgIssue('emg.csv_not_text', ['rows', 1], { byte: nul, found: 'a zero byte' })];
  }
  try {
    // stream: a character cut at the end of the part is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(part, { stream: true });
  } catch {
    return [
      emgIssue('emg.csv_not_text', ['rows', 1], { byte: 0, found: 'bytes that are not UTF-8' }),
    ];
  }
  return [];
}

/**
 * Checks the start of a recording as it is uploaded.
 * @param head - The file's first bytes: at least `SNIFF_BYTES`, or the whole file when it is shorter.
 * @param sizeBytes - The whole file's size.
 * @param kind - The reader its name asks for; `auto` goes by the first byte, as the analysis does.
 * @returns The problems, each naming the field (and its byte offset); none when the file may be kept.
 */
export function sniffRecording(
  head: Uint8Array,
  sizeBytes: number,
  kind: RecordingKind,
): DomainIssue[] {
  const edf = kind === 'edf' || (kind === 'auto' && (head[0] === 0x30 || head[0] === 0xff));
  if (!edf) {
    return textIssue(head);
  }
  const header = parseEdfHeader(head);
  if (!header.ok) {
    return [...header.issues];
  }
  const plan = planRecords(header.value, sizeBytes, false);
  return plan.ok ? [] : [...plan.issues];
}
