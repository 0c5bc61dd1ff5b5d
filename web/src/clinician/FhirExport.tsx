/**
 * @module The patient's whole record as a FHIR R4 Bundle, downloaded as a JSON file. The route answers JSON
 * without a content-disposition, and a link followed as is would save a refusal (an ended session) as if it
 * were the record; so the link points at the route but a click reads it with the session cookie and saves
 * the Bundle itself under a sensible name, or says why it could not.
 */
import { useState, type MouseEvent, type ReactNode } from 'react';
import { WEB_COURSE_EN as w } from '../../../src/i18n/web-course.en';
import { api } from '../api';
import { failureOf } from './LoadFailed';

/** The route of a patient's FHIR R4 export. */
export function fhirUrl(patientId: string): string {
  return `/api/patients/${patientId}/fhir`;
}

/** The file a patient's export is saved as. */
export function fhirFileName(patientId: string): string {
  return `tonus-patient-${patientId}-fhir-r4.json`;
}

/** Saves `text` as a file named `name`, as a link with `download` would. */
function save(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/fhir+json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // the download has taken the blob by the next turn; a minute leaves slow browsers room
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

export function FhirExport({ patientId }: { readonly patientId: string }): ReactNode {
  const [busy, setBusy] = useState(false);
  /** Why the last export failed (the HTTP status, `null` for the network), if it did. */
  const [failed, setFailed] = useState<number | null | undefined>(undefined);
  const url = fhirUrl(patientId);
  const name = fhirFileName(patientId);
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    e.preventDefault();
    if (busy) {
      return;
    }
    setBusy(true);
    setFailed(undefined);
    api<unknown>('GET', url)
      .then((bundle) => {
        save(`${JSON.stringify(bundle, null, 2)}\n`, name);
      })
      .catch((err: unknown) => {
        setFailed(failureOf(err));
      })
      .finally(() => {
        setBusy(false);
      });
  };
  return (
    <>
      <a
        href={url}
        download={name}
        type="application/fhir+json"
        className="button"
        aria-busy={busy}
        onClick={onClick}
      >
        {w.exportFhir}
      </a>
      <span role="status">{busy ? w.exporting : null}</span>
      {failed === undefined ? null : (
        <span role="alert" className="error">
          {w.exportFailed(failed)}
        </span>
      )}
    </>
  );
}
