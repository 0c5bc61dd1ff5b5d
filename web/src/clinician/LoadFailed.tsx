/**
 * @module What a clinician's page says when the record it shows cannot be read: why, in words (the
 * session ended, no such record assigned, the network), under the page's own title, instead of waiting.
 */
import type { ReactNode } from 'react';
import { ApiError } from '../api';
import { WEB_TIMELINE_EN as tl } from '../../../src/i18n/web-timeline.en';

/** Why a read failed: the HTTP status, or `null` for the network. */
export function failureOf(e: unknown): number | null {
  return e instanceof ApiError ? e.status : null;
}

export function LoadFailed({
  title,
  status,
}: {
  readonly title: string;
  readonly status: number | null;
}): ReactNode {
  return (
    <section aria-labelledby="load-failed-title">
      <h1 id="load-failed-title">{title}</h1>
      <p role="alert" className="error">
        {tl.loadFailed(status)}
      </p>
    </section>
  );
}
