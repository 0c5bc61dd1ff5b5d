/**
 * @module Reusable work buffers for per-block steps. A 24-hour, 16-channel stream runs the same steps
 * on every block; allocating their buffers each time leaves tens of megabytes of garbage between
 * collections, which is what set the peak memory, not the data.
 */

export class Scratch {
  private readonly f64 = new Map<string, Float64Array>();
  private readonly u8 = new Map<string, Uint8Array>();

  /** `n` doubles under `key`, holding whatever was last written there: the caller writes every one. */
  float64(key: string, n: number): Float64Array {
    let b = this.f64.get(key);
    if (b === undefined || b.length < n) {
      b = new Float64Array(Math.max(n, 2 * (b?.length ?? 0)));
      this.f64.set(key, b);
    }
    return b.subarray(0, n);
  }

  /** `n` bytes under `key`, as above. */
  uint8(key: string, n: number): Uint8Array {
    let b = this.u8.get(key);
    if (b === undefined || b.length < n) {
      b = new Uint8Array(Math.max(n, 2 * (b?.length ?? 0)));
      this.u8.set(key, b);
    }
    return b.subarray(0, n);
  }
}

/** A buffer from `work` when there is one, else a fresh one. */
export const float64 = (work: Scratch | undefined, key: string, n: number): Float64Array =>
  work?.float64(key, n) ?? new Float64Array(n);

export const uint8 = (work: Scratch | undefined, key: string, n: number): Uint8Array =>
  work?.uint8(key, n) ?? new Uint8Array(n);
