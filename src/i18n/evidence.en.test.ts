/** @module Evidence in words: a feature said present or absent reads as one plain phrase, never a double negative. */
import { describe, expect, test } from 'vitest';
import { FEATURES, isCategory, type BooleanFeature } from '../domain/evidence/index.js';
import { askAbout, evidenceText } from './evidence.en.js';

const BOOLEANS = FEATURES.map((f) => f.id).filter((id): id is BooleanFeature => !isCategory(id));
const present = (feature: BooleanFeature): string => evidenceText({ kind: 'present', feature });
const absent = (feature: BooleanFeature): string => evidenceText({ kind: 'absent', feature });

describe('evidence in words', () => {
  test('spasms that come on by themselves, and spasms that do not, read without a double negative', () => {
    expect(present('trig:none')).toBe('no particular trigger');
    expect(absent('trig:none')).toBe('set off by something in particular');
    expect(askAbout('trig:none')).toBe('Ask whether the spasms come on with no particular trigger');
  });

  test('a named trigger is said set off by it, or not set off by it', () => {
    expect(present('trig:lifting')).toBe('set off by lifting');
    expect(absent('trig:lifting')).toBe('not set off by lifting');
    expect(askAbout('trig:cold')).toBe('Ask whether cold sets the spasms off');
  });

  test('a medicine takes an article when it is a class and none when it is one substance', () => {
    expect(present('med:opioid')).toBe('taking an opioid');
    expect(absent('med:statin')).toBe('not taking a statin');
    expect(present('med:baclofen')).toBe('taking baclofen');
    expect(present('med:antihypertensive_other')).toBe('taking another blood-pressure medicine');
  });

  test('a finding that is a clause or a negation is said absent in its own words', () => {
    expect(absent('f:no_improvement_4_weeks')).toBe('improvement within 4 weeks');
    expect(absent('f:urinary_retention')).toBe('able to pass urine');
    expect(absent('region:cervical')).toBe('neck not affected');
    expect(absent('fever')).toBe('no fever');
    expect(askAbout('f:no_improvement_4_weeks')).toBe(
      'Ask whether there is no improvement after 4 weeks',
    );
  });

  test.each(BOOLEANS)('%s reads right present and absent', (id) => {
    const yes = present(id);
    const no = absent(id);
    expect(no).not.toBe(yes);
    for (const text of [yes, no, askAbout(id)]) {
      expect(text).not.toMatch(/\b(no|not)\b.*\b(no|not|nothing|unable)\b/);
      expect(text).not.toMatch(/\bno (a|an|set off|taking|fully)\b/);
      expect(text).not.toMatch(/\ba [aeiou]/i);
      expect(text).not.toMatch(/\bAsk about (set off|no |not |.* affected)/);
    }
  });
});
