import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { edfBytes, edfSpec, emgSignal } from '../../../../test/fixtures/emg-recordings.js';
import { synthesize } from '../synth.js';
import {
  CsvDecoder,
  decodeRecords,
  MAX_CSV_LINE,
  microvoltsPerUnit,
  encodeCsv,
  parseEdfHeader,
  parseTals,
  planRecords,
  type WriteSpec,
} from './index.js';

const fs = 1000;
const { signals } = synthesize({
  seed: 5,
  fs,
  durationS: 4,
  channels: 2,
  bursts: { count: 2, snrDb: 20, durationS: [0.3, 0.5], minGapS: 0.5 },
});
const spec = (format: 'edf' | 'bdf', plus: boolean): WriteSpec =>
  edfSpec(
    ['EMG L3 left', 'EMG L3 right'].map((label) => emgSignal(label, fs)),
    4,
    { format, plus },
  );

describe('EDF, EDF+ and BDF', () => {
  test.each([
    ['edf', false, 0.1, 'edf'],
    ['edf', true, 0.1, 'edf+c'],
    ['bdf', false, 0.0004, 'bdf'],
  ] as const)(
    '%s (plus %s) round-trips within one quantisation step',
    (format, plus, step, variant) => {
      const file = edfBytes(
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

  const good = edfBytes(spec('edf', false), signals);
  const edit = (at: number, text: string): Uint8Array => {
    const b = Uint8Array.from(good);
    for (let i = 0; i < text.length; i++) {
      b[at + i] = text.charCodeAt(i);
    }
    return b;
  };

  test.each([
    ['a wrong version field', edit(0, '1       '), 'emg.bad_version', ['header', 'version'], 0],
    [
      'a non-numeric record count',
      edit(236, 'four    '),
      'emg.not_a_number',
      ['header', 'numberOfDataRecords'],
      236,
    ],
    [
      'a non-numeric signal count',
      edit(252, 'x   '),
      'emg.not_a_number',
      ['header', 'numberOfSignals'],
      252,
    ],
    [
      'a header size that disagrees with the signal count',
      edit(184, '1024    '),
      'emg.header_size',
      ['header', 'numberOfHeaderBytes'],
      184,
    ],
    [
      'a zero record duration',
      edit(244, '0       '),
      'emg.record_duration_not_positive',
      ['header', 'durationOfDataRecord'],
      244,
    ],
    [
      'a record duration of a microsecond (1000 samples each: 1 GHz)',
      edit(244, '1e-6    '),
      'emg.rate_too_high',
      ['header', 'durationOfDataRecord'],
      244,
    ],
    [
      'a number beyond the largest',
      edit(244, '1e309   '),
      'emg.number_overflow',
      ['header', 'durationOfDataRecord'],
      244,
    ],
  ] as const)(
    '%s is refused, naming the field and its byte offset',
    (_what, bytes, code, path, byte) => {
      const h = parseEdfHeader(bytes);
      expect(h.ok).toBe(false);
      if (!h.ok) {
        expect(h.issues[0]).toMatchObject({ code, path, params: { byte } });
      }
    },
  );

  test('a non-numeric physical minimum names the signal, its label and the offset of its field', () => {
    const h = parseEdfHeader(edit(256 + 104 * 2 + 8, 'abc     '));
    expect(h.ok ? null : h.issues[0]).toMatchObject({
      code: 'emg.not_a_number',
      path: ['signals', 1, 'physicalMinimum'],
      params: { byte: 256 + 104 * 2 + 8, label: 'EMG L3 right', value: 'abc' },
    });
  });

  test('the physical dimension gives µV per unit; an unknown one is left for the reader to assume', () => {
    expect(microvoltsPerUnit('uV')).toBe(1);
    expect(microvoltsPerUnit('µV')).toBe(1);
    expect(microvoltsPerUnit('mV')).toBe(1000);
    expect(microvoltsPerUnit('V')).toBe(1e6);
    expect(microvoltsPerUnit('Boolean')).toBeNull();
    expect(microvoltsPerUnit('')).toBeNull();
  });

  test('a record count that does not match the data is an error', () => {
    const h = parseEdfHeader(edit(236, '3       '));
    if (!h.ok) {
      throw new Error('header should parse');
    }
    const plan = planRecords(h.value, good.length, true);
    expect(plan.ok ? null : plan.issues[0]).toMatchObject({
      code: 'emg.record_size_mismatch',
      params: { byte: 236 },
    });
  });

  test('a file with no data record has nothing to analyse, and says so', () => {
    const h = parseEdfHeader(edit(236, '0       '));
    if (!h.ok) {
      throw new Error('header should parse');
    }
    const plan = planRecords(h.value, h.value.headerBytes, false);
    expect(plan.ok ? null : plan.issues[0]).toMatchObject({
      code: 'emg.no_records',
      path: ['header', 'numberOfDataRecords'],
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
      expect(strict.issues[0]).toMatchObject({
        code: 'emg.truncated_record',
        params: {
          complete: 3,
          recordBytes: 4000,
          expected: 4,
          leftover: 3500,
          byte: h.value.headerBytes + 3 * 4000,
        },
      });
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
            expect(h.issues[0]?.path.length).toBeGreaterThan(0);
            expect(typeof h.issues[0]?.params?.byte).toBe('number');
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
    expect(r.ok ? null : r.issues[0]?.code).toBe('emg.csv_no_rate');
    const given = new CsvDecoder(500);
    const g = given.push(plain);
    expect(g.ok && g.value[1]).toEqual(Float64Array.of(2, 4));
  });

  test('a value that is not a number names the column and the line', () => {
    const d = new CsvDecoder();
    const r = d.push('time,emg\n0,1\n0.001,x\n');
    expect(r.ok ? null : r.issues[0]).toMatchObject({
      code: 'emg.csv_bad_value',
      path: ['rows', 3, 'emg'],
      params: { line: 3, column: 'emg', value: 'x' },
    });
  });

  test('a sample no EMG can have is refused, as one would make every sum of squares infinite', () => {
    for (const value of ['1e308', '1e309', '-2e7']) {
      const r = new CsvDecoder(1000).push(`emg\n1\n${value}\n`);
      expect(r.ok ? null : r.issues[0]).toMatchObject({
        code: 'emg.sample_implausible',
        path: ['rows', 3, 'emg'],
        params: { value },
      });
    }
  });

  test('a first row of numbers is data, not a header: refused, not analysed as channels named by numbers', () => {
    const r = new CsvDecoder(1000).push('0.000,12.5,3\n0.001,11,4\n');
    expect(r.ok ? null : r.issues[0]).toMatchObject({
      code: 'emg.csv_no_header',
      path: ['rows', 1],
    });
  });

  test('a header without rows, and an empty file, say so', () => {
    const h = new CsvDecoder(1000);
    h.push('time_s,emg\n');
    expect(h.finish()).toMatchObject({ ok: false, issues: [{ code: 'emg.csv_no_data' }] });
    expect(new CsvDecoder(1000).finish()).toMatchObject({
      ok: false,
      issues: [{ code: 'emg.csv_empty' }],
    });
  });

  test('a rate given alongside a time column must agree with it', () => {
    const text =
      'time_s,emg\n' +
      Array.from({ length: 300 }, (_, i) => `${(i / 2000).toFixed(6)},1`).join('\n');
    const conflict = new CsvDecoder(500);
    const r = conflict.push(text);
    const f = r.ok ? conflict.finish() : r;
    expect(f.ok ? null : f.issues[0]).toMatchObject({
      code: 'emg.csv_rate_conflict',
      params: { given: 500, fromTime: 2000 },
    });
    const agree = new CsvDecoder(2000);
    agree.push(text);
    expect(agree.finish().ok).toBe(true);
    expect(agree.rate).toBe(2000);
  });

  test('a line without a break is refused once it passes the bound, not gathered without end', () => {
    const d = new CsvDecoder(1000);
    const chunk = '1'.repeat(64 * 1024);
    let r = d.push('emg\n');
    for (let i = 0; i < 20 && r.ok; i++) {
      r = d.push(chunk);
    }
    expect(r.ok ? null : r.issues[0]).toMatchObject({
      code: 'emg.csv_line_too_long',
      params: { line: 2, max: MAX_CSV_LINE },
    });
  });

  test('a row with the wrong number of columns is refused', () => {
    const r = new CsvDecoder(1000).push('a,b\n1,2,3\n');
    expect(r.ok ? null : r.issues[0]).toMatchObject({ code: 'emg.csv_columns', path: ['rows', 2] });
  });

  test('time that does not increase is refused', () => {
    const r = new CsvDecoder().push('t,a\n0,1\n0,2\n');
    expect(r.ok ? null : r.issues[0]?.code).toBe('emg.csv_time_not_increasing');
  });
});
