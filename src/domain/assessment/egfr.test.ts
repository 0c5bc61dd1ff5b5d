import { describe, expect, test } from 'vitest';
import { evidenceOf, patch, strainAda } from '../../../test/fixtures/assessments.js';
import { category } from '../evidence/index.js';
import { ckdEpi2021 } from './egfr.js';
import { parseAssessment } from './parse.js';

describe('a GFR estimated from the creatinine (CKD-EPI 2021) when no eGFR is sent', () => {
  test('the equation gives the published values: 60-year-olds with a creatinine of 1.0 mg/dL', () => {
    expect(ckdEpi2021(1.0, 60, 'male')).toBeCloseTo(86.2, 0);
    expect(ckdEpi2021(1.0, 60, 'female')).toBeCloseTo(64.6, 0);
    // below the knee of the curve only age and sex move it
    expect(ckdEpi2021(0.7, 50, 'female')).toBeCloseTo(142 * 0.9938 ** 50 * 1.012, 6);
  });

  const withCreatinine = (value: number, unit: string, more = {}) =>
    patch(strainAda, { labs: [{ loinc: '2160-0', value, unit }] }, more);

  test('a creatinine of 840 umol/L at 60, with no kidney disease known, is in the kidney-failure category', () => {
    const a = withCreatinine(840, 'umol/L', { patient: { ageYears: 60, sex: 'male' } });
    const parsed = parseAssessment(a);
    expect(parsed.ok && parsed.value.labs.byAnalyte.egfr?.estimatedFrom).toBe('creatinine');
    expect(category(evidenceOf(a), 'lab:egfr')).toBe('failure');
  });

  test('an eGFR sent with the creatinine is the one judged; a child or an unrecorded sex gets no estimate', () => {
    const sent = patch(withCreatinine(840, 'umol/L'), {
      labs: [{ loinc: '98979-8', value: 40, unit: 'mL/min/{1.73_m2}' }],
    });
    expect(category(evidenceOf(sent), 'lab:egfr')).toBe('reduced');
    const child = withCreatinine(840, 'umol/L', { patient: { ageYears: 12 } });
    expect(category(evidenceOf(child), 'lab:egfr')).toBeUndefined();
    const other = withCreatinine(840, 'umol/L', { patient: { sex: 'other' } });
    expect(category(evidenceOf(other), 'lab:egfr')).toBeUndefined();
  });
});
