/**
 * @module One patient for a clinician: the timeline of everything on the record (encounters, diary,
 * outcomes, self-care, EMG studies, plans, orders), newest first, each in words, with links to the
 * assessment, the EMG screen and each encounter's report; above it the age and sex with their form
 * (`Demographics`), the course (pain trend and outcome measures, `Course`) and the FHIR R4 export
 * (`FhirExport`). A record that cannot be read (the session ended, no such patient assigned) says so
 * instead of waiting forever.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { PatientRecord } from '../../../src/domain/records/accounts';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { WEB_PLAN_EN as wp } from '../../../src/i18n/web-plan.en';
import type { Plan } from '../../../src/domain/records/index';
import type { OrderCheckRequest } from '../../../src/domain/orders/index';
import type { SelfCareMeasureId } from '../../../src/domain/kb/index';
import type { TriageLevel } from '../../../src/domain/shared/index';
import { WEB_TIMELINE_EN as tl, type Instrument } from '../../../src/i18n/web-timeline.en';
import { api, list } from '../api';
import { Course } from './Course';
import { Demographics } from './Demographics';
import { FhirExport } from './FhirExport';
import { failureOf, LoadFailed } from './LoadFailed';
import { ColumnHeads } from '../column-heads';

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
  /** Why the record could not be read (the HTTP status, `null` for the network), if it could not. */
  const [failed, setFailed] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    const base = `/api/patients/${id}`;
    setFailed(undefined);
    api<PatientRecord>('GET', base)
      .then(setPatient)
      .catch((e: unknown) => {
        setFailed(failureOf(e));
      });
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
          text: tl.encounter((e.result as { triage: { level: TriageLevel } }).triage.level),
          href: `/patients/${id}/encounters/${e.id}`,
        })),
        ...diary.map((d) => ({
          at: String(d.startedAt),
          kind: 'diary' as const,
          text: (() => {
            const entry = tl.diary(
              Number(d.psfsSeverity),
              Number(d.painNrs),
              Number(d.durationMinutes),
            );
            const slip = d.enteredInError as { reason: string | null } | null | undefined;
            return slip === null || slip === undefined
              ? entry
              : `${entry}: ${tl.enteredInError(slip.reason)}`;
          })(),
        })),
        ...outcomes.map((o) => ({
          at: String(o.takenAt),
          kind: 'outcome' as const,
          text: (() => {
            const score = o.score as {
              value: number | null;
              detail: Record<string, string | number | null>;
            };
            return tl.outcome(o.instrument as Instrument, score.value, score.detail);
          })(),
        })),
        ...selfCare.map((s) => ({
          at: String(s.startedAt),
          kind: 'self_care' as const,
          text: tl.selfCare(wp.measures[s.measure as SelfCareMeasureId], Number(s.minutes)),
        })),
        ...emg.map((s) => ({
          at: s.createdAt,
          kind: 'emg' as const,
          text: `${String(s.fileName)} (${String(s.state)})`,
          href: `/patients/${id}/emg/${s.id}`,
        })),
        ...plans.map((p) => {
          const body = p.body as Plan['body'];
          return {
            at: p.createdAt,
            kind: 'plan' as const,
            text: wp.timeline.plan(
              body.selfCare
                .map((s) => `${wp.measures[s.measure]} ×${String(s.timesPerDay)}`)
                .join(', '),
              body.goals.join('; '),
            ),
          };
        }),
        ...orders.map((o) => {
          const order = (o.request as OrderCheckRequest).order;
          const dose =
            order.dose === undefined
              ? ''
              : wp.timeline.dose(order.dose.value, order.dose.unit, order.dosesPerDay);
          return {
            at: o.createdAt,
            kind: 'order' as const,
            text: wp.timeline.order(wp.order.drugs[order.drug], dose, o.blocked === true),
          };
        }),
      ];
      setRows(all.sort((a, b) => b.at.localeCompare(a.at)));
    });
  }, [id]);
  const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  if (failed !== undefined) {
    return <LoadFailed title={c.sections.patient} status={failed} />;
  }
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
        <FhirExport patientId={id} />
      </p>
      {patient === null ? null : <Demographics patient={patient} onChange={setPatient} />}
      <Course patientId={id} />
      <h2 id="pp-timeline">{c.timeline}</h2>
      {/* a list of cards on a phone (`stacks`), a table from a tablet's width up */}
      <table aria-labelledby="pp-timeline" className="stacks" role="table">
        <ColumnHeads labels={[tl.columns.when, tl.columns.what, tl.columns.detail]} />
        <tbody role="rowgroup">
          {rows.map((r, i) => (
            <tr key={`${r.kind}-${r.at}-${String(i)}`} role="row">
              <td role="cell" data-label={tl.columns.when}>
                {when.format(new Date(r.at))}
              </td>
              <th scope="row" role="rowheader">
                {c.kinds[r.kind]}
              </th>
              <td role="cell" data-label={tl.columns.detail}>
                {r.href === undefined ? r.text : <Link href={r.href}>{r.text}</Link>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
