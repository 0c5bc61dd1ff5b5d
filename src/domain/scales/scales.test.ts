import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  classifyReflex,
  isClinicallyImportantPainChange,
  MasGrade,
  masRank,
  MrcGrade,
  mrcMeaning,
  NindsGrade,
  PainNrs,
  painBand,
  scoreOdi,
  scorePsfs,
  scoreRmdq,
  scoreStartBack,
} from './index.js';

describe('Penn Spasm Frequency Scale', () => {
  test('no severity is scored when there are no spasms', () => {
    expect(scorePsfs(0)).toMatchObject({
      frequency: 0,
      severity: null,
      frequencyMeaning: 'no_spasms',
    });
  });
  test('a severity given with frequency 0 is refused', () => {
    expect(scorePsfs(0, 2)).toBeNull();
  });
  test('frequency and severity are reported separately, never added', () => {
    const s = scorePsfs(3, 2);
    expect(s).toMatchObject({ frequency: 3, severity: 2, severityMeaning: 'moderate' });
    expect(s).not.toHaveProperty('total');
  });
});

describe('Modified Ashworth Scale', () => {
  test('"1+" is its own grade between 1 and 2', () => {
    expect(MasGrade.safeParse('1+').success).toBe(true);
    expect(masRank('1+')).toBeGreaterThan(masRank('1'));
    expect(masRank('1+')).toBeLessThan(masRank('2'));
  });
  test('a decimal such as 1.5 is not a grade', () => {
    expect(MasGrade.safeParse('1.5').success).toBe(false);
    expect(MasGrade.safeParse(1).success).toBe(false);
  });
});

describe('MRC and NINDS', () => {
  test('MRC is 0 to 5 in whole grades', () => {
    expect(MrcGrade.safeParse(6).success).toBe(false);
    expect(MrcGrade.safeParse(4.5).success).toBe(false);
    expect(mrcMeaning(3)).toBe('movement_against_gravity');
  });
  test('NINDS 2 and 3 are normal, 4 is brisk, 0 absent', () => {
    expect([0, 1, 2, 3, 4].map((g) => classifyReflex(g))).toEqual([
      'absent',
      'reduced',
      'normal',
      'normal',
      'brisk',
    ]);
    expect(NindsGrade.safeParse(5).success).toBe(false);
  });
});

describe('numeric pain rating', () => {
  test('bands: 0 none, 1–3 mild, 4–6 moderate, 7–10 severe', () => {
    expect([0, 1, 3, 4, 6, 7, 10].map((p) => painBand(p))).toEqual([
      'none',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'severe',
      'severe',
    ]);
  });
  test('cut-points are configurable', () => {
    expect(painBand(4, { mildMax: 4, moderateMax: 7 })).toBe('mild');
  });
  test('11 is not a pain score', () => {
    expect(PainNrs.safeParse(11).success).toBe(false);
  });
  test('a 2-point or 30 % change is clinically important; 1 point from 6 is not', () => {
    expect(isClinicallyImportantPainChange(6, 4)).toBe(true);
    expect(isClinicallyImportantPainChange(3, 2)).toBe(true);
    expect(isClinicallyImportantPainChange(6, 5)).toBe(false);
  });
});

describe('Oswestry Disability Index', () => {
  test('nine answered sections summing to 16 score 35.6 % (each missing section lowers the denominator by 5)', () => {
    const s = scoreOdi({ sections: [2, 2, 2, 2, 2, 2, 2, 1, 1, null] });
    expect(s?.percent).toBeCloseTo((16 / 45) * 100, 10);
    expect(s?.band).toBe('moderate');
    expect(s?.sectionsAnswered).toBe(9);
  });
  test('all sections at 5 is 100 % and bed-bound', () => {
    expect(scoreOdi({ sections: Array<number>(10).fill(5) })).toMatchObject({
      percent: 100,
      band: 'bed_bound',
    });
  });
  test('no answered section gives no score', () => {
    expect(scoreOdi({ sections: Array<null>(10).fill(null) })).toBeNull();
  });
  test('the score stays within 0–100 whatever is skipped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), {
          minLength: 10,
          maxLength: 10,
        }),
        (sections) => {
          const s = scoreOdi({ sections });
          if (s !== null) {
            expect(s.percent).toBeGreaterThanOrEqual(0);
            expect(s.percent).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });
});

describe('Roland-Morris', () => {
  test('the score is the number of ticked statements and unanswered ones are counted apart', () => {
    const items = Array<boolean | null>(24).fill(false);
    items[0] = true;
    items[5] = true;
    items[7] = null;
    expect(scoreRmdq({ items })).toEqual({ score: 2, unanswered: 1 });
  });
});

describe('STarT Back', () => {
  const agree = (n: number[]): boolean[] => Array.from({ length: 8 }, (_, i) => n.includes(i + 1));
  test('total 3 or less is low risk', () => {
    expect(scoreStartBack({ agree: agree([1, 2, 3]), bothersomeness: 'moderately' })).toEqual({
      total: 3,
      psychosocial: 0,
      risk: 'low',
    });
  });
  test('item 9 scores only for "very much" or "extremely"', () => {
    expect(scoreStartBack({ agree: agree([]), bothersomeness: 'moderately' }).total).toBe(0);
    expect(scoreStartBack({ agree: agree([]), bothersomeness: 'very_much' }).total).toBe(1);
  });
  test('total 4+ with a psychosocial subscale of 3 is medium', () => {
    expect(scoreStartBack({ agree: agree([1, 2, 5, 6, 7]), bothersomeness: 'slightly' })).toEqual({
      total: 5,
      psychosocial: 3,
      risk: 'medium',
    });
  });
  test('total 4+ with a psychosocial subscale of 4+ is high', () => {
    expect(scoreStartBack({ agree: agree([1, 5, 6, 7]), bothersomeness: 'extremely' })).toEqual({
      total: 5,
      psychosocial: 4,
      risk: 'high',
    });
  });
});
