/**
 * @module CSV recordings: a header row of channel names, one row per sample, an optional time column
 * (t, time, time_s, seconds). The sampling rate comes from the time column or is given. Decoded line by
 * line from text chunks, so any length streams.
 */
import type { FormatError, Parsed } from './edf-header.js';

const TIME_NAMES = /^(t|time|time_s|time_sec|seconds|sec|s)$/i;

export interface CsvLayout {
  readonly labels: readonly string[];
  readonly timeColumn: number | null;
  readonly delimiter: string;
}

export class CsvDecoder {
  private carry = '';
  private line = 0;
  private layout: CsvLayout | null = null;
  private readonly given: number | null;
  private fs: number | null;
  private firstTimes: number[] = [];
  private lastTime: number | null = null;
  private buffered: number[][] = [];
  private error: FormatError | null = null;

  /** @param fs - Sampling rate when the file has no time column (or to override it). */
  constructor(fs?: number) {
    this.given = fs ?? null;
    this.fs = fs ?? null;
  }

  get labels(): readonly string[] {
    return this.layout?.labels ?? [];
  }

  get rate(): number | null {
    return this.fs;
  }

  /** Feeds text; returns complete per-channel blocks once the rate is known, or the first error. */
  push(text: string): Parsed<Float64Array[]> {
    if (this.error !== null) {
      return { ok: false, error: this.error };
    }
    const lines = (this.carry + text).split(/\r?\n/);
    this.carry = lines.pop() ?? '';
    const rows: number[][] = [];
    for (const l of lines) {
      const r = this.row(l);
      if (!r.ok) {
        this.error = r.error;
        return r;
      }
      if (r.value !== null) {
        rows.push(r.value);
      }
    }
    return this.emit(rows, false);
  }

  finish(): Parsed<Float64Array[]> {
    if (this.error !== null) {
      return { ok: false, error: this.error };
    }
    const rows: number[][] = [];
    if (this.carry.trim() !== '') {
      const r = this.row(this.carry);
      if (!r.ok) {
        return r;
      }
      if (r.value !== null) {
        rows.push(r.value);
      }
    }
    this.carry = '';
    const out = this.emit(rows, true);
    if (out.ok && this.layout === null) {
      return {
        ok: false,
        error: { code: 'emg.no_signals', field: 'header row', at: 1, detail: 'the file is empty' },
      };
    }
    return out;
  }

  private row(text: string): Parsed<number[] | null> {
    this.line += 1;
    if (text.trim() === '') {
      return { ok: true, value: null };
    }
    if (this.layout === null) {
      const delimiter = ['\t', ';'].find((d) => text.includes(d)) ?? ',';
      const names = text.split(delimiter).map((s) => s.trim().replace(/^"|"$/g, ''));
      const t = names.findIndex((n) => TIME_NAMES.test(n));
      const labels = names.filter((_, i) => i !== t);
      if (labels.length === 0) {
        return {
          ok: false,
          error: {
            code: 'emg.no_signals',
            field: 'header row',
            at: this.line,
            detail: 'no channel columns besides the time column',
          },
        };
      }
      this.layout = { labels, timeColumn: t >= 0 ? t : null, delimiter };
      return { ok: true, value: null };
    }
    const cells = text.split(this.layout.delimiter);
    const expected = this.layout.labels.length + (this.layout.timeColumn === null ? 0 : 1);
    if (cells.length !== expected) {
      return {
        ok: false,
        error: {
          code: 'emg.csv_columns',
          field: `line ${this.line}`,
          at: this.line,
          detail: `${cells.length} columns, the header has ${expected}`,
        },
      };
    }
    const values: number[] = [];
    for (let c = 0; c < cells.length; c++) {
      const raw = (cells[c] ?? '').trim();
      const v = raw === '' ? NaN : Number(raw);
      if (!Number.isFinite(v)) {
        const name =
          c === this.layout.timeColumn
            ? 'time'
            : (this.layout.labels[
                c - (this.layout.timeColumn !== null && c > this.layout.timeColumn ? 1 : 0)
              ] ?? `column ${c + 1}`);
        return {
          ok: false,
          error: {
            code: 'emg.csv_bad_value',
            field: `${name}, line ${this.line}`,
            at: this.line,
            detail: `"${raw}" is not a number`,
          },
        };
      }
      values.push(v);
    }
    if (this.layout.timeColumn !== null) {
      const t = values[this.layout.timeColumn] ?? NaN;
      if (this.lastTime !== null && !(t > this.lastTime)) {
        return {
          ok: false,
          error: {
            code: 'emg.csv_time',
            field: `time, line ${this.line}`,
            at: this.line,
            detail: `time ${t} does not increase after ${this.lastTime}`,
          },
        };
      }
      this.lastTime = t;
      if (this.firstTimes.length < 200) {
        this.firstTimes.push(t);
      }
    }
    return { ok: true, value: values };
  }

  private emit(rows: number[][], final: boolean): Parsed<Float64Array[]> {
    const layout = this.layout;
    if (layout === null) {
      return { ok: true, value: [] };
    }
    if (this.fs === null) {
      this.buffered.push(...rows);
      if (this.firstTimes.length < 200 && !final) {
        return { ok: true, value: layout.labels.map(() => new Float64Array(0)) };
      }
      const r = this.rateFromTimes();
      if (!r.ok) {
        return r;
      }
      this.fs = r.value;
      rows = this.buffered;
      this.buffered = [];
    }
    const t = layout.timeColumn;
    const out = layout.labels.map(() => new Float64Array(rows.length));
    rows.forEach((row, k) => {
      let j = 0;
      for (let c = 0; c < row.length; c++) {
        if (c === t) {
          continue;
        }
        const ch = out[j];
        if (ch !== undefined) {
          ch[k] = row[c] ?? 0;
        }
        j += 1;
      }
    });
    return { ok: true, value: out };
  }

  private rateFromTimes(): Parsed<number> {
    if (this.given !== null) {
      return { ok: true, value: this.given };
    }
    const d: number[] = [];
    for (let i = 1; i < this.firstTimes.length; i++) {
      d.push((this.firstTimes[i] ?? 0) - (this.firstTimes[i - 1] ?? 0));
    }
    d.sort((a, b) => a - b);
    const dt = d[Math.floor(d.length / 2)];
    if (dt === undefined || !(dt > 0)) {
      return {
        ok: false,
        error: {
          code: 'emg.csv_no_rate',
          field: 'time column',
          at: 1,
          detail: 'no time column to take the sampling rate from: give it with --fs',
        },
      };
    }
    return { ok: true, value: Math.round((1 / dt) * 1e6) / 1e6 };
  }
}

/** CSV text of a header row and rows; the time column comes first, in seconds. */
export function encodeCsv(
  labels: readonly string[],
  fs: number,
  data: readonly Float64Array[],
  startSample: number,
  header: boolean,
): string {
  const lines: string[] = [];
  if (header) {
    lines.push(['time_s', ...labels].join(','));
  }
  const n = data[0]?.length ?? 0;
  for (let k = 0; k < n; k++) {
    lines.push(
      [((startSample + k) / fs).toFixed(6), ...data.map((ch) => (ch[k] ?? 0).toFixed(3))].join(','),
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
