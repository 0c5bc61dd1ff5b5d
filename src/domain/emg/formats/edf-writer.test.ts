import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { synthesize } from '../synth.js';
import { edfBytes, edfSpec, emgSignal } from '../../../../test/fixtures/emg-recordings.js';
import { encodeHeader, headerNumber, type WriteSpec } from './edf-writer.js';

/**
 * An independent EDF/BDF reader, written from the specification (edfplus.info) and sharing no code
 * with ours: ASCII fields read as Latin-1, numbers parsed as plain decimals the way EDFlib parses them
 * (no exponent), samples scaled with the numbers as written.
 */
function readIndependently(file: Uint8Array): {
  fields: Record<string, string>;
  numbers: Record<string, number>;
  signals: {
    label: string;
    physicalMin: number;
    physicalMax: number;
    digitalMin: number;
    digitalMax: number;
    samplesPerRecord: number;
  }[];
  samples: number[][];
} {
  const text = (from: number, len: number): string =>
    Array.from(file.subarray(from, from + len), (b) => String.fromCharCode(b)).join('');
  const decimal = (raw: string, name: string): number => {
    // left-justified and space-padded: no leading spaces, nothing after the first space
    if (!/^[+-]?\d+(\.\d+)?\s*$/.test(raw)) {
      throw new Error(`${name}: "${raw}" is not a plain decimal as EDF readers expect`);
    }
    return parseFloat(raw);
  };
  const fields: Record<string, string> = {};
  const numbers: Record<string, number> = {};
  for (const [name, at, len] of [
    ['headerBytes', 184, 8],
    ['numRecords', 236, 8],
    ['recordDurationS', 244, 8],
    ['ns', 252, 4],
  ] as const) {
    fields[name] = text(at, len);
    numbers[name] = decimal(text(at, len), name);
  }
  const ns = numbers.ns ?? 0;
  const bdf = file[0] === 0xff;
  const bps = bdf ? 3 : 2;
  const perSignal = (offset: number, len: number, i: number): string =>
    text(256 + offset * ns + len * i, len);
  const signals = Array.from({ length: ns }, (_, i) => ({
    label: perSignal(0, 16, i).trim(),
    physicalMin: decimal(perSignal(104, 8, i), `physical minimum ${i}`),
    physicalMax: decimal(perSignal(112, 8, i), `physical maximum ${i}`),
    digitalMin: decimal(perSignal(120, 8, i), `digital minimum ${i}`),
    digitalMax: decimal(perSignal(128, 8, i), `digital maximum ${i}`),
    samplesPerRecord: decimal(perSignal(216, 8, i), `samples per record ${i}`),
  }));
  const samples = signals.map(() => [] as number[]);
  let at = numbers.headerBytes ?? 0;
  for (let r = 0; r < (numbers.numRecords ?? 0); r++) {
    signals.forEach((s, i) => {
      const gain = (s.physicalMax - s.physicalMin) / (s.digitalMax - s.digitalMin);
      for (let k = 0; k < s.samplesPerRecord; k++) {
        let d = 0;
        for (let b = 0; b < bps; b++) {
          d += (file[at + b] ?? 0) * 256 ** b;
        }
        const signBit = 2 ** (8 * bps - 1);
        d = d >= signBit ? d - 2 * signBit : d;
        samples[i]?.push(s.physicalMin + (d - s.digitalMin) * gain);
        at += bps;
      }
    });
  }
  return { fields, numbers, signals, samples };
}

/** One EMG signal of ten samples, with the physical range given. */
const oneSignal = (physicalMin: number, physicalMax: number): WriteSpec =>
  edfSpec([{ ...emgSignal('EMG', 10), physicalMin, physicalMax }], 1);

