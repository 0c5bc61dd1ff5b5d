import { describe, expect, test } from 'vitest';
import { edfBytes, edfSpec, emgSignal } from '../../../../test/fixtures/emg-recordings.js';
import { SNIFF_BYTES, sniffRecording } from './index.js';

const fs = 100;
const file = (format: 'edf' | 'bdf'): Uint8Array =>
  edfBytes(edfSpec([emgSignal('EMG 1', fs), emgSignal('EMG 2', fs)], 3, { format }), [
    new Float64Array(3 * fs),
    new Float64Array(3 * fs),
  ]);
const PNG = Uint8Array.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...new Array(600).fill(0),
]);
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const codes = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code);

/** The file with `value` written over its bytes at `at` (a header field, space-padded). */
function patched(bytes: Uint8Array, at: number, value: string): Uint8Array {
  const out = bytes.slice();
  out.set(text(value), at);
  return out;
}

describe('an uploaded recording is checked before it is kept', () => {
  test.each(['edf', 'bdf'] as const)(
    'a sound %s file passes, by its name or by its first byte',
    (f) => {
      const bytes = file(f);
      expect(sniffRecording(bytes, bytes.length, 'edf')).toEqual([]);
      expect(sniffRecording(bytes, bytes.length, 'auto')).toEqual([]);
    },
  );

  test('a PNG renamed .edf is refused at the version field', () => {
    const issues = sniffRecording(PNG, PNG.length, 'edf');
    expect(issues).toEqual([
      expect.objectContaining({ code: 'emg.bad_version', path: ['header', 'version'] }),
    ]);
  });

  test('a text file renamed .edf is refused at the version field', () => {
    const bytes = text(`time,EMG 1\n${'0,1\n'.repeat(100)}`);
    expect(codes(sniffRecording(bytes, bytes.length, 'edf'))).toEqual(['emg.bad_version']);
  });

  test('a header byte count that disagrees with the signal count is refused naming it', () => {
    const bytes = patched(file('edf'), 184, '1024    ');
    expect(sniffRecording(bytes, bytes.length, 'edf')).toEqual([
      expect.objectContaining({
        code: 'emg.header_size',
        path: ['header', 'numberOfHeaderBytes'],
        params: expect.objectContaining({ value: 1024, expected: 768 }) as unknown,
      }),
    ]);
  });

  test('a numeric field that is not a number is refused naming it', () => {
    const bytes = patched(file('edf'), 244, 'one sec ');
    expect(sniffRecording(bytes, bytes.length, 'edf')).toEqual([
      expect.objectContaining({
        code: 'emg.not_a_number',
        path: ['header', 'durationOfDataRecord'],
      }),
    ]);
  });

  test('data that disagree with the records the header declares are refused', () => {
    const bytes = file('edf');
    const cut = bytes.subarray(0, bytes.length - 10);
    expect(codes(sniffRecording(cut, cut.length, 'edf'))).toEqual(['emg.truncated_record']);
    const header = bytes.subarray(0, 768);
    expect(codes(sniffRecording(header, header.length, 'edf'))).toEqual(['emg.truncated_record']);
  });

  test('a file shorter than the fixed header is refused as truncated', () => {
    const bytes = file('edf').subarray(0, 100);
    expect(codes(sniffRecording(bytes, bytes.length, 'edf'))).toEqual(['emg.truncated_header']);
  });

  test('CSV text passes; a PNG or other binary named .csv is refused as not text', () => {
    const csv = text('time,EMG 1\n0,1\n0.001,2\n');
    expect(sniffRecording(csv, csv.length, 'csv')).toEqual([]);
    expect(sniffRecording(csv, csv.length, 'auto')).toEqual([]);
    expect(sniffRecording(PNG, PNG.length, 'csv')).toEqual([
      expect.objectContaining({
        code: 'emg.csv_not_text',
        params: { byte: 8, found: 'a zero byte' },
      }),
    ]);
    const latin1 = Uint8Array.from([0x74, 0x69, 0x6d, 0x65, 0xe9, 0x2c, 0x41, 0x0a]);
    expect(codes(sniffRecording(latin1, latin1.length, 'csv'))).toEqual(['emg.csv_not_text']);
  });

  test('a UTF-8 character cut at the end of what is read is not taken for bad text', () => {
    const bytes = text(`time,µV\n${'0,1\n'.repeat(10)}`);
    const cut = bytes.subarray(0, bytes.indexOf(0xc2) + 1);
    expect(sniffRecording(cut, bytes.length, 'csv')).toEqual([]);
  });

  test('the bytes read are enough for the largest header the format allows', () => {
    expect(SNIFF_BYTES).toBe(256 * (4096 + 1));
  });
});
