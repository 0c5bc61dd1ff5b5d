/**
 * @module The admin screens, loaded on demand (so neither the patient bundle nor the clinician screens carry
 * them): every user with the assignment form, and the invitation form. Only an admin sees them; an admin reads
 * no clinical record, so nothing here links to one.
 */
import type { ReactNode } from 'react';
import { Link, Route, Switch } from 'wouter';
import { WEB_ADMIN_EN as a } from '../../../src/i18n/web-admin.en';
import { useSession } from '../session';
import { Invite } from './Invite';
import { Users } from './Users';

export default function Admin(): ReactNode {
  const { me } = useSession();
  if (me === undefined) {
    return <p role="status">{a.loading}</p>;
  }
  if (me?.role !== 'admin') {
    return (
      <section aria-labelledby="admin-only-title">
        <h1 id="admin-only-title">{a.usersTitle}</h1>
        <p>{a.adminsOnly}</p>
        <p>
          <Link href="~/sign-in">{a.signIn}</Link>
        </p>
      </section>
    );
  }
  return (
    <Switch>
      <Route path="/">{() => <Users />}</Route>
      <Route path="/invite">{() => <Invite />}</Route>
    </Switch>
  );
}
