import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { synthesize } from '../synth.js';
import {
  CsvDecoder,
  decodeRecords,
  encodeCsv,
  encodeHeader,
  encodeRecord,
  parseEdfHeader,
  parseTals,
  planRecords,
  type WriteSpec,
} from './index.js';

function writeFile(
  spec: WriteSpec,
  signals: Float64Array[],
  annotations: { onsetS: number; durationS: number | null; text: string }[] = [],
): Uint8Array {
  const parts = [encodeHeader(spec)];
  for (let r = 0; r < spec.numRecords; r++) {
    const rec = signals.map((x, i) =>
      x.subarray(
        r * (spec.signals[i]?.samplesPerRecord ?? 0),
        (r + 1) * (spec.signals[i]?.samplesPerRecord ?? 0),
      ),
    );
    const here = annotations.filter(
      (a) => a.onsetS >= r * spec.recordDurationS && a.onsetS < (r + 1) * spec.recordDurationS,
    );
    parts.push(encodeRecord(spec, r, rec, here));
  }
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const fs = 1000;
const { signals } = synthesize({
  seed: 5,
  fs,
  durationS: 4,
  channels: 2,
  bursts: { count: 2, snrDb: 20, durationS: [0.3, 0.5], minGapS: 0.5 },
});
const spec = (format: 'edf' | 'bdf', plus: boolean): WriteSpec => ({
  format,
  plus,
  patient: 'X X X X',
  recording: 'Startdate 25-NOV-2026 X X tonus',
  startDate: '25.11.26',
  startTime: '10.00.00',
  recordDurationS: 1,
  numRecords: 4,
  signals: ['EMG L3 left', 'EMG L3 right'].map((label) => ({
    label,
    dimension: 'uV',
    physicalMin: -3276.8,
    physicalMax: 3276.7,
    samplesPerRecord: fs,
  })),
});

describe('EDF, EDF+ and BDF', () => {
  test.each([
    ['edf', false, 0.1, 'edf'],
    ['edf', true, 0.1, 'edf+c'],
    ['bdf', false, 0.0004, 'bdf'],
  ] as const)(
    '%s (plus %s) round-trips within one quantisation step',
    (format, plus, step, variant) => {
      const file = writeFile(
        spec(format, plus),
        signals,
        plus ? [{ onsetS: 1.5, durationS: 2, text: 'flexion' }] : [],
      );
      const h = parseEdfHeader(file);
      expect(h.ok).toBe(true);
      if (!h.ok) {
        return;
      }
      expect(h.value.variant).toBe(variant);
      const plan = planRecords(h.value, file.length, false);
      expect(plan.ok && plan.value.records).toBe(4);
      const d = decodeRecords(h.value, file.subarray(h.value.headerBytes), 0, 4);
      expect(d.ok).toBe(true);
      if (!d.ok) {
        return;
      }
      expect(d.value.signals).toHaveLength(2);
      for (let c = 0; c < 2; c++) {
        const x = signals[c] ?? new Float64Array(0);
        const y = d.value.signals[c] ?? new Float64Array(0);
        let max = 0;
        for (let i = 0; i < x.length; i++) {
          max = Math.max(max, Math.abs((x[i] ?? 0) - (y[i] ?? 0)));
        }
        expect(max).toBeLessThanOrEqual(step);
      }
      expect(d.value.recordStartsS).toEqual([0, 1, 2, 3]);
      // a stream decodes into the same arrays every block: same values, written in place
      const into = [new Float64Array(8000), new Float64Array(8000)].map((a) => a.fill(NaN));
      const reused = decodeRecords(h.value, file.subarray(h.value.headerBytes), 0, 4, into);
      expect(reused.ok && reused.value.signals).toEqual(d.value.signals);
      expect(reused.ok && reused.value.signals[0]?.buffer).toBe(into[0]?.buffer);
      if (plus) {
        expect(d.value.annotations).toEqual([{ onsetS: 1.5, durationS: 2, text: 'flexion' }]);
      }
    },
  );

  const good = writeFile(spec('edf', false), signals);
  const edit = (at: number, text: string): Uint8Array => {
    const b = Uint8Array.from(good);
    for (let i = 0; i < text.length; i++) {
      b[at + i] = text.charCodeAt(i);
    }
    return b;
  };

  test.each([
    ['a wrong version field', edit(0, '1       '), 'emg.bad_version', 'version', 0],
    [
      'a non-numeric record count',
      edit(236, 'four    '),
      'emg.not_a_number',
      'number of data records',
      236,
    ],
    ['a non-numeric signal count', edit(252, 'x   '), 'emg.not_a_number', 'number of signals', 252],
    [
      'a header size that disagrees with the signal count',
      edit(184, '1024    '),
      'emg.header_size',
      'number of header bytes',
      184,
    ],
    [
      'a zero record duration',
      edit(244, '0       '),
      'emg.bad_value',
      'duration of a data record',
      244,
    ],
  ] as const)(
    '%s is refused, naming the field and its byte offset',
    (_what, bytes, code, field, at) => {
      const h = parseEdfHeader(bytes);
      expect(h.ok).toBe(false);
      if (!h.ok) {
        expect(h.error).toMatchObject({ code, field, at });
      }
    },
  );

  test('a non-numeric physical minimum names the signal and the offset of its field', () => {
    const h = parseEdfHeader(edit(256 + 104 * 2 + 8, 'abc     '));
    expect(h.ok ? null : h.error).toMatchObject({
      code: 'emg.not_a_number',
      field: 'physical minimum of signal 2 (EMG L3 right)',
      at: 256 + 104 * 2 + 8,
    });
  });

  test('a record count that does not match the data is an error', () => {
    const h = parseEdfHeader(edit(236, '3       '));
    if (!h.ok) {
      throw new Error('header should parse');
    }
    const plan = planRecords(h.value, good.length, true);
    expect(plan.ok ? null : plan.error).toMatchObject({
      code: 'emg.record_size_mismatch',
      at: 236,
    });
  });

  test('a truncated last record says how many records were read, and they are read only when asked', () => {
    const cut = good.subarray(0, good.length - 500);
    const h = parseEdfHeader(cut);
    if (!h.ok) {
      throw new Error('header should parse');
    }
    const strict = planRecords(h.value, cut.length, false);
    expect(strict.ok).toBe(false);
    if (!strict.ok) {
      expect(strict.error.code).toBe('emg.truncated_record');
      expect(strict.error.detail).toMatch(
        /^3 complete records of 4000 bytes could be read, the header expects 4; 3500 bytes/,
      );
      expect(strict.error.at).toBe(h.value.headerBytes + 3 * 4000);
    }
    const lenient = planRecords(h.value, cut.length, true);
    expect(lenient.ok && lenient.value).toEqual({ records: 3, leftover: 3500 });
  });

  test('TALs: onset, duration, several texts, and the time-keeping TAL', () => {
    const bytes = new TextEncoder().encode(
      '+12.5\x15\x14\x14\x00+13\x152.5\x14flexion\x14full flexion\x14\x00\x00\x00',
    );
    const r = parseTals(bytes);
    expect(r.ok && r.value).toEqual([
      { onsetS: 12.5, durationS: null, text: '' },
      { onsetS: 13, durationS: 2.5, text: 'flexion' },
      { onsetS: 13, durationS: 2.5, text: 'full flexion' },
    ]);
    expect(parseTals(new TextEncoder().encode('12\x14x\x14\x00')).ok).toBe(false);
  });

  test('mutated headers and truncated bodies never throw and never hang', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
          maxLength: 12,
        }),
        fc.nat(good.length),
        (edits, cutAt) => {
          const b = Uint8Array.from(good.subarray(0, Math.max(1, cutAt)));
          for (const [at, v] of edits) {
            if (at < b.length) {
              b[at] = v;
            }
          }
          const h = parseEdfHeader(b);
          if (h.ok) {
            const plan = planRecords(h.value, b.length, true);
            if (plan.ok && plan.value.records > 0 && plan.value.records < 1000) {
              const d = decodeRecords(
                h.value,
                b.subarray(h.value.headerBytes),
                0,
                plan.value.records,
              );
              expect(typeof d.ok).toBe('boolean');
            }
          } else {
            expect(h.error.field.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('CSV', () => {
  const text = encodeCsv(['EMG 1', 'EMG 2'], fs, signals, 0, true);

  test('the sampling rate comes from the time column and values survive', () => {
    const d = new CsvDecoder();
    const parts = [d.push(text.slice(0, 12345)), d.push(text.slice(12345)), d.finish()];
    expect(d.rate).toBe(fs);
    expect(d.labels).toEqual(['EMG 1', 'EMG 2']);
    const all = parts.flatMap((p) => (p.ok ? [p.value[0] ?? new Float64Array(0)] : []));
    const n = all.reduce((s, p) => s + p.length, 0);
    expect(n).toBe(signals[0]?.length);
  });

  test('without a time column the rate must be given', () => {
    const plain = 'a,b\n1,2\n3,4\n';
    const d = new CsvDecoder();
    d.push(plain);
    const r = d.finish();
    expect(r.ok ? null : r.error.code).toBe('emg.csv_no_rate');
    const given = new CsvDecoder(500);
    const g = given.push(plain);
    expect(g.ok && g.value[1]).toEqual(Float64Array.of(2, 4));
  });

  test('a value that is not a number names the column and the line', () => {
    const d = new CsvDecoder();
    const r = d.push('time,emg\n0,1\n0.001,x\n');
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'emg.csv_bad_value',
      field: 'emg, line 3',
      at: 3,
    });
  });

  test('a row with the wrong number of columns is refused', () => {
    const r = new CsvDecoder(1000).push('a,b\n1,2,3\n');
    expect(r.ok ? null : r.error).toMatchObject({ code: 'emg.csv_columns', at: 2 });
  });

  test('time that does not increase is refused', () => {
    const r = new CsvDecoder().push('t,a\n0,1\n0,2\n');
    expect(r.ok ? null : r.error.code).toBe('emg.csv_time');
  });
});
