/**
 * @module One patient for a clinician: the timeline of everything on the record (encounters, diary,
 * outcomes, self-care, EMG studies, plans, orders), newest first, with links to the assessment, the EMG
 * screen and each encounter's report.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { PatientRecord } from '../../../src/domain/records/accounts';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { api, list } from '../api';

interface Row {
  readonly at: string;
  readonly kind: keyof typeof c.kinds;
  readonly text: string;
  readonly href?: string;
}

type Any = Record<string, unknown> & { id: string; createdAt: string };

export function PatientPage({ id }: { readonly id: string }): ReactNode {
  const [patient, setPatient] = useState<PatientRecord | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    const base = `/api/patients/${id}`;
    void api<PatientRecord>('GET', base).then(setPatient);
    const get = (path: string): Promise<Any[]> => list<Any>(`${base}/${path}`).catch(() => []);
    void Promise.all([
      get('encounters'),
      get('diary'),
      get('outcomes'),
      get('self-care'),
      get('emg-studies'),
      get('plans'),
      get('orders'),
    ]).then(([enc, diary, outcomes, selfCare, emg, plans, orders]) => {
      const all: Row[] = [
        ...enc.map((e) => ({
          at: e.createdAt,
          kind: 'encounter' as const,
          text: String((e.result as { triage?: { level?: string } }).triage?.level),
          href: `/patients/${id}/encounters/${e.id}`,
        })),
        ...diary.map((d) => ({
          at: String(d.startedAt),
          kind: 'diary' as const,
          text: `severity ${String(d.psfsSeverity)}, pain ${String(d.painNrs)}, ${String(d.durationMinutes)} min`,
        })),
        ...outcomes.map((o) => ({
          at: String(o.takenAt),
          kind: 'outcome' as const,
          text: `${String(o.instrument)}: ${JSON.stringify(o.score ?? o.scores ?? '')}`,
        })),
        ...selfCare.map((s) => ({
          at: String(s.startedAt),
          kind: 'self_care' as const,
          text: `${String(s.measure)}, ${String(s.minutes)} min`,
        })),
        ...emg.map((s) => ({
          at: s.createdAt,
          kind: 'emg' as const,
          text: `${String(s.fileName)} (${String(s.state)})`,
          href: `/patients/${id}/emg/${s.id}`,
        })),
        ...plans.map((p) => ({
          at: p.createdAt,
          kind: 'plan' as const,
          text: JSON.stringify((p.body as { goals?: unknown }).goals ?? []),
        })),
        ...orders.map((o) => ({
          at: o.createdAt,
          kind: 'order' as const,
          text: JSON.stringify((o.order as { drug?: string } | undefined)?.drug ?? ''),
        })),
      ];
      setRows(all.sort((a, b) => b.at.localeCompare(a.at)));
    });
  }, [id]);
  const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="pp-title">
      <h1 id="pp-title">{patient?.name ?? '…'}</h1>
      <p className="row">
        <Link href={`/patients/${id}/assess`} className="button primary">
          {c.newAssessment}
        </Link>
        <Link href={`/patients/${id}/emg`} className="button">
          {c.emgTitle}
        </Link>
      </p>
      <h2>{c.timeline}</h2>
      <table>
        <caption className="progress">{c.timeline}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.kind}-${r.at}-${String(i)}`}>
              <td>{when.format(new Date(r.at))}</td>
              <th scope="row">{c.kinds[r.kind]}</th>
              <td>{r.href === undefined ? r.text : <Link href={r.href}>{r.text}</Link>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
