// @vitest-environment happy-dom
/**
 * @module Each series of the diary chart is read against an axis labelled with its name, and the legend
 * says which axis: mean pain on the left (0 to 10), the spasms per day and the worst severity on the right
 * (from 0, to at least 3, the severity's whole scale), in the patient's words in English and Spanish and in
 * the clinician's. uPlot draws on a canvas, which happy-dom has not: the options it is given are read here,
 * and Chromium draws them in the e2e tests.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PatientSummary } from '../../../src/domain/records/summary';
import type { TrendChartMessages } from '../../../src/i18n/web-messages';
import { WEB_EN } from '../../../src/i18n/web.en';
import { WEB_ES } from '../../../src/i18n/web.es';
import { WEB_COURSE_EN } from '../../../src/i18n/web-course.en';
import { PainTrend } from './TrendChart';

interface Axis {
  readonly scale?: string;
  readonly side?: number;
  readonly label?: string;
}
interface Series {
  readonly scale?: string;
  readonly label?: string;
}
interface Options {
  readonly axes: Axis[];
  readonly series: Series[];
  readonly scales: Record<string, { range?: unknown }>;
}

const plots = vi.hoisted(() => [] as { opts: Options; data: unknown[][] }[]);
vi.mock('uplot', () => ({
  default: class {
    constructor(opts: Options, data: unknown[][]) {
      plots.push({ opts, data });
    }
    readonly width = 0;
    setSize(): void {
      // nothing drawn, nothing to resize
    }
    destroy(): void {
      // nothing drawn, nothing to take down
    }
  },
}));

afterEach(() => {
  cleanup();
  plots.length = 0;
});

const SUMMARY = {
  patientId: 'p1',
  rule: { id: 'pain_change_2_points_or_30_percent', sourceIds: ['S5'], status: 'P' },
  diary: [
    { date: '2026-03-01', entries: 1, meanPain: 6, maxPain: 6, maxPsfsSeverity: 3 },
    { date: '2026-03-02', entries: 2, meanPain: 5, maxPain: 7, maxPsfsSeverity: 2 },
  ].map((d) => ({ ...d, totalMinutes: 10, importantChange: false })),
  pain: { baseline: null, latest: null, importantChange: null, direction: null },
  outcomes: [],
} as unknown as PatientSummary;

/** uPlot's sides: 3 is left, 1 is right. */
const SIDE: Readonly<Record<number, 'left' | 'right'>> = { 1: 'right', 3: 'left' };

describe.each([
  ['the patient, in English', WEB_EN.diary, 'en'],
  ['the patient, in Spanish', WEB_ES.diary, 'es'],
  ['the clinician', WEB_COURSE_EN.chart, 'en'],
] as [string, TrendChartMessages, string][])('the chart for %s', (_who, words, locale) => {
  test('each series is read on an axis labelled with its name, on the side its legend says', () => {
    render(<PainTrend summary={SUMMARY} words={words} locale={locale} />);
    const { opts, data } = plots.at(-1) ?? { opts: null, data: [] };
    expect(opts).not.toBeNull();
    const named: [string, number[]][] = [
      [words.episodes, [1, 2]],
      [words.worstSeverity, [3, 2]],
      [words.meanPain, [6, 5]],
    ];
    named.forEach(([name, values], i) => {
      const series = opts?.series[i + 1];
      expect(data[i + 1]).toEqual(values);
      const axes = (opts?.axes ?? []).filter((a) => a.scale === series?.scale);
      expect(axes).toHaveLength(1);
      const axis = axes[0];
      // the name as it stands in the axis's words (which may begin with another series' name)
      expect(axis?.label?.toLocaleLowerCase(locale)).toContain(name.toLocaleLowerCase(locale));
      const side = SIDE[axis?.side ?? 0];
      expect(side).toBeDefined();
      expect(series?.label).toBe(words.onAxis(name, side ?? 'left'));
    });
    // the two y axes are on opposite sides, each labelled differently
    const ys = (opts?.axes ?? []).slice(1);
    expect(new Set(ys.map((a) => a.side)).size).toBe(ys.length);
  });

  test('the right axis starts at 0 and reaches at least the worst severity’s 3', () => {
    render(<PainTrend summary={SUMMARY} words={words} locale={locale} />);
    const opts = plots.at(-1)?.opts;
    const scale = opts?.series[2]?.scale ?? '';
    const range = opts?.scales[scale]?.range as (u: unknown, min: number, max: number) => number[];
    expect(range(null, 1, 2)).toEqual([0, 3]);
    expect(range(null, 1, 8)).toEqual([0, 8]);
  });
});
