/**
 * @module One encounter as the server stored it: the result the server computed (when, and with which
 * knowledge base), its PDF report, and the treatment plan builder with prescription orders checked inline
 * (clinician-only). An encounter that cannot be read says why.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { ClinicianView } from '../../../src/app/views/index';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { api } from '../api';
import { failureOf, LoadFailed } from './LoadFailed';
import { LiveResult } from './Assessment';
import { PlanBuilder } from './plan/PlanBuilder';

/** What the page reads of a stored encounter. */
interface Stored {
  readonly result: ClinicianView;
  readonly input: unknown;
  readonly createdAt: string;
  readonly kbVersion: string;
}

export function EncounterPage({
  id,
  encounterId,
}: {
  readonly id: string;
  readonly encounterId: string;
}): ReactNode {
  const [enc, setEnc] = useState<Stored | null>(null);
  /** Why the encounter could not be read (the HTTP status, `null` for the network), if it could not. */
  const [failed, setFailed] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    api<Stored>('GET', `/api/patients/${id}/encounters/${encounterId}`)
      .then(setEnc)
      .catch((e: unknown) => {
        setFailed(failureOf(e));
      });
  }, [id, encounterId]);
  if (failed !== undefined) {
    return <LoadFailed title={c.kinds.encounter} status={failed} />;
  }
  const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="enc-title">
      <h1 id="enc-title">{c.kinds.encounter}</h1>
      <p>
        <a
          className="button primary"
          href={`/api/patients/${id}/encounters/${encounterId}/report.pdf`}
          download
        >
          {c.report}
        </a>
      </p>
      {enc === null ? null : (
        <>
          <LiveResult
            live={{ view: enc.result, errors: [], issues: [], ms: 0 }}
            sticky={false}
            stored={{ when: when.format(new Date(enc.createdAt)), kbVersion: enc.kbVersion }}
          />
          <PlanBuilder
            patientId={id}
            encounterId={encounterId}
            view={enc.result}
            input={enc.input}
          />
        </>
      )}
    </section>
  );
}
