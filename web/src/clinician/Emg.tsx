/**
 * @module EMG for a clinician: upload a recording with progress (then the server's analysis job with its own
 * progress), with what is known of rest sent alongside (EmgRest: recorded at rest, phases; a bad phase blocks
 * the upload, and the server's refusals are shown beside the control they name), the zoomable trace of the stored study read from the server (EmgTrace: raw signal, RMS
 * envelope, the bursts and spasm episodes of the analysis), and the feature table of the stored analysis.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import type { EmgAnalysisView } from '../../../src/app/emg/index';
import { api, ApiError, type ProblemError } from '../api';
import { EmgTrace } from './EmgTrace';
import { EMPTY_REST, RestControls, restQuery, type RestDraft } from './EmgRest';
import type { FieldIssue } from './sections/fields';

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
        return;
      }
      try {
        // a refusal is problem+json naming each field; anything else is the server's own trouble
        const p = JSON.parse(xhr.responseText) as { detail?: string; errors?: ProblemError[] };
        reject(new ApiError(xhr.status, p.detail ?? xhr.statusText, p.errors ?? []));
      } catch {
        reject(new Error(`${String(xhr.status)} ${xhr.statusText}`));
      }
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}

/** A problem's JSON pointer (`/phases/0/offsetS`) as the form's dotted field path (`phases.0.offsetS`). */
function pathOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

const isRest = (path: string): boolean => /^(atRest|phases)(\.|$)/.test(path);

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
  const [rest, setRest] = useState<RestDraft>(EMPTY_REST);
  // the schema's messages show once an upload was tried, then follow every edit
  const [tried, setTried] = useState(false);
  const [serverIssues, setServerIssues] = useState<readonly FieldIssue[]>([]);
  /** A file whose upload was held back (a bad phase) or refused for its rest information. */
  const [held, setHeld] = useState<File | null>(null);
  const checked = useMemo(() => restQuery(rest), [rest]);
  const restIssues = [...(tried && !checked.ok ? checked.issues : []), ...serverIssues];
  const start = (file: File): void => {
    setTried(true);
    setServerIssues([]);
    setError(null);
    if (!checked.ok) {
      setHeld(file);
      return;
    }
    setHeld(null);
    setSent(0);
    upload(
      `/api/patients/${patientId}/emg-studies?fileName=${encodeURIComponent(file.name)}${checked.query}`,
      file,
      setSent,
    )
      .then((s) => {
        setSent(1);
        setStudy(s);
        setId(s.id);
      })
      .catch((err: unknown) => {
        setSent(null);
        if (!(err instanceof ApiError)) {
          setError(String(err));
          return;
        }
        const issues = err.errors.map((e) => ({ path: pathOf(e.pointer), text: e.detail }));
        const mine = issues.filter((i) => isRest(i.path));
        setServerIssues(mine);
        if (mine.length > 0) {
          setHeld(file);
        }
        const others = issues.filter((i) => !isRest(i.path)).map((i) => i.text);
        if (others.length > 0) {
          setError(others.join('; '));
        } else if (mine.length === 0) {
          setError(err.message);
        }
      });
  };
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
      <RestControls
        value={rest}
        onChange={(v) => {
          setRest(v);
          // the server's messages were about the rows as they were sent
          setServerIssues([]);
        }}
        issues={restIssues}
      />
      <label>
        {c.emg.upload}
        <input
          type="file"
          accept=".edf,.bdf,.csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) {
              start(file);
            }
          }}
        />
      </label>
      {held === null ? null : (
        <div className="row">
          <p role="alert" className="error">
            {c.emg.notSent}
          </p>
          <button type="button" onClick={() => start(held)}>
            {c.emg.sendAgain(held.name)}
          </button>
        </div>
      )}
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
