/**
 * @module Every user of the clinic for an admin: name, email, role, for a patient the id of their patient
 * record and for a clinician (or an admin) the patients assigned to them, by name (as text: an admin reads no
 * clinical record, so there is no link to one), each with an "End access" button that, once confirmed, ends
 * the assignment (the clinician no longer sees that record; nothing recorded is deleted); below, the form that
 * assigns a patient to a clinician, both picked from the same list, and a new assignment joins the table at
 * once. A refused end is said in words above the table. Each account can be disabled (signed out everywhere
 * at once, no sign-in) and enabled again, both confirmed first, but never the admin's own; an enabled one
 * can get a password-reset link, shown once above the table like an invitation's. A disabled account is no
 * choice in the assignment form.
 */
import { useEffect, useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import type { Assignment, ResetLink, UserSummary } from '../../../src/domain/records/accounts';
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
import { ConfirmButton } from '../confirm';
import { OnceLink, when } from './OnceLink';
import { useSession } from '../session';
import { ColumnHeads } from '../column-heads';

/** The address a user opens to set a new password: the reset-password page of this web app with the token. */
export function resetLinkOf(origin: string, token: string): string {
  return `${origin}/reset-password?token=${encodeURIComponent(token)}`;
}

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
  const { me } = useSession();
  const [acting, setActing] = useState(false);
  const [accountRefusal, setAccountRefusal] = useState<Refusal>(NO_REFUSAL);
  const [accountDone, setAccountDone] = useState<string | null>(null);
  const [reset, setReset] = useState<{ readonly name: string; readonly link: ResetLink } | null>(
    null,
  );
  const account = (u: UserSummary, action: 'disable' | 'enable' | 'reset-link'): void => {
    setActing(true);
    setAccountDone(null);
    setAccountRefusal(NO_REFUSAL);
    setReset(null);
    const url = `/api/admin/users/${encodeURIComponent(u.id)}/${action}`;
    const done =
      action === 'reset-link'
        ? api<ResetLink>('POST', url).then((link) => setReset({ name: u.name, link }))
        : api<UserSummary>('POST', url).then((changed) => {
            setClinic((c) =>
              c === null
                ? c
                : { ...c, users: c.users.map((x) => (x.id === changed.id ? changed : x)) },
            );
            setAccountDone(action === 'disable' ? a.disabledDone(u.name) : a.enabledDone(u.name));
          });
    done
      .catch((err: unknown) => setAccountRefusal(refusalOf(err, [])))
      .finally(() => setActing(false));
  };
  const [ending, setEnding] = useState(false);
  const [endRefusal, setEndRefusal] = useState<Refusal>(NO_REFUSAL);
  const [ended, setEnded] = useState<string | null>(null);
  const end = (x: Assignment, clinician: string, patient: string): void => {
    setEnding(true);
    setEnded(null);
    setEndRefusal(NO_REFUSAL);
    api<null>(
      'DELETE',
      `/api/admin/assignments/${encodeURIComponent(x.clinicianId)}/${encodeURIComponent(x.patientId)}`,
    )
      .then(() => {
        setClinic((c) =>
          c === null
            ? c
            : {
                ...c,
                assignments: c.assignments.filter(
                  (y) => !(y.clinicianId === x.clinicianId && y.patientId === x.patientId),
                ),
              },
        );
        setEnded(a.accessEnded(clinician, patient));
      })
      .catch((err: unknown) => setEndRefusal(refusalOf(err, [])))
      .finally(() => setEnding(false));
  };
  return (
    <>
      <section aria-labelledby="users-title">
        <h1 id="users-title">{a.usersTitle}</h1>
        <GeneralProblems refusal={endRefusal} />
        <GeneralProblems refusal={accountRefusal} />
        {ended === null ? null : <p role="status">{ended}</p>}
        {accountDone === null ? null : <p role="status">{accountDone}</p>}
        {reset === null ? null : (
          <ResetPanel name={reset.name} link={reset.link} onClose={() => setReset(null)} />
        )}
        <UserTable
          clinic={clinic}
          failed={failed}
          ending={ending}
          onEnd={end}
          meId={me?.id ?? null}
          acting={acting}
          onAccount={account}
        />
      </section>
      {clinic === null ? null : <AssignForm users={clinic.users} onAssigned={assigned} />}
    </>
  );
}

/** A new password-reset link, shown once: its heading takes the focus, so it is read at once. */
function ResetPanel({
  name,
  link,
  onClose,
}: {
  readonly name: string;
  readonly link: ResetLink;
  readonly onClose: () => void;
}): ReactNode {
  return (
    <OnceLink
      heading="h2"
      title={a.resetLinkTitle(name)}
      focus
      className="confirm"
      label={a.resetLinkLabel(link.email)}
      url={resetLinkOf(window.location.origin, link.token)}
      once={a.resetShownOnce(when(link.expiresAt))}
      closeLabel={a.resetLinkClose}
      onClose={onClose}
    />
  );
}