describe('header numbers', () => {
  test.each([
    [3276.8 - 0.1, 8, '3276.7'],
    [-3276.8, 8, '-3276.8'],
    [0.1 + 0.2, 8, '0.3'],
    [1234.56789, 8, '1234.568'],
    [-8388608, 8, '-8388608'],
    [2000, 8, '2000'],
    [0.000125, 8, '0.000125'],
    [12, 4, '12'],
  ])('%d is written as the shortest text that fits (%i characters): %s', (x, width, text) => {
    expect(headerNumber(x, width)?.text).toBe(text);
  });

  test('a number whose integer part does not fit, or that is not finite, cannot be written', () => {
    expect(headerNumber(123456789, 8)).toBeNull();
    expect(headerNumber(-1e300, 8)).toBeNull();
    expect(headerNumber(Infinity, 8)).toBeNull();
    expect(headerNumber(NaN, 8)).toBeNull();
  });

  test('whatever the number, the text fits, is a plain decimal, and reads back as the value reported', () => {
    fc.assert(
      fc.property(fc.double({ min: -9_999_999, max: 99_999_999, noNaN: true }), (x) => {
        const n = headerNumber(x, 8);
        if (n === null) {
          return;
        }
        expect(n.text.length).toBeLessThanOrEqual(8);
        expect(n.text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(n.text)).toBe(n.value);
        // the most precise that fits: never further from x than half the last digit written
        const decimals = n.text.split('.')[1]?.length ?? 0;
        expect(Math.abs(n.value - x)).toBeLessThanOrEqual(0.5 * 10 ** -decimals * (1 + 1e-9));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('files written by Tonus, read by an independent reader', () => {
  const fs = 2000;
  const { signals } = synthesize({
    seed: 9,
    fs,
    durationS: 3,
    channels: 2,
    bursts: { count: 1, snrDb: 20, durationS: [0.5, 1], minGapS: 0.5 },
  });
  // the ranges of `tonus emg synth` (±3276.8 µV less a step, 3276.7000000000003 in floating point), and
  // ranges whose numbers need rounding to fit eight characters
  const cases = [
    ['edf', -3276.8, 3276.8 - 0.1],
    ['bdf', -3276.8, 3276.8],
    ['edf', -1234.56789, 1234.56789],
    ['bdf', -0.1 - 0.2, 0.1 + 0.2],
  ] as const;

  test.each(cases)(
    '%s with physical range %d…%d: every numeric header field reads back as written and samples round-trip within one digital step',
    (format, physicalMin, physicalMax) => {
      const bounded = signals.map((x) =>
        x.map((v) => Math.max(physicalMin, Math.min(physicalMax, v))),
      );
      const spec = edfSpec(
        ['EMG L3 left', 'EMG L3 right'].map((label) => ({
          ...emgSignal(label, 1000),
          physicalMin,
          physicalMax,
        })),
        6,
        { format, recordDurationS: 0.5 },
      );
      const file = edfBytes(spec, bounded);
      const read = readIndependently(file);
      expect(read.numbers).toEqual({
        headerBytes: 256 * 3,
        numRecords: 6,
        recordDurationS: 0.5,
        ns: 2,
      });
      const digital = format === 'edf' ? [-32768, 32767] : [-8388608, 8388607];
      for (const s of read.signals) {
        // the value written is the value the samples were scaled with: the closest eight characters hold
        expect(s.physicalMin).toBe(headerNumber(physicalMin, 8)?.value);
        expect(s.physicalMax).toBe(headerNumber(physicalMax, 8)?.value);
        expect(Math.abs(s.physicalMax - physicalMax)).toBeLessThan(1e-3);
        expect([s.digitalMin, s.digitalMax]).toEqual(digital);
        expect(s.samplesPerRecord).toBe(1000);
      }
      read.signals.forEach((s, i) => {
        const step = (s.physicalMax - s.physicalMin) / (s.digitalMax - s.digitalMin);
        const want = bounded[i] ?? new Float64Array(0);
        const got = read.samples[i] ?? [];
        expect(got).toHaveLength(want.length);
        let worst = 0;
        want.forEach((v, k) => {
          worst = Math.max(worst, Math.abs(v - (got[k] ?? NaN)));
        });
        expect(worst).toBeLessThanOrEqual(step);
      });
    },
  );

  test('the old fault stays fixed: a physical maximum of 3276.7000000000003 is not written as 3.3e+3', () => {
    const header = encodeHeader(oneSignal(-3276.8, 3276.8 - 0.1));
    const text = String.fromCharCode(...header.subarray(256 + 112, 256 + 120));
    expect(text).toBe('3276.7  ');
  });

  test('a range that cannot be written is refused, not written wrong', () => {
    expect(() => encodeHeader(oneSignal(-1e300, 1e300))).toThrow(RangeError);
  });
});
