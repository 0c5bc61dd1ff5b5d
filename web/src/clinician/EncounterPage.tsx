/** @module One encounter as the server stored it: the result the server computed, and its PDF report. */
import { useEffect, useState, type ReactNode } from 'react';
import type { ClinicianView } from '../../../src/app/views/index';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { api } from '../api';
import { LiveResult } from './Assessment';

export function EncounterPage({
  id,
  encounterId,
}: {
  readonly id: string;
  readonly encounterId: string;
}): ReactNode {
  const [view, setView] = useState<ClinicianView | null>(null);
  useEffect(() => {
    void api<{ result: ClinicianView }>(
      'GET',
      `/api/patients/${id}/encounters/${encounterId}`,
    ).then((e) => setView(e.result));
  }, [id, encounterId]);
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
      {view === null ? null : <LiveResult live={{ view, errors: [], issues: [], ms: 0 }} />}
    </section>
  );
}
