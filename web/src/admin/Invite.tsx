/**
 * @module An admin invites a clinician or another admin: email, name and role; the server answers with the
 * invitation's token once (only its hash is stored), so the page shows the link built from it and this page's
 * origin once, to be copied and handed over; it is kept nowhere (leaving the page or inviting somebody else
 * forgets it). A refusal is shown beside the field it names. Below the form, the pending invitations (never
 * their tokens), each with a "Revoke" button that, once confirmed, makes its link stop working.
 */
import { useEffect, useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import type { Invitation, PendingInvitation } from '../../../src/domain/records/accounts';
import { WEB_ADMIN_EN as a } from '../../../src/i18n/web-admin.en';
import { api, ApiError, list } from '../api';
import { ConfirmButton } from '../confirm';
import { OnceLink, when } from './OnceLink';
import {
  FieldProblem,
  GeneralProblems,
  invalidProps,
  NO_REFUSAL,
  problemId,
  refusalOf,
  type Refusal,
} from './refusal';
import { ColumnHeads } from '../column-heads';

/** The address an invitee opens: the accept-invite page of this web app with the token. */
export function inviteLink(origin: string, token: string): string {
  return `${origin}/accept-invite?token=${encodeURIComponent(token)}`;
}

export function Invite(): ReactNode {
  const form = useId();
  const [refusal, setRefusal] = useState<Refusal>(NO_REFUSAL);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: SyntheticEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const body = { email: f.get('email'), name: f.get('name'), role: f.get('role') };
    setBusy(true);
    setRefusal(NO_REFUSAL);
    api<Invitation>('POST', '/api/admin/invitations', body)
      .then((inv) => setInvitation(inv))
      .catch((err: unknown) => setRefusal(refusalOf(err, ['email', 'name', 'role'])))
      .finally(() => setBusy(false));
  };
  if (invitation !== null) {
    return (
      <OnceLink
        heading="h1"
        title={a.inviteLinkTitle}
        titleId="invite-title"
        label={a.inviteLink(invitation.email)}
        url={inviteLink(window.location.origin, invitation.token)}
        once={a.shownOnce(when(invitation.expiresAt))}
        closeLabel={a.inviteAnother}
        onClose={() => setInvitation(null)}
      />
    );
  }
  return (
    <>
      <InviteForm form={form} refusal={refusal} busy={busy} submit={submit} />
      <Pending />
    </>
  );
}

function InviteForm({
  form,
  refusal,
  busy,
  submit,
}: {
  readonly form: string;
  readonly refusal: Refusal;
  readonly busy: boolean;
  readonly submit: (e: SyntheticEvent<HTMLFormElement>) => void;
}): ReactNode {
  return (
    <section aria-labelledby="invite-title">
      <h1 id="invite-title">{a.inviteTitle}</h1>
      <p>{a.inviteIntro}</p>
      <GeneralProblems refusal={refusal} />
      <form onSubmit={submit} className="stack">
        <label>
          {a.fields.email}
          <input
            name="email"
            type="email"
            autoComplete="off"
            required
            {...invalidProps(refusal, form, 'email')}
          />
        </label>
        <FieldProblem refusal={refusal} form={form} field="email" />
        <label>
          {a.fields.name}
          <input name="name" autoComplete="off" required {...invalidProps(refusal, form, 'name')} />
        </label>
        <FieldProblem refusal={refusal} form={form} field="name" />
        <label>
          {a.fields.role}
          <select
            name="role"
            defaultValue="clinician"
            aria-describedby={
              refusal.byField.role === undefined
                ? `${form}-role-hint`
                : `${form}-role-hint ${problemId(form, 'role')}`
            }
            aria-invalid={refusal.byField.role === undefined ? undefined : true}
          >
            <option value="clinician">{a.roles.clinician}</option>
            <option value="admin">{a.roles.admin}</option>
          </select>
        </label>
        <p id={`${form}-role-hint`}>{a.inviteRoleHint}</p>
        <FieldProblem refusal={refusal} form={form} field="role" />
        <button type="submit" className="primary" disabled={busy}>
          {a.sendInvite}
        </button>
      </form>
    </section>
  );
}

/** The pending invitations, each revocable once confirmed; a revoked one leaves the list at once. */
function Pending(): ReactNode {
  /** `null` while they are read. */
  const [items, setItems] = useState<readonly PendingInvitation[] | null>(null);
  const [failed, setFailed] = useState<{ status: number | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>(NO_REFUSAL);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    list<PendingInvitation>('/api/admin/invitations')
      .then((rows) => {
        if (live) {
          setItems(rows);
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
  const revoke = (inv: PendingInvitation): void => {
    setBusy(true);
    setDone(null);
    setRefusal(NO_REFUSAL);
    api<null>('DELETE', `/api/admin/invitations/${encodeURIComponent(inv.id)}`)
      .then(() => {
        setItems((rows) => rows?.filter((r) => r.id !== inv.id) ?? rows);
        setDone(a.revoked(inv.name, inv.email));
      })
      .catch((err: unknown) => setRefusal(refusalOf(err, [])))
      .finally(() => setBusy(false));
  };
  let body: ReactNode;
  if (failed !== null) {
    body = (
      <p role="alert" className="error">
        {a.pendingLoadFailed(failed.status)}
      </p>
    );
  } else if (items === null) {
    body = <p role="status">{a.pendingLoading}</p>;
  } else if (items.length === 0) {
    body = <p>{a.noPending}</p>;
  } else {
    body = (
      // a list of cards on a phone (`stacks`), so the "Revoke" question is on the screen; a table from a
      // tablet's width up, scrolling in its own region if need be
      <div className="table-scroll" role="region" aria-label={a.pendingCaption} tabIndex={0}>
        <table className="stacks" role="table">
          <caption>{a.pendingCaption}</caption>
          <ColumnHeads
            labels={[
              a.pendingColumns.name,
              a.pendingColumns.email,
              a.pendingColumns.role,
              a.pendingColumns.expires,
              a.pendingColumns.action,
            ]}
          />
          <tbody role="rowgroup">
            {items.map((inv) => (
              <tr key={inv.id} role="row">
                <th scope="row" role="rowheader">
                  {inv.name}
                </th>
                <td role="cell" data-label={a.pendingColumns.email}>
                  {inv.email}
                </td>
                <td role="cell" data-label={a.pendingColumns.role}>
                  {a.roles[inv.role]}
                </td>
                <td role="cell" data-label={a.pendingColumns.expires}>
                  {when(inv.expiresAt)}
                </td>
                <td role="cell">
                  <ConfirmButton
                    label={a.revoke}
                    name={a.revokeFor(inv.name, inv.email)}
                    question={a.revokeConfirm(inv.name, inv.email)}
                    yes={a.revokeYes}
                    cancel={a.cancel}
                    busy={busy}
                    onConfirm={() => revoke(inv)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">{a.pendingTitle}</h2>
      <GeneralProblems refusal={refusal} />
      {done === null ? null : <p role="status">{done}</p>}
      {body}
    </section>
  );
}
