/**
 * @module The EMG viewer of a stored study: the server reduces a window of one channel to one column per
 * pixel (minimum and maximum, so a spike one sample wide still shows, and the RMS envelope), and this draws
 * it with uPlot, with the analysis's bursts and spasm episodes as labelled bands (B1, S1: a label and a
 * pattern, never colour alone) and the same episodes in a table for screen readers. Zoom by dragging, by
 * the buttons or by the keys (+ − ← → Home) on the focused trace; every zoom or pan asks the server again.
 */
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { EmgTraceView } from '../../../src/app/emg-studies/trace';
import { WEB_EMG_VIEWER_EN as v } from '../../../src/i18n/web-emg.en';
import { api, ApiError } from '../api';
import { fittedPlot } from '../chart';
import { ColumnHeads } from '../column-heads';

interface Window {
  readonly channel: number;
  readonly fromS: number;
  /** Null: the server's default window. */
  readonly toS: number | null;
}

/** The narrowest window a zoom goes to, seconds. */
const MIN_WIDTH_S = 0.05;

const fmt = (s: number): string => (Math.round(s * 1000) / 1000).toString();

type Episode =
  | { readonly kind: 'burst'; readonly mark: string; readonly e: EmgTraceView['bursts'][number] }
  | { readonly kind: 'spasm'; readonly mark: string; readonly e: EmgTraceView['spasms'][number] };

function episodesOf(view: EmgTraceView): Episode[] {
  return [
    ...view.bursts.map((e, i): Episode => ({ kind: 'burst', mark: v.burstMark(i + 1), e })),
    ...view.spasms.map((e, i): Episode => ({ kind: 'spasm', mark: v.spasmMark(i + 1), e })),
  ].sort((a, b) => a.e.onsetS - b.e.onsetS);
}

/** Bands for the episodes: bursts with a dashed border, spasms hatched; each with its mark written on it. */
function drawEpisodes(u: uPlot, episodes: readonly Episode[]): void {
  const ctx = u.ctx;
  const { left, top, width, height } = u.bbox;
  const px = devicePixelRatio;
  const font = `${String(Math.round(12 * px))}px system-ui, sans-serif`;
  for (const ep of episodes) {
    // an episode that began before the window is drawn from the window's edge, its mark with it
    const x0 = Math.max(left, u.valToPos(ep.e.onsetS, 'x', true));
    const x1 = Math.min(left + width, Math.max(x0 + px, u.valToPos(ep.e.offsetS, 'x', true)));
    if (x1 <= x0) {
      continue;
    }
    const spasm = ep.kind === 'spasm';
    ctx.save();
    ctx.beginPath();
    ctx.rect(x0, top, x1 - x0, height);
    ctx.clip();
    ctx.fillStyle = spasm ? 'rgba(139, 0, 0, 0.10)' : 'rgba(31, 78, 121, 0.10)';
    ctx.fillRect(x0, top, x1 - x0, height);
    ctx.strokeStyle = spasm ? '#8b0000' : '#1f4e79';
    ctx.lineWidth = px;
    ctx.setLineDash(spasm ? [] : [4 * px, 3 * px]);
    ctx.strokeRect(x0, top, x1 - x0, height);
    if (spasm) {
      // hatching: a spasm differs from a burst by pattern as well as colour
      ctx.beginPath();
      for (let x = x0 - height; x < x1; x += 8 * px) {
        ctx.moveTo(x, top + height);
        ctx.lineTo(x + height, top);
      }
      ctx.stroke();
    }
    ctx.restore();
    ctx.save();
    ctx.font = font;
    ctx.textBaseline = 'top';
    const y = top + (spasm ? 18 : 2) * px;
    const w = ctx.measureText(ep.mark).width;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(x0 + px, y - px, w + 4 * px, 15 * px);
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(ep.mark, x0 + 3 * px, y);
    ctx.restore();
  }
}

