/**
 * @module Every user of the clinic for an admin: name, email, role, for a patient the id of their patient
 * record and for a clinician (or an admin) the patients assigned to them, by name (as text: an admin reads no
 * clinical record, so there is no link to one); below, the form that assigns a patient to a clinician, both
 * picked from the same list, and a new assignment joins the table at once.
 */
import { useEffect, useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import type { Assignment, UserSummary } from '../../../src/domain/records/accounts';
import { WEB_ADMIN_EN as a } from '../../../src/i18n/web-admin.en';
import { api, ApiError, list } from '../api';
import {
  FieldProblem,
  GeneralProblems,
  invalidProps,
  NO_REFUSAL,
  refusalOf,
  type Refusal,
} from './refusal';

interface Clinic {
  readonly users: readonly UserSummary[];
  readonly assignments: readonly Assignment[];
}

export function Users(): ReactNode {
  /** `null` while they are read. */
  const [clinic, setClinic] = useState<Clinic | null>(null);
  /** The read failed: its HTTP status, `null` for the network. */
  const [failed, setFailed] = useState<{ status: number | null } | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([list<UserSummary>('/api/admin/users'), list<Assignment>('/api/admin/assignments')])
      .then(([users, assignments]) => {
        if (live) {
          setClinic({ users, assignments });
        }
      })
      .catch((e: unknown) => {
        if (live) {
          setFailed({ status: e instanceof ApiError ? e.status : null });
        }
      });
    return () => {
      live = false;
    };
  }, []);
  const assigned = (made: Assignment): void =>
    setClinic((c) =>
      c === null ||
      c.assignments.some(
        (x) => x.clinicianId === made.clinicianId && x.patientId === made.patientId,
      )
        ? c
        : { ...c, assignments: [...c.assignments, made] },
    );
  return (
    <>
      <section aria-labelledby="users-title">
        <h1 id="users-title">{a.usersTitle}</h1>
        <UserTable clinic={clinic} failed={failed} />
      </section>
      {clinic === null ? null : <AssignForm users={clinic.users} onAssigned={assigned} />}
    </>
  );
}

function UserTable({
  clinic,
  failed,
}: {
  readonly clinic: Clinic | null;
  readonly failed: { status: number | null } | null;
}): ReactNode {
  if (failed !== null) {
    return (
      <p role="alert" className="error">
        {a.loadFailed(failed.status)}
      </p>
    );
  }
  if (clinic === null) {
    return <p role="status">{a.loading}</p>;
  }
  const { users, assignments } = clinic;
  if (users.length === 0) {
    return <p>{a.noUsers}</p>;
  }
  const patientName = new Map(
    users.flatMap((u) => (u.patientId === null ? [] : [[u.patientId, u.name] as const])),
  );
  /** The names of the patients assigned to a clinician or an admin, in the order of the users. */
  const assignedTo = (u: UserSummary): string => {
    if (u.role === 'patient') {
      return a.noRecord;
    }
    const mine = new Set(assignments.filter((x) => x.clinicianId === u.id).map((x) => x.patientId));
    const names = [...patientName].filter(([id]) => mine.has(id)).map(([, name]) => name);
    return names.length === 0 ? a.noneAssigned : names.join(', ');
  };
  return (
    <div className="table-scroll" role="region" aria-label={a.usersCaption} tabIndex={0}>
      <table>
        <caption>{a.usersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{a.columns.name}</th>
            <th scope="col">{a.columns.email}</th>
            <th scope="col">{a.columns.role}</th>
            <th scope="col">{a.columns.patientRecord}</th>
            <th scope="col">{a.columns.assigned}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              <td>{u.email}</td>
              <td>{a.roles[u.role]}</td>
              <td>{u.patientId === null ? a.noRecord : <code>{u.patientId}</code>}</td>
              <td>{assignedTo(u)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AssignForm({
  users,
  onAssigned,
}: {
  readonly users: readonly UserSummary[];
  readonly onAssigned: (made: Assignment) => void;
}): ReactNode {
  const form = useId();
  const clinicians = users.filter((u) => u.role === 'clinician');
  const patients = users.filter(
    (u): u is UserSummary & { patientId: string } => u.role === 'patient' && u.patientId !== null,
  );
  const [refusal, setRefusal] = useState<Refusal>(NO_REFUSAL);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: SyntheticEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const body = { clinicianId: f.get('clinicianId'), patientId: f.get('patientId') };
    setBusy(true);
    setDone(null);
    setRefusal(NO_REFUSAL);
    api<Assignment>('POST', '/api/admin/assignments', body)
      .then((r) => {
        const clinician = clinicians.find((u) => u.id === r.clinicianId)?.name ?? '';
        const patient = patients.find((u) => u.patientId === r.patientId)?.name ?? '';
        setDone(a.assigned(clinician, patient));
        onAssigned(r);
      })
      .catch((err: unknown) => setRefusal(refusalOf(err, ['clinicianId', 'patientId'])))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="assign-title">
      <h2 id="assign-title">{a.assignTitle}</h2>
      <p>{a.assignIntro}</p>
      {clinicians.length === 0 || patients.length === 0 ? (
        <p>{a.nothingToAssign}</p>
      ) : (
        <>
          <GeneralProblems refusal={refusal} />
          <form onSubmit={submit} className="stack">
            <label>
              {a.fields.clinicianId}
              <select
                name="clinicianId"
                required
                defaultValue=""
                {...invalidProps(refusal, form, 'clinicianId')}
              >
                <option value="" disabled>
                  {a.choose}
                </option>
                {clinicians.map((u) => (
                  <option key={u.id} value={u.id}>
                    {`${u.name} (${u.email})`}
                  </option>
                ))}
              </select>
            </label>
            <FieldProblem refusal={refusal} form={form} field="clinicianId" />
            <label>
              {a.fields.patientId}
              <select
                name="patientId"
                required
                defaultValue=""
                {...invalidProps(refusal, form, 'patientId')}
              >
                <option value="" disabled>
                  {a.choose}
                </option>
                {patients.map((u) => (
                  <option key={u.id} value={u.patientId}>
                    {`${u.name} (${u.email})`}
                  </option>
                ))}
              </select>
            </label>
            <FieldProblem refusal={refusal} form={form} field="patientId" />
            <button type="submit" className="primary" disabled={busy}>
              {a.assign}
            </button>
          </form>
          {done === null ? null : <p role="status">{done}</p>}
        </>
      )}
    </section>
  );
}
