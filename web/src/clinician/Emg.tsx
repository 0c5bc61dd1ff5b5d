/**
 * @module EMG for a clinician: upload a recording with progress (then the server's analysis job with its own
 * progress), the feature table of the stored analysis, and for a CSV recording chosen here a zoomable trace
 * (raw signal, RMS envelope and the bursts the domain's Hodges–Bui detector finds, run in the browser; drag
 * to zoom, double-click to zoom out).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { detectBursts, movingRms, type Burst } from '../../../src/domain/emg/index';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import type { EmgAnalysisView } from '../../../src/app/emg/index';
import { api } from '../api';

interface Trace {
  readonly label: string;
  readonly fs: number;
  readonly t: Float64Array;
  readonly raw: Float64Array;
  readonly env: Float64Array;
  readonly bursts: readonly Burst[];
}

/** The first channel of a CSV recording (header row; a time column first when named t or time). */
export function traceOfCsv(text: string): Trace | null {
  const lines = text.trim().split(/\r?\n/);
  const head = (lines[0] ?? '').split(',').map((s) => s.trim());
  const timed = /^(t|time|time_s)$/i.test(head[0] ?? '');
  const col = timed ? 1 : 0;
  const rows = lines.slice(1).map((l) => l.split(','));
  const n = rows.length;
  if (n < 10 || head[col] === undefined) {
    return null;
  }
  const t = new Float64Array(n);
  const raw = new Float64Array(n);
  rows.forEach((r, i) => {
    t[i] = timed ? Number(r[0]) : i / 1000;
    raw[i] = Number(r[col]);
  });
  const fs = timed && n > 1 ? Math.round((1 / ((t[n - 1] ?? 0) - (t[0] ?? 0))) * (n - 1)) : 1000;
  const env = movingRms(raw, Math.round(0.05 * fs));
  return { label: head[col], fs, t, raw, env, bursts: detectBursts(env, { fs }) };
}