/** An account's status and what the admin may do to it (never disable themself). */
function AccountCell({
  u,
  meId,
  acting,
  onAccount,
}: {
  readonly u: UserSummary;
  readonly meId: string | null;
  readonly acting: boolean;
  readonly onAccount: (u: UserSummary, action: 'disable' | 'enable' | 'reset-link') => void;
}): ReactNode {
  const status = u.disabledAt === null ? a.enabledStatus : a.disabledStatus(when(u.disabledAt));
  let actions: ReactNode;
  if (u.id === meId) {
    actions = <span>{a.you}</span>;
  } else if (u.disabledAt !== null) {
    actions = (
      <ConfirmButton
        label={a.enable}
        name={a.enableFor(u.name)}
        question={a.enableConfirm(u.name)}
        yes={a.enableYes}
        cancel={a.cancel}
        busy={acting}
        onConfirm={() => onAccount(u, 'enable')}
      />
    );
  } else {
    actions = (
      <>
        <ConfirmButton
          label={a.disable}
          name={a.disableFor(u.name)}
          question={a.disableConfirm(u.name)}
          yes={a.disableYes}
          cancel={a.cancel}
          busy={acting}
          onConfirm={() => onAccount(u, 'disable')}
        />{' '}
        <button
          type="button"
          aria-label={a.resetLinkFor(u.name)}
          disabled={acting}
          onClick={() => onAccount(u, 'reset-link')}
        >
          {a.resetLink}
        </button>
      </>
    );
  }
  return (
    <div className="account">
      <span>{status}</span> {actions}
    </div>
  );
}

function UserTable({
  clinic,
  failed,
  ending,
  onEnd,
  meId,
  acting,
  onAccount,
}: {
  readonly clinic: Clinic | null;
  readonly failed: { status: number | null } | null;
  readonly ending: boolean;
  readonly onEnd: (x: Assignment, clinician: string, patient: string) => void;
  readonly meId: string | null;
  readonly acting: boolean;
  readonly onAccount: (u: UserSummary, action: 'disable' | 'enable' | 'reset-link') => void;
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
  /**
   * The patients assigned to a clinician or an admin, by name in the order of the users (then the records
   * whose patient has no account, by id), each with the button that ends the assignment.
   */
  const assignedTo = (u: UserSummary): ReactNode => {
    if (u.role === 'patient') {
      return a.noRecord;
    }
    const mine = assignments.filter((x) => x.clinicianId === u.id);
    const named = [...patientName].flatMap(([id, name]) => {
      const x = mine.find((y) => y.patientId === id);
      return x === undefined ? [] : [{ x, name }];
    });
    const unnamed = mine
      .filter((x) => !patientName.has(x.patientId))
      .map((x) => ({ x, name: a.unnamedPatient(x.patientId) }));
    const all = [...named, ...unnamed];
    if (all.length === 0) {
      return a.noneAssigned;
    }
    return (
      <ul className="assigned">
        {all.map(({ x, name }) => (
          <li key={x.patientId}>
            <span>{name}</span>{' '}
            <ConfirmButton
              label={a.endAccess}
              name={a.endAccessFor(u.name, name)}
              question={a.endAccessConfirm(u.name, name)}
              yes={a.endAccessYes}
              cancel={a.cancel}
              busy={ending}
              onConfirm={() => onEnd(x, u.name, name)}
            />
          </li>
        ))}
      </ul>
    );
  };
  return (
    // a list of cards on a phone (`stacks`): the "End access" question then sits on the screen, not in a
    // table scrolled sideways; a table from a tablet's width up, scrolling in its own region if need be
    <div className="table-scroll" role="region" aria-label={a.usersCaption} tabIndex={0}>
      <table className="stacks" role="table">
        <caption>{a.usersCaption}</caption>
        <ColumnHeads
          labels={[
            a.columns.name,
            a.columns.email,
            a.columns.role,
            a.columns.patientRecord,
            a.columns.assigned,
            a.columns.account,
          ]}
        />
        <tbody role="rowgroup">
          {users.map((u) => (
            <tr key={u.id} role="row">
              <th scope="row" role="rowheader">
                {u.name}
              </th>
              <td role="cell" data-label={a.columns.email}>
                {u.email}
              </td>
              <td role="cell" data-label={a.columns.role}>
                {a.roles[u.role]}
              </td>
              <td role="cell" data-label={a.columns.patientRecord}>
                {u.patientId === null ? a.noRecord : <code>{u.patientId}</code>}
              </td>
              <td role="cell" data-label={a.columns.assigned}>
                {assignedTo(u)}
              </td>
              <td role="cell" data-label={a.columns.account}>
                <AccountCell u={u} meId={meId} acting={acting} onAccount={onAccount} />
              </td>
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
  // a disabled account is no choice for a new assignment
  const clinicians = users.filter((u) => u.role === 'clinician' && u.disabledAt === null);
  const patients = users.filter(
    (u): u is UserSummary & { patientId: string } =>
      u.role === 'patient' && u.patientId !== null && u.disabledAt === null,
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
