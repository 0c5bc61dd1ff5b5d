/** @module The clinician's patients. */
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { PatientRecord } from '../../../src/domain/records/accounts';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { list } from '../api';

export function PatientList(): ReactNode {
  const [patients, setPatients] = useState<PatientRecord[] | null>(null);
  useEffect(() => {
    list<PatientRecord>('/api/patients')
      .then(setPatients)
      .catch(() => setPatients([]));
  }, []);
  return (
    <section aria-labelledby="pl-title">
      <h1 id="pl-title">{c.patientsTitle}</h1>
      {patients?.length === 0 ? <p>{c.noPatients}</p> : null}
      <ul className="entries">
        {(patients ?? []).map((p) => (
          <li key={p.id}>
            <Link href={`/patients/${p.id}`}>{p.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