function TraceChart({ trace }: { readonly trace: Trace }): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (el === null) {
      return undefined;
    }
    const bands = (u: uPlot): void => {
      const ctx = u.ctx;
      ctx.save();
      ctx.fillStyle = 'rgba(139, 0, 0, 0.15)';
      ctx.strokeStyle = '#8b0000';
      for (const b of trace.bursts) {
        const x0 = u.valToPos(b.onset / trace.fs + (trace.t[0] ?? 0), 'x', true);
        const x1 = u.valToPos(b.offset / trace.fs + (trace.t[0] ?? 0), 'x', true);
        ctx.fillRect(x0, u.bbox.top, Math.max(1, x1 - x0), u.bbox.height);
        ctx.strokeRect(x0, u.bbox.top, Math.max(1, x1 - x0), u.bbox.height);
      }
      ctx.restore();
    };
    const plot = new uPlot(
      {
        width: Math.max(300, Math.min(1100, el.clientWidth)),
        height: 300,
        scales: { x: { time: false } },
        cursor: { drag: { x: true, y: false } },
        series: [
          { label: 's' },
          { label: 'raw', stroke: '#4a4a4a', width: 1 },
          { label: 'envelope (RMS)', stroke: '#1f4e79', width: 2, dash: [6, 3] },
        ],
        hooks: { drawClear: [bands] },
      },
      [Array.from(trace.t), Array.from(trace.raw), Array.from(trace.env)],
      el,
    );
    return () => plot.destroy();
  }, [trace]);
  return (
    <figure>
      <div ref={box} role="img" aria-label={c.emg.traceLabel(trace.label)} />
      <figcaption>
        {c.emg.zoomHint}{' '}
        <span data-bursts={trace.bursts.length}>{c.emg.bursts(trace.bursts.length)}</span> (shaded
        bands with a border)
      </figcaption>
      <details>
        <summary>{c.emg.features}: bursts</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">onset (s)</th>
              <th scope="col">offset (s)</th>
              <th scope="col">level</th>
            </tr>
          </thead>
          <tbody>
            {trace.bursts.map((b) => (
              <tr key={b.onset}>
                <td>{(b.onset / trace.fs).toFixed(3)}</td>
                <td>{(b.offset / trace.fs).toFixed(3)}</td>
                <td>{b.level.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

interface Study {
  readonly id: string;
  readonly fileName: string;
  readonly state: string;
  readonly progress: number;
  readonly error: string | null;
  /** The server's `emg-analysis/1` view once the job is done. */
  readonly analysis: EmgAnalysisView | null;
}

function upload(url: string, file: File, onProgress: (share: number) => void): Promise<Study> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('idempotency-key', crypto.randomUUID());
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        onProgress(e.loaded / e.total);
      }
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        resolve(JSON.parse(xhr.responseText) as Study);
      } else {
        reject(new Error(xhr.responseText));
      }
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}

export function Emg({
  patientId,
  studyId,
}: {
  readonly patientId: string;
  readonly studyId: string | null;
}): ReactNode {
  const [sent, setSent] = useState<number | null>(null);
  const [study, setStudy] = useState<Study | null>(null);
  const [trace, setTrace] = useState<Trace | null>(null);
  const [id, setId] = useState(studyId);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (id === null) {
      return undefined;
    }
    let live = true;
    const poll = (): void => {
      void api<Study>('GET', `/api/patients/${patientId}/emg-studies/${id}`).then((s) => {
        if (!live) {
          return;
        }
        setStudy(s);
        if (s.state === 'queued' || s.state === 'running') {
          setTimeout(poll, 500);
        }
      });
    };
    poll();
    return () => {
      live = false;
    };
  }, [patientId, id]);
  const channels = study?.analysis?.channels ?? [];
  type Features = EmgAnalysisView['channels'][number]['features'];
  const first = channels[0]?.features;
  // the table shows each channel's scalar features; the per-minute rows stay in the view
  const keys =
    first === undefined
      ? []
      : (Object.keys(first) as (keyof Features)[]).filter((k) => {
          const v = first[k];
          return v === null || typeof v === 'number';
        });
  return (
    <section aria-labelledby="emg-title">
      <h1 id="emg-title">{c.emgTitle}</h1>
      <label>
        {c.emg.upload}
        <input
          type="file"
          accept=".edf,.bdf,.csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file === undefined) {
              return;
            }
            setError(null);
            setSent(0);
            if (file.name.toLowerCase().endsWith('.csv')) {
              void file.text().then((t) => setTrace(traceOfCsv(t)));
            }
            upload(
              `/api/patients/${patientId}/emg-studies?fileName=${encodeURIComponent(file.name)}`,
              file,
              setSent,
            )
              .then((s) => {
                setSent(1);
                setStudy(s);
                setId(s.id);
              })
              .catch((err: unknown) => setError(String(err)));
          }}
        />
      </label>
      {sent === null ? null : (
        <p>
          <progress max={1} value={sent} aria-label={c.emg.progress(Math.round(sent * 100))} />{' '}
          {c.emg.progress(Math.round(sent * 100))}
        </p>
      )}
      {error === null ? null : (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {study === null ? null : (
        <p role="status">
          {study.fileName}:{' '}
          {study.state === 'done'
            ? study.state
            : `${c.emg.analysing} ${Math.round(study.progress * 100)} %`}
          {study.error === null ? '' : ` — ${study.error}`}
        </p>
      )}
      {trace === null ? null : <TraceChart trace={trace} />}
      {channels.length === 0 ? null : (
        <table data-testid="features">
          <caption>{c.emg.features}</caption>
          <thead>
            <tr>
              <th scope="col">{c.emg.channel}</th>
              {keys.map((k) => (
                <th key={k} scope="col">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {channels.map((ch, i) => (
              <tr key={String(i)}>
                <th scope="row">{ch.label}</th>
                {keys.map((k) => {
                  const v = ch.features[k];
                  return <td key={k}>{typeof v === 'number' ? String(v) : '—'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
