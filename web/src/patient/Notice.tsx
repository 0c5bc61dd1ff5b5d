/** @module The "decision support, not a diagnosis" notice, in the page's locale. */
import type { ReactNode } from 'react';
import { useLocale } from '../i18n';

export function Notice(): ReactNode {
  const { t } = useLocale();
  return (
    <p className="notice" role="note">
      <span aria-hidden="true">ⓘ </span>
      {t.notice}
    </p>
  );
}
