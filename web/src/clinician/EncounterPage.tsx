/**
 * @module One encounter as the server stored it: the result the server computed, its PDF report, and the
 * treatment plan builder with prescription orders checked inline (clinician-only).
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { ClinicianView } from '../../../src/app/views/index';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { api } from '../api';
import { LiveResult } from './Assessment';
import { PlanBuilder } from './plan/PlanBuilder';

export function EncounterPage({
  id,
  encounterId,
}: {
  readonly id: string;
  readonly encounterId: string;
}): ReactNode {
  const [enc, setEnc] = useState<{ result: ClinicianView; input: unknown } | null>(null);
  useEffect(() => {
    void api<{ result: ClinicianView; input: unknown }>(
      'GET',
      `/api/patients/${id}/encounters/${encounterId}`,
    ).then(setEnc);
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
      {enc === null ? null : (
        <>
          <LiveResult live={{ view: enc.result, errors: [], issues: [], ms: 0 }} sticky={false} />
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
