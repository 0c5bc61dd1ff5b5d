/**
 * @module The page shell: skip link, header with the navigation for the signed-in role, the language switch,
 * the offline notice with what waits to be sent, and the routes. Clinician and admin screens load on demand, so
 * the patient bundle stays small. An admin's navigation leads to the users and the invitation form, never to
 * a patient's clinical record; every signed-in user reaches the change of their own password.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import type { Me } from '../../src/domain/records/accounts';
import { useLocale, WEB_LOCALES, type WebLocale } from './i18n';
import { onOutboxChange, outboxItems } from './outbox';
import { usePageTitle } from './page-title';
import { useSession } from './session';
import { AcceptInvite, SignIn, SignUp } from './patient/Auth';
import { Diary } from './patient/Diary';
import { Home } from './patient/Home';
import { Interview } from './patient/Interview';
import { ChangePassword, ResetPassword } from './patient/Password';
import { SelfCare } from './patient/SelfCare';

const Clinician = lazy(() => import('./clinician/Clinician'));
const Admin = lazy(() => import('./admin/Admin'));

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = (): void => setOnline(true);
    const off = (): void => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

function usePending(): number {
  const [n, setN] = useState(() => outboxItems().filter((i) => i.refused === undefined).length);
  useEffect(
    () => onOutboxChange(() => setN(outboxItems().filter((i) => i.refused === undefined).length)),
    [],
  );
  return n;
}

/** The screens of the signed-in role (a patient's, or nobody's: the patient screens). */
function RoleNav({ role }: { readonly role: Me['role'] | null }): ReactNode {
  const { t } = useLocale();
  switch (role) {
    case 'admin':
      return (
        <>
          <li>
            <Link href="/admin">{t.nav.users}</Link>
          </li>
          <li>
            <Link href="/admin/invite">{t.nav.invite}</Link>
          </li>
        </>
      );
    case 'clinician':
      return (
        <li>
          <Link href="/clinician">{t.nav.patients}</Link>
        </li>
      );
    case 'patient':
    case null:
      return (
        <>
          <li>
            <Link href="/interview">{t.nav.interview}</Link>
          </li>
          <li>
            <Link href="/self-care">{t.nav.selfCare}</Link>
          </li>
          <li>
            <Link href="/diary">{t.nav.diary}</Link>
          </li>
        </>
      );
  }
}

function Header(): ReactNode {
  const { t, locale, setLocale } = useLocale();
  const { me, signOut } = useSession();
  const [, navigate] = useLocation();
  return (
    <header className="top">
      <a className="skip" href="#main">
        {t.skipToContent}
      </a>
      <div className="brand">
        <Link href="/">{t.appName}</Link>
        <span className="tagline">{t.tagline}</span>
      </div>
      <nav aria-label={t.nav.main}>
        <ul>
          <RoleNav role={me?.role ?? null} />
          {me === null || me === undefined ? (
            <li>
              <Link href="/sign-in">{t.nav.signIn}</Link>
            </li>
          ) : (
            <>
              <li>
                <Link href="/password">{t.nav.password}</Link>
              </li>
              <li>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    void signOut().then(() => navigate('/'));
                  }}
                >
                  {t.nav.signOut}
                </button>
              </li>
            </>
          )}
        </ul>
      </nav>
      <label className="lang">
        {t.nav.language}{' '}
        <select value={locale} onChange={(e) => setLocale(e.target.value as WebLocale)}>
          {Object.entries(WEB_LOCALES).map(([k, m]) => (
            <option key={k} value={k} lang={k}>
              {m.languageName}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}

export function App(): ReactNode {
  const { t, locale } = useLocale();
  const [location] = useLocation();
  usePageTitle(location, t.appName, locale);
  const online = useOnline();
  const pending = usePending();
  return (
    <>
      <Header />
      {!online || pending > 0 ? (
        <div className="banner" role="status">
          {!online ? <p>{t.offline}</p> : null}
          {pending > 0 ? <p>{t.queued(pending)}</p> : null}
        </div>
      ) : null}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">…</p>}>
          <Switch>
            <Route path="/" component={Home} />
            <Route path="/interview" component={Interview} />
            <Route path="/self-care" component={SelfCare} />
            <Route path="/diary" component={Diary} />
            <Route path="/sign-in" component={SignIn} />
            <Route path="/sign-up" component={SignUp} />
            <Route path="/accept-invite" component={AcceptInvite} />
            <Route path="/reset-password" component={ResetPassword} />
            <Route path="/password" component={ChangePassword} />
            <Route path="/clinician" nest>
              <Clinician />
            </Route>
            <Route path="/admin" nest>
              <Admin />
            </Route>
            <Route>
              <Home />
            </Route>
          </Switch>
        </Suspense>
      </main>
    </>
  );
}