function Plot({
  view,
  episodes,
  onZoom,
}: {
  readonly view: EmgTraceView;
  readonly episodes: readonly Episode[];
  readonly onZoom: (fromS: number, toS: number) => void;
}): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (el === null) {
      return undefined;
    }
    const x = view.min.map((_, i) => view.fromS + (i + 0.5) * view.columnS);
    // a phone turned, a window resized: the trace keeps to the width it has
    return fittedPlot(el, {
      height: 320,
      minWidth: 280,
      maxWidth: 1400,
      slack: 1,
      options: {
        legend: { show: false },
        scales: { x: { time: false, range: [view.fromS, view.toS] } },
        cursor: { drag: { x: true, y: false, setScale: false } },
        axes: [{ label: 's' }, { label: 'µV' }],
        series: [
          {},
          { stroke: '#4a4a4a', width: 1 },
          { stroke: '#4a4a4a', width: 1 },
          { stroke: '#1f4e79', width: 2, dash: [6, 3] },
        ],
        bands: [{ series: [2, 1], fill: 'rgba(74, 74, 74, 0.35)' }],
        hooks: {
          draw: [(u) => drawEpisodes(u, episodes)],
          setSelect: [
            (u) => {
              if (u.select.width > 3) {
                const a = u.posToVal(u.select.left, 'x');
                const b = u.posToVal(u.select.left + u.select.width, 'x');
                u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
                onZoom(a, b);
              }
            },
          ],
        },
      },
      data: [x, view.min, view.max, view.envelopeMax],
    }).dispose;
  }, [view, episodes, onZoom]);
  return (
    <div
      ref={box}
      role="img"
      aria-label={v.figure(view.label, fmt(view.fromS), fmt(view.toS))}
      className="trace"
    />
  );
}

