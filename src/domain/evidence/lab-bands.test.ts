import { describe, expect, test } from 'vitest';
import type { NormalizedLab } from '../assessment/index.js';
import { bandOf, LAB_BANDS } from './lab-bands.js';

const lab = (value: number, limits: { low?: number; high?: number } = {}): NormalizedLab =>
  ({ loinc: 'x', analyte: 'potassium', value, unit: 'mmol/L', ...limits }) as NormalizedLab;

describe('lab bands', () => {
  test.each([
    [2.4, 'severe_low'],
    [3.0, 'low'],
    [4.0, 'normal'],
    [5.6, 'high'],
  ] as const)('potassium %d mmol/L is %s', (value, band) => {
    expect(bandOf(lab(value, { low: 3.5, high: 5.0 }), LAB_BANDS['lab:potassium'])).toBe(band);
  });

  test('eGFR uses the laboratory limit, and 60 only when the laboratory sent none', () => {
    expect(bandOf(lab(55), LAB_BANDS['lab:egfr'])).toBe('reduced');
    expect(bandOf(lab(55, { low: 50 }), LAB_BANDS['lab:egfr'])).toBe('normal');
    expect(bandOf(lab(14), LAB_BANDS['lab:egfr'])).toBe('failure');
  });

  test('ACTH is high only above twice the upper reference limit', () => {
    expect(bandOf(lab(101, { high: 50 }), LAB_BANDS['lab:acth'])).toBe('high');
    expect(bandOf(lab(99, { high: 50 }), LAB_BANDS['lab:acth'])).toBe('normal');
  });

  test('morning cortisol between the low and adequate thresholds is indeterminate', () => {
    expect(bandOf(lab(50), LAB_BANDS['lab:cortisol'])).toBe('low');
    expect(bandOf(lab(300), LAB_BANDS['lab:cortisol'])).toBe('indeterminate');
    expect(bandOf(lab(500), LAB_BANDS['lab:cortisol'])).toBe('normal');
  });

  test('a band whose laboratory limit is missing never holds: unknown is not abnormal', () => {
    expect(bandOf(lab(9999), LAB_BANDS['lab:alt'])).toBe('normal');
    expect(bandOf(lab(0.001), LAB_BANDS['lab:b12'])).toBe('normal');
  });

  test('every banding has a source', () => {
    for (const banding of Object.values(LAB_BANDS)) {
      expect(banding.sourceIds.length).toBeGreaterThan(0);
    }
  });
});
