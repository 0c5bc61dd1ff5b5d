import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  butter,
  iirnotch,
  sosfilt,
  sosfiltfilt,
  sosfiltZi,
  welch,
  type BandType,
} from './index.js';

// golden vectors written by bench/emg/oracle.py with numpy/scipy; no Python is needed here
interface Design {
  order: number;
  cutoffHz: number | [number, number];
  type: BandType;
  fs: number;
  sos: number[];
  zi: number[];
}
interface Notch {
  w0: number;
  q: number;
  fs: number;
  sos: number[];
}
interface WelchCase {
  nperseg: number;
  noverlap: number | null;
  freqs: number[];
  psd: number[];
}
const load = (name: string): any => JSON.parse(readFileSync(`bench/emg/golden/${name}`, 'utf8'));
const design = load('design.json') as { butter: Design[]; notch: Notch[] };
const filter = load('filter.json');
const spectra = load('welch.json') as { fs: number; x: number[]; spectra: WelchCase[] };

/** Largest |a − b| relative to the largest |b|. */
function relErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let max = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    max = Math.max(max, Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)));
    scale = Math.max(scale, Math.abs(b[i] ?? 0));
  }
  return max / scale;
}

function maxAbs(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < b.length; i++) {
    max = Math.max(max, Math.abs((a[i] ?? NaN) - (b[i] ?? NaN)));
  }
  return max;
}

describe('matches scipy', () => {
  test.each(
    design.butter.map((d: any) => [
      `${d.type} N=${d.order} ${JSON.stringify(d.cutoffHz)} Hz at ${d.fs} Hz`,
      d,
    ]),
  )('butter %s gives the same sections', (_name, d: any) => {
    const sos = butter({
      order: d.order,
      cutoffHz: d.cutoffHz,
      type: d.type as BandType,
      fs: d.fs,
    });
    expect(sos.length).toBe(d.sos.length);
    expect(relErr(sos, d.sos)).toBeLessThan(1e-12);
    expect(relErr(sosfiltZi(Float64Array.from(d.sos)), d.zi)).toBeLessThan(1e-12);
  });

  test.each(design.notch.map((n: any) => [`${n.w0} Hz Q ${n.q} at ${n.fs} Hz`, n]))(
    'iirnotch %s',
    (_name, n: any) => {
      expect(relErr(iirnotch(n.w0, n.q, n.fs), n.sos)).toBeLessThan(1e-14);
    },
  );

  test('sosfilt with scipy coefficients is bit-identical, and within 1e-12 with ours', () => {
    const sos = Float64Array.from(filter.bandpass.sos);
    expect(maxAbs(sosfilt(sos, filter.x).y, filter.bandpass.sosfilt)).toBe(0);
    expect(
      maxAbs(sosfilt(Float64Array.from(filter.notch.sos), filter.x).y, filter.notch.sosfilt),
    ).toBe(0);
    const ours = butter({ order: 2, cutoffHz: [20, 450], type: 'bandpass', fs: filter.fs });
    expect(relErr(sosfilt(ours, filter.x).y, filter.bandpass.sosfilt)).toBeLessThan(1e-12);
  });

  test('sosfiltfilt agrees within 1e-9 everywhere, edges included', () => {
    expect(
      relErr(
        sosfiltfilt(Float64Array.from(filter.bandpass.sos), filter.x),
        filter.bandpass.sosfiltfilt,
      ),
    ).toBeLessThan(1e-9);
    expect(
      relErr(sosfiltfilt(Float64Array.from(filter.notch.sos), filter.x), filter.notch.sosfiltfilt),
    ).toBeLessThan(1e-9);
    const rectified = (filter.x as number[]).map(Math.abs);
    expect(
      relErr(
        sosfiltfilt(Float64Array.from(filter.envelope.sos), rectified),
        filter.envelope.sosfiltfilt,
      ),
    ).toBeLessThan(1e-9);
  });

  test.each(spectra.spectra.map((s: any) => [s.nperseg, s.noverlap ?? 'default', s]))(
    'welch nperseg %i overlap %s within 1e-9 relative',
    (_n, _o, s: any) => {
      const r = welch(spectra.x, {
        fs: spectra.fs,
        nperseg: s.nperseg,
        ...(s.noverlap === null ? {} : { noverlap: s.noverlap }),
      });
      expect(relErr(r.freqs, s.freqs)).toBeLessThan(1e-12);
      for (let k = 0; k < s.psd.length; k++) {
        expect(
          Math.abs((r.psd[k] ?? 0) - s.psd[k]) / Math.max(Math.abs(s.psd[k]), 1e-300),
        ).toBeLessThan(1e-9);
      }
    },
  );
});