function EpisodeTable({ episodes }: { readonly episodes: readonly Episode[] }): ReactNode {
  if (episodes.length === 0) {
    return <p>{v.noEpisodes}</p>;
  }
  return (
    // a list of cards on a phone (`stacks`), a table from a tablet's width up
    <div className="table-scroll" role="region" aria-label={v.tableCaption} tabIndex={0}>
      <table data-testid="episodes" className="stacks" role="table">
        <caption>{v.tableCaption}</caption>
        <ColumnHeads labels={[v.mark, v.kind, v.onset, v.offset, v.duration, v.level]} />
        <tbody role="rowgroup">
          {episodes.map((ep) => (
            <tr key={ep.mark} role="row">
              <th scope="row" role="rowheader">
                {ep.mark}
              </th>
              <td role="cell" data-label={v.kind}>
                {ep.kind === 'burst' ? v.burst : v.spasm(ep.e.kind, ep.e.status)}
              </td>
              <td role="cell" data-label={v.onset}>
                {fmt(ep.e.onsetS)}
              </td>
              <td role="cell" data-label={v.offset}>
                {fmt(ep.e.offsetS)}
              </td>
              <td role="cell" data-label={v.duration}>
                {fmt(ep.e.durationS)}
              </td>
              <td role="cell" data-label={v.level}>
                {(ep.kind === 'burst' ? ep.e.levelUv : ep.e.rmsUv)?.toFixed(1) ?? '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EmgTrace({
  patientId,
  studyId,
  state,
}: {
  readonly patientId: string;
  readonly studyId: string;
  /** The analysis job's state: the window is read again when it changes, so its episodes appear. */
  readonly state: string;
}): ReactNode {
  const [win, setWin] = useState<Window>({ channel: 0, fromS: 0, toS: null });
  const [view, setView] = useState<EmgTraceView | null>(null);
  const [episodes, setEpisodes] = useState<Episode[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    const points = Math.max(100, Math.min(2000, box.current?.clientWidth ?? 1000));
    const q = new URLSearchParams({
      channel: String(win.channel),
      from: String(win.fromS),
      points: String(points),
    });
    if (win.toS !== null) {
      q.set('to', String(win.toS));
    }
    setBusy(true);
    api<EmgTraceView>('GET', `/api/patients/${patientId}/emg-studies/${studyId}/trace?${q}`)
      .then((r) => {
        if (live) {
          setView(r);
          setEpisodes(episodesOf(r));
          setError(null);
        }
      })
      .catch((e: unknown) => {
        if (live) {
          setError(e instanceof ApiError ? e.message : String(e));
        }
      })
      .finally(() => {
        if (live) {
          setBusy(false);
        }
      });
    return () => {
      live = false;
    };
  }, [patientId, studyId, win, state]);

  const end = view?.recordingS ?? null;
  const show = useCallback(
    (fromS: number, toS: number) => {
      setWin((w) => {
        let width = Math.max(MIN_WIDTH_S, toS - fromS);
        if (end !== null) {
          width = Math.min(width, end);
        }
        let from = Math.max(0, fromS);
        if (end !== null && from + width > end) {
          from = Math.max(0, end - width);
        }
        return { ...w, fromS: from, toS: from + width };
      });
    },
    [end],
  );
  const from = view?.fromS ?? 0;
  const to = view?.toS ?? 0;
  const width = to - from;
  const actions = {
    zoomIn: () => show(from + width / 4, to - width / 4),
    zoomOut: () => show(from - width / 2, to + width / 2),
    earlier: () => show(from - width / 2, to - width / 2),
    later: () => show(from + width / 2, to + width / 2),
    whole: () => show(0, end ?? to),
  };
  const onKey = (e: KeyboardEvent): void => {
    const act: Readonly<Record<string, () => void>> = {
      '+': actions.zoomIn,
      '=': actions.zoomIn,
      '-': actions.zoomOut,
      ArrowLeft: actions.earlier,
      ArrowRight: actions.later,
      Home: actions.whole,
    };
    const f = act[e.key];
    if (f !== undefined && view !== null) {
      e.preventDefault();
      f();
    }
  };
  const bursts = view?.bursts.length ?? 0;
  const spasms = view?.spasms.length ?? 0;
  return (
    <section aria-labelledby="trace-title" className="emg-trace" ref={box}>
      <h2 id="trace-title">{v.title}</h2>
      <p className="row">
        <label>
          {v.channel}{' '}
          <select
            value={win.channel}
            onChange={(e) => setWin((w) => ({ ...w, channel: Number(e.target.value) }))}
          >
            {(view?.channels ?? []).map((label, i) => (
              <option key={`${String(i)}-${label}`} value={i}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={actions.zoomIn} disabled={view === null}>
          {v.zoomIn}
        </button>
        <button type="button" onClick={actions.zoomOut} disabled={view === null}>
          {v.zoomOut}
        </button>
        <button type="button" onClick={actions.earlier} disabled={view === null || from <= 0}>
          {v.panLeft}
        </button>
        <button
          type="button"
          onClick={actions.later}
          disabled={view === null || (end !== null && to >= end)}
        >
          {v.panRight}
        </button>
        <button type="button" onClick={actions.whole} disabled={view === null}>
          {v.whole}
        </button>
      </p>
      <p id="trace-keys" className="hint">
        {v.keys}
      </p>
      <div role="status" aria-live="polite">
        {busy ? <p>{v.loading}</p> : null}
        {error === null ? null : <p className="error">{v.failed(error)}</p>}
        {view === null ? null : (
          <p>{v.window(fmt(from), fmt(to), end === null ? null : fmt(end))}</p>
        )}
      </div>
      {view === null ? null : (
        <figure>
          <div
            tabIndex={0}
            role="group"
            aria-label={v.title}
            aria-describedby="trace-keys"
            onKeyDown={onKey}
            className="trace-focus"
          >
            <Plot view={view} episodes={episodes} onZoom={show} />
          </div>
          <figcaption>
            <span className="legend-raw">{v.legendRaw}</span>{' '}
            <span className="legend-env">
              {v.legendEnvelope(Math.round(view.envelopeWindowS * 1000))}
            </span>{' '}
            {view.analysis === 'done' ? (
              <span data-bursts={bursts} data-spasms={spasms}>
                {v.counts(bursts, spasms)}
              </span>
            ) : (
              <span>{v.notAnalysed(view.analysis)}</span>
            )}
          </figcaption>
        </figure>
      )}
      {view?.analysis === 'done' ? <EpisodeTable episodes={episodes} /> : null}
    </section>
  );
}
