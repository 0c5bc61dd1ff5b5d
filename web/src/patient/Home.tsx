/** @module The start page: what Tonus does for a patient, and the way into the questions. */
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useLocale } from '../i18n';
import { useSession } from '../session';
import { Notice } from './Notice';

export function Home(): ReactNode {
  const { t } = useLocale();
  const { me } = useSession();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t.home.title}</h1>
      <p>{t.home.intro}</p>
      <p>
        <Link href="/interview" className="button primary big">
          {t.home.start}
        </Link>
      </p>
      {me ? (
        <p>{t.home.signedInAs(me.name)}</p>
      ) : (
        <p className="row">
          <Link href="/sign-in">{t.nav.signIn}</Link>
          <Link href="/sign-up">{t.nav.signUp}</Link>
        </p>
      )}
      <Notice />
    </section>
  );
}
