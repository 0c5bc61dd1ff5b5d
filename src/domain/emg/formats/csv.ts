/**
 * @module CSV recordings: a header row of channel names, one row per sample, an optional time column
 * (t, time, time_s, seconds). The sampling rate comes from the time column or is given, and when both
 * are there they must agree. Decoded line by line from text chunks, so any length streams; a line is
 * bounded, so text without line breaks is refused instead of gathered without end.
 */
import { fail, ok, type DomainIssue, type Result } from '../../shared/index.js';
import { emgIssue } from '../issues.js';
import { MAX_RATE_HZ } from './edf-header.js';
import { MAX_MICROVOLTS } from './edf-data.js';

const TIME_NAMES = /^(t|time|time_s|time_sec|seconds|sec|s)$/i;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The longest line read: 4096 channels of 30 characters fit; a file without line breaks does not. */
export const MAX_CSV_LINE = 1 << 20;
/** The most channels a CSV recording may have (as EDF's signal count). */
export const MAX_CSV_CHANNELS = 4096;

export interface CsvLayout {
  readonly labels: readonly string[];
  readonly timeColumn: number | null;
  readonly delimiter: string;
}

export class CsvDecoder {
  private carry = '';
  private line = 0;
  private rows = 0;
  private layout: CsvLayout | null = null;
  private readonly given: number | null;
  private fs: number | null = null;
  private firstTimes: number[] = [];
  private lastTime: number | null = null;
  private buffered: number[][] = [];
  private error: readonly DomainIssue[] | null = null;

  /** @param fs - Sampling rate when the file has no time column (with one, it must agree). */
  constructor(fs?: number) {
    this.given = fs ?? null;
  }

  get labels(): readonly string[] {
    return this.layout?.labels ?? [];
  }

  get rate(): number | null {
    return this.fs;
  }

  /** Feeds text; returns complete per-channel blocks once the rate is known, or the first error. */
  push(text: string): Result<Float64Array[]> {
    if (this.error !== null) {
      return fail(this.error);
    }
    const lines = (this.carry + text).split(/\r?\n/);
    this.carry = lines.pop() ?? '';
    if (this.carry.length > MAX_CSV_LINE) {
      return this.refuse(
        emgIssue('emg.csv_line_too_long', ['rows', this.line + lines.length + 1], {
          line: this.line + lines.length + 1,
          max: MAX_CSV_LINE,
        }),
      );
    }
    const rows: number[][] = [];
    for (const l of lines) {
      const r = this.row(l);
      if (!r.ok) {
        this.error = r.issues;
        return r;
      }
      if (r.value !== null) {
        rows.push(r.value);
      }
    }
    return this.emit(rows, false);
  }

