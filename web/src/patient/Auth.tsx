/**
 * @module Sign in, sign up (a patient registers, with an optional date of birth and sex) and accept an
 * invitation (clinicians and admins are invited by an admin and set their password from the link they were
 * given); each signs in and goes to the role's home.
 */
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import type { Me } from '../../../src/domain/records/accounts';
import { api } from '../api';
import { useLocale } from '../i18n';
import { problemLines, problemOf, type Problem } from '../problems';
import { homeOf, useSession } from '../session';

/** The problems of the last try, worded in the page's locale (so a change of language rewords them). */
function Errors({ error }: { readonly error: Problem | 'network' | null }): ReactNode {
  const { problems } = useLocale();
  if (error === null) {
    return null;
  }
  return (
    <div role="alert" className="error">
      <p>{problems.heading}</p>
      <ul>
        {problemLines(problems, error).map((line, i) => (
          <li key={`${String(i)}-${line}`}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Posting to a route that signs in (sign-in, sign-up, accept-invite): while it runs, its refusal, and on
 * success the session noted and the role's home opened.
 */
function useSignInPost(): {
  readonly busy: boolean;
  readonly error: Problem | 'network' | null;
  readonly post: (url: string, body: unknown) => void;
} {
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<Problem | 'network' | null>(null);
  const [busy, setBusy] = useState(false);
  const post = (url: string, body: unknown): void => {
    setBusy(true);
    api<Me>('POST', url, body)
      .then((me) => {
        signedIn(me);
        navigate(homeOf(me.role));
      })
      .catch((err: unknown) => {
        setError(problemOf(err));
      })
      .finally(() => setBusy(false));
  };
  return { busy, error, post };
}

function AuthForm({ mode }: { readonly mode: 'in' | 'up' }): ReactNode {
  const { t } = useLocale();
  const { busy, error, post } = useSignInPost();
  const submit = (e: SyntheticEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    // the optional date of birth and sex are sent only when given
    const optional = (key: string): Record<string, FormDataEntryValue> => {
      const v = f.get(key);
      return v === null || v === '' ? {} : { [key]: v };
    };
    const body =
      mode === 'in'
        ? { email: f.get('email'), password: f.get('password') }
        : {
            email: f.get('email'),
            password: f.get('password'),
            name: f.get('name'),
            ...optional('birthDate'),
            ...optional('sex'),
          };
    post(mode === 'in' ? '/api/auth/login' : '/api/auth/register', body);
  };
  const title = mode === 'in' ? t.auth.signInTitle : t.auth.signUpTitle;
  return (
    <section aria-labelledby="auth-title">
      <h1 id="auth-title">{title}</h1>
      <Errors error={error} />
      <form onSubmit={submit} className="stack">
        {mode === 'up' ? (
          <label>
            {t.auth.name}
            <input name="name" autoComplete="name" required />
          </label>
        ) : null}
        <label>
          {t.auth.email}
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <label>
          {t.auth.password}
          <input
            name="password"
            type="password"
            autoComplete={mode === 'in' ? 'current-password' : 'new-password'}
            minLength={mode === 'up' ? 10 : 1}
            aria-describedby={mode === 'up' ? 'pw-hint' : undefined}
            required
          />
        </label>
        {mode === 'up' ? <p id="pw-hint">{t.auth.passwordHint}</p> : null}
        {mode === 'up' ? (
          <>
            <label>
              {t.auth.birthDate}
              <input name="birthDate" type="date" autoComplete="bday" />
            </label>
            <label>
              {t.auth.sex}
              <select name="sex" defaultValue="">
                <option value="">{t.auth.sexNotSaid}</option>
                {(['female', 'male', 'other'] as const).map((x) => (
                  <option key={x} value={x}>
                    {t.auth.sexes[x]}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : null}
        <button type="submit" className="primary big" disabled={busy}>
          {mode === 'in' ? t.auth.submitSignIn : t.auth.submitSignUp}
        </button>
      </form>
      <p>
        {mode === 'in' ? (
          <Link href="/sign-up">{t.auth.noAccount}</Link>
        ) : (
          <Link href="/sign-in">{t.auth.haveAccount}</Link>
        )}
      </p>
    </section>
  );
}

export function SignIn(): ReactNode {
  return <AuthForm mode="in" />;
}

export function SignUp(): ReactNode {
  return <AuthForm mode="up" />;
}

/** The page an invitee opens from their link (`/accept-invite?token=…`): a password twice, then signed in. */
export function AcceptInvite(): ReactNode {
  const { t } = useLocale();
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const { busy, error, post } = useSignInPost();
  const [differ, setDiffer] = useState(false);
  const submit = (e: SyntheticEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const password = f.get('password');
    if (password !== f.get('confirm')) {
      setDiffer(true);
      return;
    }
    setDiffer(false);
    post('/api/auth/accept-invite', { token, password });
  };
  return (
    <section aria-labelledby="auth-title">
      <h1 id="auth-title">{t.auth.acceptTitle}</h1>
      {token === '' ? (
        <p role="alert" className="error">
          {t.auth.noInvite}
        </p>
      ) : (
        <>
          <p>{t.auth.acceptIntro}</p>
          <Errors error={error} />
          <form onSubmit={submit} className="stack">
            <label>
              {t.auth.password}
              <input
                name="password"
                type="password"
                autoComplete="new-password"
                minLength={10}
                aria-describedby="pw-hint"
                required
              />
            </label>
            <p id="pw-hint">{t.auth.passwordHint}</p>
            <label>
              {t.auth.confirmPassword}
              <input
                name="confirm"
                type="password"
                autoComplete="new-password"
                minLength={10}
                aria-invalid={differ ? true : undefined}
                aria-describedby={differ ? 'pw-differ' : undefined}
                required
              />
            </label>
            {differ ? (
              <p id="pw-differ" role="alert" className="error">
                {t.auth.passwordsDiffer}
              </p>
            ) : null}
            <button type="submit" className="primary big" disabled={busy}>
              {t.auth.submitAccept}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
