/**
 * @module Detected events kept as columns of numbers (25 bytes each) instead of objects (several times
 * that in a JavaScript heap). A 24-hour, 16-channel recording finds a quarter of a million events; as
 * objects they alone would make memory grow with the recording's length. `EventLog` collects them in
 * sample units while streaming; `EventTable` is the result, in seconds, read one event at a time.
 */
import type { Burst } from './onset.js';

type Columns = { onset: Float64Array; offset: Float64Array; level: Float64Array; tag: Uint8Array };

const columns = (n: number): Columns => ({
  onset: new Float64Array(n),
  offset: new Float64Array(n),
  level: new Float64Array(n),
  tag: new Uint8Array(n),
});

/** An event in sample units, with a small code its maker reads (a spasm's context, say). */
export interface LoggedEvent extends Burst {
  readonly tag?: number;
}

export class EventLog {
  private c = columns(64);
  length = 0;

  push(...events: readonly LoggedEvent[]): void {
    for (const e of events) {
      if (this.length === this.c.onset.length) {
        const bigger = columns(2 * this.length);
        bigger.onset.set(this.c.onset);
        bigger.offset.set(this.c.offset);
        bigger.level.set(this.c.level);
        bigger.tag.set(this.c.tag);
        this.c = bigger;
      }
      this.c.onset[this.length] = e.onset;
      this.c.offset[this.length] = e.offset;
      this.c.level[this.length] = e.level;
      this.c.tag[this.length] = e.tag ?? 0;
      this.length += 1;
    }
  }

  /** Event `i` in sample units (0 ≤ i < length). */
  at(i: number): Required<LoggedEvent> {
    return {
      onset: this.c.onset[i] ?? NaN,
      offset: this.c.offset[i] ?? NaN,
      level: this.c.level[i] ?? NaN,
      tag: this.c.tag[i] ?? 0,
    };
  }

  /** Total samples covered by the events. */
  covered(): number {
    let s = 0;
    for (let i = 0; i < this.length; i++) {
      s += (this.c.offset[i] ?? 0) - (this.c.onset[i] ?? 0);
    }
    return s;
  }

  /** The events in seconds, each read through `make`. */
  table<T>(fs: number, make: EventMaker<T>): EventTable<T> {
    const c = columns(this.length);
    for (let i = 0; i < this.length; i++) {
      c.onset[i] = (this.c.onset[i] ?? 0) / fs;
      c.offset[i] = (this.c.offset[i] ?? 0) / fs;
      c.level[i] = this.c.level[i] ?? 0;
      c.tag[i] = this.c.tag[i] ?? 0;
    }
    return new EventTable(c, this.length, make);
  }
}

/** Builds the object for one event from its onset and offset (seconds), its level and its tag. */
export type EventMaker<T> = (onsetS: number, offsetS: number, level: number, tag: number) => T;

/** Read-only events in time order: a length, one event by index, iteration, or all as an array. */
export class EventTable<T> implements Iterable<T> {
  private readonly c: Columns;
  readonly length: number;
  private readonly make: EventMaker<T>;

  constructor(c: Columns, length: number, make: EventMaker<T>) {
    this.c = c;
    this.length = length;
    this.make = make;
  }

  static empty<T>(make: EventMaker<T>): EventTable<T> {
    return new EventTable(columns(0), 0, make);
  }

  at(i: number): T | undefined {
    if (i < 0 || i >= this.length) {
      return undefined;
    }
    return this.make(
      this.c.onset[i] ?? 0,
      this.c.offset[i] ?? 0,
      this.c.level[i] ?? 0,
      this.c.tag[i] ?? 0,
    );
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) {
      yield this.make(
        this.c.onset[i] ?? 0,
        this.c.offset[i] ?? 0,
        this.c.level[i] ?? 0,
        this.c.tag[i] ?? 0,
      );
    }
  }

  toArray(): T[] {
    return [...this];
  }

  /** Events `start` to `end` (exclusive) as objects, like Array.prototype.slice. */
  slice(start: number, end = this.length): T[] {
    const out: T[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) {
      const e = this.at(i);
      if (e !== undefined) {
        out.push(e);
      }
    }
    return out;
  }

  /** How many events satisfy `test`, without keeping them. */
  count(test: (e: T) => boolean): number {
    let n = 0;
    for (const e of this) {
      n += test(e) ? 1 : 0;
    }
    return n;
  }

  /** Tables of consecutive segments joined, each moved by its segment's start (seconds). */
  static join<T>(
    tables: readonly EventTable<T>[],
    shiftsS: readonly number[],
    make: EventMaker<T>,
  ): EventTable<T> {
    const n = tables.reduce((s, t) => s + t.length, 0);
    const c = columns(n);
    let at = 0;
    tables.forEach((t, k) => {
      const by = shiftsS[k] ?? 0;
      for (let i = 0; i < t.length; i++, at++) {
        c.onset[at] = (t.c.onset[i] ?? 0) + by;
        c.offset[at] = (t.c.offset[i] ?? 0) + by;
        c.level[at] = t.c.level[i] ?? 0;
        c.tag[at] = t.c.tag[i] ?? 0;
      }
    });
    return new EventTable(c, n, make);
  }
}