  finish(): Result<Float64Array[]> {
    if (this.error !== null) {
      return fail(this.error);
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
    if (this.layout === null) {
      return this.refuse(emgIssue('emg.csv_empty', ['rows', 1], { line: 1 }));
    }
    if (this.rows === 0) {
      return this.refuse(emgIssue('emg.csv_no_data', ['rows', 2], { line: this.line }));
    }
    return this.emit(rows, true);
  }

  private refuse<T>(issue: DomainIssue): Result<T> {
    this.error = [issue];
    return fail([issue]);
  }

  private row(text: string): Result<number[] | null> {
    this.line += 1;
    if (text.trim() === '') {
      return ok(null);
    }
    if (this.layout === null) {
      return this.header(text);
    }
    const layout = this.layout;
    const cells = text.split(layout.delimiter);
    const expected = layout.labels.length + (layout.timeColumn === null ? 0 : 1);
    if (cells.length !== expected) {
      return fail([
        emgIssue('emg.csv_columns', ['rows', this.line], {
          line: this.line,
          value: cells.length,
          expected,
        }),
      ]);
    }
    const values: number[] = [];
    for (let c = 0; c < cells.length; c++) {
      const raw = (cells[c] ?? '').trim();
      const name =
        c === layout.timeColumn
          ? 'time'
          : (layout.labels[c - (layout.timeColumn !== null && c > layout.timeColumn ? 1 : 0)] ??
            `column ${c + 1}`);
      const where = ['rows', this.line, name];
      if (!NUMBER.test(raw)) {
        return fail([
          emgIssue('emg.csv_bad_value', where, { line: this.line, column: name, value: raw }),
        ]);
      }
      const v = Number(raw);
      // one absurd sample would make every sum of squares infinite and zero the channel's results
      if (!Number.isFinite(v) || (c !== layout.timeColumn && Math.abs(v) > MAX_MICROVOLTS)) {
        return fail([
          emgIssue('emg.sample_implausible', where, {
            line: this.line,
            column: name,
            value: raw,
            max: MAX_MICROVOLTS,
          }),
        ]);
      }
      values.push(v);
    }
    if (layout.timeColumn !== null) {
      const t = values[layout.timeColumn] ?? NaN;
      if (this.lastTime !== null && !(t > this.lastTime)) {
        return fail([
          emgIssue('emg.csv_time_not_increasing', ['rows', this.line, 'time'], {
            line: this.line,
            value: t,
            previous: this.lastTime,
          }),
        ]);
      }
      this.lastTime = t;
      if (this.firstTimes.length < 200) {
        this.firstTimes.push(t);
      }
    }
    this.rows += 1;
    return ok(values);
  }

  private header(text: string): Result<null> {
    const delimiter = ['\t', ';'].find((d) => text.includes(d)) ?? ',';
    const names = text.split(delimiter).map((s) => s.trim().replace(/^"|"$/g, ''));
    if (names.every((n) => NUMBER.test(n))) {
      // a first row of numbers is data: taking it for names would analyse a time column as EMG
      return fail([emgIssue('emg.csv_no_header', ['rows', this.line], { line: this.line })]);
    }
    const t = names.findIndex((n) => TIME_NAMES.test(n));
    const labels = names.filter((_, i) => i !== t);
    if (labels.length === 0) {
      return fail([emgIssue('emg.csv_no_channels', ['rows', this.line], { line: this.line })]);
    }
    if (labels.length > MAX_CSV_CHANNELS) {
      return fail([
        emgIssue('emg.signal_count_out_of_range', ['rows', this.line], {
          line: this.line,
          value: labels.length,
          min: 1,
          max: MAX_CSV_CHANNELS,
        }),
      ]);
    }
    this.layout = { labels, timeColumn: t >= 0 ? t : null, delimiter };
    return ok(null);
  }

  private emit(rows: number[][], final: boolean): Result<Float64Array[]> {
    const layout = this.layout;
    if (layout === null) {
      return ok([]);
    }
    if (this.fs === null) {
      this.buffered.push(...rows);
      // with a time column, its first 200 steps give the rate; without one, only --fs can
      if (layout.timeColumn !== null && this.firstTimes.length < 200 && !final) {
        return ok(layout.labels.map(() => new Float64Array(0)));
      }
      const r = this.decideRate(layout);
      if (!r.ok) {
        this.error = r.issues;
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
    return ok(out);
  }

  /** The rate from the time column, the given one, or both when they agree. */
  private decideRate(layout: CsvLayout): Result<number> {
    const fromTime = layout.timeColumn === null ? null : this.rateFromTimes();
    const given = this.given;
    if (given !== null && fromTime !== null) {
      if (Math.abs(given / fromTime - 1) > 1e-3) {
        return fail([emgIssue('emg.csv_rate_conflict', ['rows', 'time'], { given, fromTime })]);
      }
      return ok(fromTime);
    }
    const rate = fromTime ?? given;
    if (rate === null) {
      return fail([
        emgIssue('emg.csv_no_rate', ['rows', 'time'], {
          timeColumn: layout.timeColumn === null ? 0 : 1,
          rows: this.rows,
        }),
      ]);
    }
    if (rate > MAX_RATE_HZ) {
      return fail([
        emgIssue('emg.rate_too_high', ['rows', 'time'], { rateHz: rate, max: MAX_RATE_HZ }),
      ]);
    }
    return ok(rate);
  }

  /** The median step of the first times, as a rate; null with fewer than two times. */
  private rateFromTimes(): number | null {
    const d: number[] = [];
    for (let i = 1; i < this.firstTimes.length; i++) {
      d.push((this.firstTimes[i] ?? 0) - (this.firstTimes[i - 1] ?? 0));
    }
    d.sort((a, b) => a - b);
    const dt = d[Math.floor(d.length / 2)];
    if (dt === undefined || !(dt > 0)) {
      return null;
    }
    return Math.round((1 / dt) * 1e6) / 1e6;
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
