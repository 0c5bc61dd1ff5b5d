import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { albuminCorrectedCalcium, normalizeLabs } from './labs.js';

const one = (loinc: string, value: number, unit: string) => {
  const r = normalizeLabs([{ loinc, value, unit }]);
  if (!r.ok) {
    throw new Error(JSON.stringify(r.issues));
  }
  return r.value;
};

describe('laboratory units', () => {
  test('potassium in meq/L equals mmol/L', () => {
    expect(one('2823-3', 3.1, 'meq/L').byAnalyte.potassium?.value).toBe(3.1);
  });

  test('magnesium 2.431 mg/dL is 1 mmol/L, and 2 meq/L is 1 mmol/L', () => {
    expect(one('19123-9', 2.431, 'mg/dL').byAnalyte.magnesium?.value).toBeCloseTo(1, 10);
    expect(one('19123-9', 2, 'meq/L').byAnalyte.magnesium?.value).toBeCloseTo(1, 10);
  });

  test('a molar magnesium result under the mass code is accepted as is', () => {
    expect(one('19123-9', 0.6, 'mmol/L').byAnalyte.magnesium?.value).toBe(0.6);
  });

  test('calcium 8.016 mg/dL is 2 mmol/L', () => {
    expect(one('17861-6', 8.016, 'mg/dL').byAnalyte.calcium_total?.value).toBeCloseTo(2, 10);
  });

  test('albumin 40 g/L is 4 g/dL', () => {
    expect(one('1751-7', 40, 'g/L').byAnalyte.albumin?.value).toBeCloseTo(4, 10);
  });

  test('creatinine 1 mg/dL is 88.4 umol/L', () => {
    expect(one('2160-0', 1, 'mg/dL').byAnalyte.creatinine?.value).toBeCloseTo(88.4, 10);
  });

  test('glucose 180.2 mg/dL is 10 mmol/L', () => {
    expect(one('2345-7', 180.2, 'mg/dL').byAnalyte.glucose?.value).toBeCloseTo(10, 10);
  });

  test('cortisol 1 ug/dL is 27.59 nmol/L', () => {
    expect(one('9813-7', 1, 'ug/dL').byAnalyte.cortisol?.value).toBeCloseTo(27.59, 10);
  });

  test('ceruloplasmin 0.2 g/L is 20 mg/dL', () => {
    expect(one('2064-4', 0.2, 'g/L').byAnalyte.ceruloplasmin?.value).toBeCloseTo(20, 10);
  });

  test('CK and ALT in ukat/L: 1 ukat/L is 60 U/L', () => {
    expect(one('2157-6', 400, 'ukat/L').byAnalyte.creatine_kinase?.value).toBe(24000);
    expect(one('1742-6', 1.5, 'ukat/L').byAnalyte.alt?.value).toBe(90);
  });

  test('HbA1c in IFCC mmol/mol reads on the NGSP % scale by the master equation: 48 mmol/mol is the 6.5 % diabetes line', () => {
    expect(one('59261-8', 48, 'mmol/mol').byAnalyte.hba1c?.value).toBeCloseTo(6.542, 3);
    // laboratories send the IFCC value under the usual code too
    expect(one('4548-4', 31, 'mmol/mol').byAnalyte.hba1c?.value).toBeCloseTo(4.99, 2);
    expect(one('4548-4', 6.5, '%').byAnalyte.hba1c?.value).toBe(6.5);
    expect(normalizeLabs([{ loinc: '2345-7', value: 48, unit: 'mmol/mol' }]).ok).toBe(false);
  });

  test('an implausible HbA1c in mmol/mol is refused with the limits in mmol/mol', () => {
    const r = normalizeLabs([{ loinc: '59261-8', value: 400, unit: 'mmol/mol' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const params = r.issues[0]?.params as { min: number; max: number };
      expect(r.issues[0]?.code).toBe('input.lab_value_implausible');
      // 2.5 % and 25 % on the IFCC scale
      expect(params.min).toBeCloseTo(3.83, 2);
      expect(params.max).toBeCloseTo(249.7, 1);
    }
  });

  test('a litre written in lower case, as UCUM also allows, is read as the capital one', () => {
    expect(one('2823-3', 3.1, 'mmol/l').byAnalyte.potassium?.value).toBe(3.1);
    expect(one('17861-6', 8.016, 'mg/dl').byAnalyte.calcium_total?.value).toBeCloseTo(2, 10);
    expect(one('2157-6', 300, 'U/l').byAnalyte.creatine_kinase?.value).toBe(300);
    const r = normalizeLabs([{ loinc: '2823-3', value: 4, unit: 'g/dl' }]);
    expect(r.ok).toBe(false);
  });

  test('a unit that cannot measure the analyte is rejected, naming the field', () => {
    const r = normalizeLabs([{ loinc: '2823-3', value: 4, unit: 'g/dL' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({
        code: 'input.unit_not_convertible',
        path: ['labs', 0, 'unit'],
      });
    }
  });

  test('an unknown LOINC code is rejected', () => {
    const r = normalizeLabs([{ loinc: '2507-2', value: 80, unit: 'ug/dL' }]);
    expect(r.ok ? null : r.issues[0]?.code).toBe('input.unknown_loinc');
  });

  test('a value no living patient can have is rejected', () => {
    const r = normalizeLabs([{ loinc: '2823-3', value: 40, unit: 'mmol/L' }]);
    expect(r.ok ? null : r.issues[0]?.code).toBe('input.lab_value_implausible');
  });

  test('the laboratory reference range sent with a result is preferred over the fallback', () => {
    const r = normalizeLabs([
      { loinc: '2823-3', value: 3.4, unit: 'mmol/L', referenceRange: { low: 3.3, high: 5.1 } },
    ]);
    expect(r.ok && r.value.byAnalyte.potassium).toMatchObject({
      low: 3.3,
      rangeFrom: 'laboratory',
    });
  });

  test('round-trip conversions agree for any value', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 4, noNaN: true }), (mmol) => {
        const viaMg = one('19123-9', mmol * 2.431, 'mg/dL').byAnalyte.magnesium?.value ?? NaN;
        expect(viaMg).toBeCloseTo(mmol, 9);
      }),
    );
  });
});

