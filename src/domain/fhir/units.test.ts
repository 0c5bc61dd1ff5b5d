import ucum from '@lhncbc/ucum-lhc';
import { describe, expect, test } from 'vitest';
import { ANALYTE_DEFS } from '../kb/index.js';
import { knownUcumCodes, ucumCodeOf } from './units.js';

const utils = ucum.UcumLhcUtils.getInstance();

describe('UCUM codes of laboratory units', () => {
  test.each(knownUcumCodes())('%s is a valid UCUM code', (code) => {
    expect(utils.validateUnitString(code).status).toBe('valid');
  });

  test('every unit a laboratory result may be entered in has a UCUM code', () => {
    const units = Object.values(ANALYTE_DEFS).flatMap((d) => Object.keys(d.units));
    expect(units.filter((u) => ucumCodeOf(u) === undefined)).toEqual([]);
  });

  test('the spellings laboratories send get their UCUM form', () => {
    expect(ucumCodeOf('mEq/L')).toBe('meq/L');
    expect(ucumCodeOf('mcg/dL')).toBe('ug/dL');
    expect(ucumCodeOf('mIU/L')).toBe('m[IU]/L');
  });

  test('a unit that is no UCUM code and no known spelling gets no code', () => {
    expect(ucumCodeOf('mEq/dL')).toBeUndefined();
    expect(utils.validateUnitString('mEq/L').status).not.toBe('valid');
  });
});
