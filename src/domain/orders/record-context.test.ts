/**
 * @module The order check's patient context joined with the record: a medication or condition the record
 * knows is never dropped because the form left it out, kidney and liver are taken at their worse, and what
 * the form says of the patient and the course stands. Checked with the check itself: tizanidine with
 * ciprofloxacin is a hard stop whichever side names the ciprofloxacin.
 */
import { describe, expect, test } from 'vitest';
import { checkOrder } from './check.js';
import { withRecord } from './record-context.js';
import type { OrderCheckRequest, OrderContext } from './schema.js';

const FORM: OrderContext = { ageYears: 58, sex: 'female', conditions: [], medications: [] };

const TIZANIDINE: OrderCheckRequest['order'] = {
  drug: 'tizanidine',
  action: 'start',
  route: 'oral',
  dose: { value: 4, unit: 'mg' },
  dosesPerDay: 3,
  indication: 'spasticity',
  orderDate: '2026-11-25',
};

describe('the context an order is checked with', () => {
  test('keeps every medication and condition of the form and adds those only the record names', () => {
    const joined = withRecord(
      { ...FORM, conditions: ['multiple_sclerosis'], medications: ['baclofen'] },
      {
        ...FORM,
        conditions: ['multiple_sclerosis', 'chronic_kidney_disease'],
        medications: ['ciprofloxacin'],
      },
    );
    expect(joined.conditions).toEqual(['multiple_sclerosis', 'chronic_kidney_disease']);
    expect(joined.medications).toEqual(['baclofen', 'ciprofloxacin']);
  });

  test('a hard stop the record would raise is raised though the form left the interacting drug out', () => {
    const alone = checkOrder({ order: TIZANIDINE, patient: FORM });
    expect(alone.blocked).toBe(false);
    const joined = checkOrder({
      order: TIZANIDINE,
      patient: withRecord(FORM, { ...FORM, medications: ['ciprofloxacin'] }),
    });
    expect(joined.blocked).toBe(true);
  });

  test('takes the lower kidney function and the worse liver of the two', () => {
    expect(withRecord({ ...FORM, crclMlMin: 80 }, { ...FORM, crclMlMin: 25 }).crclMlMin).toBe(25);
    expect(withRecord({ ...FORM, crclMlMin: 25 }, { ...FORM, crclMlMin: 80 }).crclMlMin).toBe(25);
    expect(withRecord(FORM, { ...FORM, crclMlMin: 40 }).crclMlMin).toBe(40);
    expect(
      withRecord({ ...FORM, hepatic: 'none' }, { ...FORM, hepatic: 'impairment' }).hepatic,
    ).toBe('impairment');
    expect(
      withRecord({ ...FORM, hepatic: 'severe_insufficiency' }, { ...FORM, hepatic: 'impairment' })
        .hepatic,
    ).toBe('severe_insufficiency');
    expect(withRecord(FORM, FORM)).not.toHaveProperty('hepatic');
  });

  test("keeps the form's age, sex, course and liver-tests answer; the record fills only what the form lacks", () => {
    const joined = withRecord(
      { ...FORM, ageYears: 30, liverTestsOnFile: false, treatmentStartDate: '2026-10-01' },
      { ageYears: 80, sex: 'male', conditions: [], medications: [], liverTestsOnFile: true },
    );
    expect(joined).toMatchObject({
      ageYears: 30,
      sex: 'female',
      liverTestsOnFile: false,
      treatmentStartDate: '2026-10-01',
    });
    expect(withRecord({ ageYears: 30, conditions: [], medications: [] }, { ...FORM }).sex).toBe(
      'female',
    );
  });

  test('a warning flag either side sets stays set', () => {
    expect(
      withRecord(
        { ...FORM, severeRespiratoryInsufficiency: false },
        { ...FORM, severeRespiratoryInsufficiency: true },
      ).severeRespiratoryInsufficiency,
    ).toBe(true);
    expect(
      withRecord({ ...FORM, acuteNarrowAngleGlaucoma: true }, FORM).acuteNarrowAngleGlaucoma,
    ).toBe(true);
  });
});
