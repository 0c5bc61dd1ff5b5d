/**
 * @module EMG for a clinician: upload a recording with progress (then the server's analysis job with its own
 * progress), the zoomable trace of the stored study read from the server (EmgTrace: raw signal, RMS
 * envelope, the bursts and spasm episodes of the analysis), and the feature table of the stored analysis.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import type { EmgAnalysisView } from '../../../src/app/emg/index';
import { api } from '../api';
import { EmgTrace } from './EmgTrace';

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
      {id === null || study === null ? null : (
        <EmgTrace patientId={patientId} studyId={id} state={study.state} />
      )}
      {channels.length === 0 ? null : (
        <div className="table-scroll" role="region" aria-label={c.emg.features} tabIndex={0}>
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
        </div>
      )}
    </section>
  );
}
