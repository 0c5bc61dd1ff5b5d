import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { medianInPlace, selectInPlace } from './stats.js';

const median = (xs: readonly number[]): number => medianInPlace(Float64Array.from(xs));

const sortedMedian = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

describe('order statistics used by baselines and local levels', () => {
  it('the median by selection equals the median of the sorted values, for odd and even lengths and ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }),
        (xs) => {
          expect(median(xs)).toBe(sortedMedian(xs));
        },
      ),
    );
  });

  it('selection puts the k-th smallest value at k with nothing larger before it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
          { minLength: 1, maxLength: 300 },
        ),
        fc.nat(),
        (xs, r) => {
          const k = r % xs.length;
          const a = Float64Array.from(xs);
          const v = selectInPlace(a, k);
          expect(v).toBe([...xs].sort((p, q) => p - q)[k]);
          expect(a.subarray(0, k).every((x) => x <= v)).toBe(true);
          expect(a.subarray(k + 1).every((x) => x >= v)).toBe(true);
        },
      ),
    );
  });

  it('an empty list has no median', () => {
    expect(median([])).toBeNaN();
  });

  it('in a reused buffer only the first n values count', () => {
    expect(medianInPlace(Float64Array.of(5, 1, 4, 2, 3, 100, 100, 100), 5)).toBe(3);
    expect(medianInPlace(Float64Array.of(5, 1, 4, 2, 100, 100), 4)).toBe(3);
  });
});
