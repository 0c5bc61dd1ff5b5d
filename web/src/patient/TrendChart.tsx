/**
 * @module The diary trend with uPlot: spasms per day, worst PSFS severity and mean pain, the days whose pain
 * differs from the first week by a clinically important change (2 points or 30 %, P [S5]) marked with a
 * diamond (a shape, not only a colour). Mean pain is read on the left axis (0 to 10); the spasms per day and
 * the worst severity (0 to 3) on the right one, labelled with both, and the legend says each series' axis.
 * The same figures follow as a table for screen readers. The flags are
 * the summary's own; the words come from the page that shows the chart (`PainTrend`): the patient's diary in
 * the page's locale (the default export), the clinician's patient page in its own catalog.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { PatientSummary } from '../../../src/domain/records/summary';
import type { TrendChartMessages } from '../../../src/i18n/web-messages';
import { fittedPlot, LEFT, RIGHT } from '../chart';
import { useLocale } from '../i18n';
import { ColumnHeads } from '../column-heads';

const HEIGHT = 260;

function diamonds(u: uPlot, seriesIdx: number, flags: readonly boolean[]): void {
  const ctx = u.ctx;
  const xs = u.data[0];
  const ys = u.data[seriesIdx];
  if (ys === undefined) {
    return;
  }
  ctx.save();
  ctx.fillStyle = '#7a1f1f';
  flags.forEach((f, i) => {
    const y = ys[i];
    const x = xs[i];
    if (!f || y === null || y === undefined || x === undefined) {
      return;
    }
    const cx = u.valToPos(x, 'x', true);
    const cy = u.valToPos(y, 'pain', true);
    const r = 7 * devicePixelRatio;
    ctx.beginPath();
    ctx.moveTo(cx, cy - r);
    ctx.lineTo(cx + r, cy);
    ctx.lineTo(cx, cy + r);
    ctx.lineTo(cx - r, cy);
    ctx.closePath();
    ctx.fill();
  });
  ctx.restore();
}

/** The chart and its table in the words given, dates in `locale`. */
export function PainTrend({
  summary,
  words,
  locale,
}: {
  readonly summary: PatientSummary;
  readonly words: TrendChartMessages;
  readonly locale: string;
}): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const days = summary.diary;
  useEffect(() => {
    const el = box.current;
    if (el === null) {
      return undefined;
    }
    const xs = days.map((d) => Date.parse(`${d.date}T12:00:00Z`) / 1000);
    const flags = days.map((d) => d.importantChange);
    // the box can narrow after the chart is drawn (a phone turned, a window narrowed): the chart follows it
    return fittedPlot(el, {
      height: HEIGHT,
      minWidth: 280,
      maxWidth: 900,
      options: {
        scales: {
          x: { time: true },
          pain: { range: [0, 10] },
          // from 0, and at least to 3: the worst severity's whole scale is on the axis it is read on
          n: { range: (_u, _min, max) => [0, Math.max(3, Math.ceil(max))] },
        },
        axes: [
          {},
          { scale: 'pain', side: LEFT, label: words.meanPain },
          { scale: 'n', side: RIGHT, label: words.countAxis, grid: { show: false } },
        ],
        series: [
          {},
          {
            label: words.onAxis(words.episodes, 'right'),
            scale: 'n',
            stroke: '#1f4e79',
            width: 2,
            dash: [6, 4],
          },
          {
            label: words.onAxis(words.worstSeverity, 'right'),
            scale: 'n',
            stroke: '#6b4f00',
            width: 2,
            dash: [2, 3],
          },
          {
            label: words.onAxis(words.meanPain, 'left'),
            scale: 'pain',
            stroke: '#7a1f1f',
            width: 3,
          },
        ],
        hooks: { draw: [(u) => diamonds(u, 3, flags)] },
      },
      data: [
        xs,
        days.map((d) => d.entries),
        days.map((d) => d.maxPsfsSeverity),
        days.map((d) => d.meanPain),
      ],
    }).dispose;
  }, [days, words]);
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <figure>
      <div ref={box} role="img" aria-label={words.chartSummary(days.length)} className="chart" />
      <figcaption>{words.changeRule}</figcaption>
      <details>
        <summary>{words.table}</summary>
        {/* a list of cards on a phone (`stacks`), a table from a tablet's width up */}
        <table className="stacks" role="table">
          <caption>{words.chartSummary(days.length)}</caption>
          <ColumnHeads
            labels={[words.date, words.episodes, words.worstSeverity, words.meanPain, words.change]}
          />
          <tbody role="rowgroup">
            {days.map((d) => (
              <tr key={d.date} role="row">
                <th scope="row" role="rowheader">
                  {fmt.format(new Date(`${d.date}T12:00:00Z`))}
                </th>
                <td role="cell" data-label={words.episodes}>
                  {d.entries}
                </td>
                <td role="cell" data-label={words.worstSeverity}>
                  {d.maxPsfsSeverity}
                </td>
                <td role="cell" data-label={words.meanPain}>
                  {d.meanPain}
                </td>
                <td role="cell" data-label={words.change}>
                  {d.importantChange ? `◆ ${words.importantChange}` : words.noChange}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The patient's diary chart, in the page's locale. */
export default function TrendChart({ summary }: { readonly summary: PatientSummary }): ReactNode {
  const { t, locale } = useLocale();
  return <PainTrend summary={summary} words={t.diary} locale={locale} />;
}