describe('calcium', () => {
  test('albumin correction adds 0.8 mg/dL per g/dL of albumin below 4', () => {
    const corrected = albuminCorrectedCalcium(8 / 4.008, 3);
    expect(corrected * 4.008).toBeCloseTo(8.8, 10);
  });

  test('total calcium is judged on the albumin-corrected value when albumin is known', () => {
    const r = normalizeLabs([
      { loinc: '17861-6', value: 8.0, unit: 'mg/dL' },
      { loinc: '1751-7', value: 2.5, unit: 'g/dL' },
    ]);
    expect(r.ok && r.value.calcium?.basis).toBe('albumin_corrected');
    expect(r.ok ? (r.value.calcium?.value ?? 0) * 4.008 : 0).toBeCloseTo(9.2, 10);
  });

  test('ionized calcium is preferred over total calcium when both are present', () => {
    const r = normalizeLabs([
      { loinc: '17861-6', value: 9.0, unit: 'mg/dL' },
      { loinc: '1751-7', value: 4.0, unit: 'g/dL' },
      { loinc: '1994-3', value: 0.95, unit: 'mmol/L' },
    ]);
    expect(r.ok && r.value.calcium).toMatchObject({ basis: 'ionized', value: 0.95 });
  });

  test('without albumin the uncorrected total is used and says so', () => {
    const r = normalizeLabs([{ loinc: '2000-8', value: 2.3, unit: 'mmol/L' }]);
    expect(r.ok && r.value.calcium?.basis).toBe('total_uncorrected');
  });

  test('of two potassium results, the critical one decides whichever order they are listed in', () => {
    for (const values of [
      [2.1, 4.5],
      [4.5, 2.1],
    ]) {
      const r = normalizeLabs(values.map((value) => ({ loinc: '2823-3', value, unit: 'mmol/L' })));
      expect(r.ok && r.value.byAnalyte.potassium?.value).toBe(2.1);
    }
  });

  test('of two results both in range, the later one listed is kept', () => {
    const r = normalizeLabs([
      { loinc: '2823-3', value: 3.9, unit: 'mmol/L' },
      { loinc: '2823-3', value: 4.4, unit: 'mmol/L' },
    ]);
    expect(r.ok && r.value.byAnalyte.potassium?.value).toBe(4.4);
  });

  test('of two albumins, the higher is kept, so corrected calcium cannot hide a low calcium', () => {
    const total = { loinc: '17861-6', value: 7.0, unit: 'mg/dL' };
    for (const albumins of [
      [2.0, 4.0],
      [4.0, 2.0],
    ]) {
      const r = normalizeLabs([
        total,
        ...albumins.map((value) => ({ loinc: '1751-7', value, unit: 'g/dL' })),
      ]);
      expect(r.ok && r.value.byAnalyte.albumin?.value).toBe(4.0);
      // 7.0 mg/dL corrected with albumin 4.0 stays 7.0 mg/dL: low
      expect(r.ok ? (r.value.calcium?.value ?? 0) * 4.008 : 0).toBeCloseTo(7.0, 10);
    }
  });
});
