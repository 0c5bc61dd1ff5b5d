/**
 * @module EMG for a clinician, under the patient's name: a recording is picked, shown with its size and the
 * patient, and sent only when "Upload and analyse" is pressed, with progress (then the server's analysis job
 * with its own progress), with what is known of rest sent alongside (EmgRest: recorded at rest, phases; a bad
 * phase blocks the upload, and the server's refusals are shown beside the control they name), the zoomable
 * trace of the stored study read from the server (EmgTrace: raw signal, RMS envelope, the bursts and spasm
 * episodes of the analysis), and the feature table of the stored analysis in words with units, under the
 * "decision support, not a diagnosis" notice. A failed analysis says so with its reason, and shows no trace.
 * A study that cannot be read (no such study for this patient, the session ended, the network) says why, as
 * the other clinician pages do, instead of an empty page.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { EMG_EN } from '../../../src/i18n/emg.en';
import type { PatientRecord } from '../../../src/domain/records/accounts';
import type { EmgAnalysisView } from '../../../src/app/emg/index';
import { api, ApiError, type ProblemError } from '../api';
import { failureOf, LoadFailed } from './LoadFailed';
import { EmgTrace } from './EmgTrace';
import { EMPTY_REST, RestControls, restQuery, type RestDraft } from './EmgRest';
import type { FieldIssue } from './sections/fields';
import { ColumnHeads } from '../column-heads';

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

/** The analysis job's state in words: a failure with its reason, never a progress that will not come. */
function stateText(study: Study): string {
  switch (study.state) {
    case 'failed':
      return c.emg.failed(study.error ?? '—');
    case 'done':
      return c.emg.done;
    case 'queued':
      return c.emg.queued;
    default:
      return `${c.emg.analysing} ${Math.round(study.progress * 100)} %`;
  }
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
  const [rest, setRest] = useState<RestDraft>(EMPTY_REST);
  // the schema's messages show once an upload was tried, then follow every edit
  const [tried, setTried] = useState(false);
  const [serverIssues, setServerIssues] = useState<readonly FieldIssue[]>([]);
  /** The file picked, shown with the patient; nothing is sent until "Upload and analyse" is pressed. */
  const [picked, setPicked] = useState<File | null>(null);
  /** The picked file was held back (a bad phase) or refused for its rest information. */
  const [held, setHeld] = useState(false);
  /** Bumped after an upload, so the file input is emptied and the same file can be picked again. */
  const [inputKey, setInputKey] = useState(0);
  /** The patient's name, `null` while it is read; `false`: it could not be read. */
  const [patient, setPatient] = useState<string | false | null>(null);
  /** Why the study could not be read (the HTTP status, `null` for the network), if it could not. */
  const [unread, setUnread] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setPatient(null);
    api<PatientRecord>('GET', `/api/patients/${patientId}`)
      .then((p) => {
        if (live) {
          setPatient(p.name);
        }
      })
      .catch(() => {
        if (live) {
          setPatient(false);
        }
      });
    return () => {
      live = false;
    };
  }, [patientId]);
  const checked = useMemo(() => restQuery(rest), [rest]);
  const restIssues = [...(tried && !checked.ok ? checked.issues : []), ...serverIssues];
  const uploading = sent !== null && sent < 1;
  const start = (file: File): void => {
    setTried(true);
    setServerIssues([]);
    setError(null);
    if (!checked.ok) {
      setHeld(true);
      return;
    }
    setHeld(false);
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
        setPicked(null);
        setInputKey((k) => k + 1);
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
          setHeld(true);
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
    setUnread(undefined);
    const poll = (): void => {
      api<Study>('GET', `/api/patients/${patientId}/emg-studies/${id}`)
        .then((s) => {
          if (!live) {
            return;
          }
          setStudy(s);
          if (s.state === 'queued' || s.state === 'running') {
            setTimeout(poll, 500);
          }
        })
        .catch((e: unknown) => {
          if (live) {
            setUnread(failureOf(e));
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
  /** The scalar features, each named in the catalog with its unit (the compiler checks every one has a name). */
  type Scalar = Exclude<keyof Features, 'perMinute'>;
  const first = channels[0]?.features;
  // the table shows each channel's scalar features; the per-minute rows stay in the view
  const keys =
    first === undefined
      ? []
      : (Object.keys(first) as (keyof Features)[]).filter((k): k is Scalar => {
          const v = first[k];
          return k in EMG_EN.feature && (v === null || typeof v === 'number');
        });
  const failed = study?.state === 'failed';
  // a failed study has no signal to draw; one still queued may yet fail, so its trace waits for progress
  const traced =
    study !== null && (study.state === 'done' || (study.state === 'running' && study.progress > 0));
  if (unread !== undefined) {
    return <LoadFailed title={c.kinds.emg} status={unread} />;
  }
  return (
    <section aria-labelledby="emg-title">
      <h1 id="emg-title">{typeof patient === 'string' ? c.emg.heading(patient) : c.emgTitle}</h1>
      {patient === false ? (
        <p role="alert" className="error">
          {c.emg.patientUnread}
        </p>
      ) : null}
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
          key={inputKey}
          type="file"
          accept=".edf,.bdf,.csv"
          onChange={(e) => {
            // picking only shows the file: it is sent when the button below is pressed
            setPicked(e.target.files?.[0] ?? null);
            setHeld(false);
            setError(null);
          }}
        />
      </label>
      {picked === null ? null : (
        <div className="stack" role="group" aria-labelledby="emg-chosen">
          <h2 id="emg-chosen">{c.emg.chosen}</h2>
          <dl>
            <dt>{c.emg.file}</dt>
            <dd data-testid="chosen-file">{picked.name}</dd>
            <dt>{c.emg.size}</dt>
            <dd>{c.emg.bytes(picked.size)}</dd>
            <dt>{c.emg.patient}</dt>
            <dd data-testid="chosen-patient">{typeof patient === 'string' ? patient : '—'}</dd>
          </dl>
          <p>
            <button
              type="button"
              className="primary"
              disabled={typeof patient !== 'string' || uploading}
              onClick={() => start(picked)}
            >
              {c.emg.send}
            </button>
          </p>
        </div>
      )}
      {!held ? null : (
        <p role="alert" className="error">
          {c.emg.notSent}
        </p>
      )}
      {!uploading ? null : (
        // the upload's own progress, while it lasts: then the study's state takes over
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
        <p role="status" className={failed ? 'error' : undefined}>
          {study.fileName}: {stateText(study)}
        </p>
      )}
      {study === null || study.analysis === null || failed ? null : (
        <p className="notice" role="note">
          {study.analysis.notice}
        </p>
      )}
      {id === null || study === null || !traced ? null : (
        <EmgTrace patientId={patientId} studyId={id} state={study.state} />
      )}
      {channels.length === 0 ? null : (
        // a card a channel on a phone (`stacks`), a table scrolling in its own region from a tablet's width up
        <div className="table-scroll" role="region" aria-label={c.emg.features} tabIndex={0}>
          <table data-testid="features" className="stacks" role="table">
            <caption>{c.emg.features}</caption>
            <ColumnHeads labels={[c.emg.channel, ...keys.map((k) => EMG_EN.feature[k])]} />
            <tbody role="rowgroup">
              {channels.map((ch, i) => (
                <tr key={String(i)} role="row">
                  <th scope="row" role="rowheader">
                    {ch.label}
                  </th>
                  {keys.map((k) => {
                    const v = ch.features[k];
                    return (
                      <td key={k} role="cell" data-label={EMG_EN.feature[k]}>
                        {typeof v === 'number' ? String(v) : '—'}
                      </td>
                    );
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
