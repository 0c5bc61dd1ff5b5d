/** @module What counts as naming a prescription drug or a dose in text a patient reads. */
import { describe, expect, test } from 'vitest';
import { DRUGS } from './drugs.js';
import { Provenance } from './fact.js';
import { PRESCRIPTION_STEMS, prescriptionMention } from './prescription-words.js';

describe('text that names a prescription drug or a dose', () => {
  test.each([
    ['Reduce baclofen to once a day', 'baclofen'],
    ['Dejar el Baclofeno por la noche', 'baclofeno'],
    ['tizanidina 2 veces', 'tizanidina'],
    ['Less Valium-like diazepam use', 'diazepam'],
    ['Botox in March', 'botox'],
    ['toxina botulínica en marzo', 'botulinica'],
    ['Repeat the botulinum toxin injection', 'botulinum'],
    ['Stop Neurontin', 'neurontin'],
    ['No phenol block yet', 'phenol'],
    ['Avoid ciprofloxacin', 'ciprofloxacin'],
  ])('"%s" names a drug (%s)', (text, found) => {
    expect(prescriptionMention(text)).toBe(found);
  });

  test.each([
    ['Take 10 mg at night', '10 mg'],
    ['2.5mg twice a day', '2.5mg'],
    ['0,5 mg/kg', '0,5 mg/kg'],
    ['100 units in each muscle', '100 units'],
    ['300 U every 12 weeks', '300 U'],
    ['200 mcg', '200 mcg'],
    ['50 unidades', '50 unidades'],
  ])('"%s" names a dose (%s)', (text, found) => {
    expect(prescriptionMention(text)).toBe(found);
  });

  test.each([
    'Walk 30 minutes without a spasm',
    'Drink 2 L of water a day',
    'Drink 500 ml of water after exercise',
    'Ice for 15–20 min after work',
    'Hold each stretch 30–60 s',
    'Reduce pain by 30 % in 4 weeks',
    'Caminar 3 u 4 veces al día',
    'No alcohol before bed',
    'Back to desk work for a full day',
    'Sleep through the night, no botulism scare',
  ])('"%s" names neither', (text) => {
    expect(prescriptionMention(text)).toBeUndefined();
  });

  test('every drug of the article but alcohol (also a drink) is caught by its name', () => {
    for (const drug of DRUGS.filter((d) => d !== 'alcohol')) {
      expect(prescriptionMention(`about ${drug.replace('_', ' ')} today`), drug).toBeDefined();
    }
  });

  test('every stem cites a known source with its status', () => {
    for (const s of PRESCRIPTION_STEMS) {
      expect(Provenance.safeParse(s).success, s.stem).toBe(true);
    }
  });
});
