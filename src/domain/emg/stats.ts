/**
 * @module Order statistics for long traces. Baselines and local levels take medians of tens of
 * thousands of samples every minute of every channel; sorting them was most of the pipeline's time,
 * while selection (Hoare's quickselect, expected linear time) gives the same value.
 */

/** Reorders a[0..n) so that a[k] is the k-th smallest (0-based) and returns it. */
export function selectInPlace(a: Float64Array, k: number, n = a.length): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) {
        i += 1;
      }
      while ((a[j] ?? 0) > pivot) {
        j -= 1;
      }
      if (i <= j) {
        const t = a[i] ?? 0;
        a[i] = a[j] ?? 0;
        a[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) {
      hi = j;
    } else if (k >= i) {
      lo = i;
    } else {
      break;
    }
  }
  return a[k] ?? NaN;
}

/** Median of a[0..n) (the mean of the two middle values when n is even), reordering a; NaN when empty. */
export function medianInPlace(a: Float64Array, n = a.length): number {
  if (n === 0) {
    return NaN;
  }
  const m = n >>> 1;
  const upper = selectInPlace(a, m, n);
  if (n % 2 === 1) {
    return upper;
  }
  // after selection everything before m is ≤ a[m]: the lower middle is their largest
  let lower = -Infinity;
  for (let i = 0; i < m; i++) {
    const v = a[i] ?? 0;
    if (v > lower) {
      lower = v;
    }
  }
  return (lower + upper) / 2;
}
