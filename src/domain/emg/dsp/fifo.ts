/** @module A growable Float64 buffer: append at the end, consume from the front, no copy per block. */

export class Fifo {
  private data: Float64Array;
  private start = 0;
  private end = 0;

  constructor(capacity = 1024) {
    this.data = new Float64Array(capacity);
  }

  get length(): number {
    return this.end - this.start;
  }

  view(): Float64Array {
    return this.data.subarray(this.start, this.end);
  }

  push(x: ArrayLike<number>): void {
    if (this.end + x.length > this.data.length) {
      const live = this.length;
      const need = live + x.length;
      if (need > this.data.length) {
        // blocks are usually alike, so a quarter of headroom settles the size after the first few
        const next = new Float64Array(Math.max(Math.ceil(1.25 * need), 1024));
        next.set(this.data.subarray(this.start, this.end), 0);
        this.data = next;
      } else {
        this.data.copyWithin(0, this.start, this.end);
      }
      this.start = 0;
      this.end = live;
    }
    this.data.set(x, this.end);
    this.end += x.length;
  }

  drop(n: number): void {
    this.start += Math.min(n, this.length);
    if (this.start === this.end) {
      this.start = 0;
      this.end = 0;
    }
  }
}
