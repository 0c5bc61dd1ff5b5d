/**
 * @module A link the server gave once (an invitation, a password reset): only its token's hash is stored, so
 * the page shows the address here once, read-only and selected on focus, with when it expires, a Copy button
 * that says whether the copy worked, and a button that closes it (the link is then kept nowhere).
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { WEB_ADMIN_EN as a } from '../../../src/i18n/web-admin.en';

/** When a link expires, as the admin screens write a moment. */
export const when = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });

export interface OnceLinkProps {
  /** The panel's heading: a page of its own (`h1`) or a panel above a table (`h2`). */
  readonly heading: 'h1' | 'h2';
  readonly title: string;
  /** The heading's id, when the page names it elsewhere; one of its own otherwise. */
  readonly titleId?: string;
  /** Whether the heading takes the focus when a link is shown, so a screen reader reads it at once. */
  readonly focus?: boolean;
  readonly className?: string;
  /** The words before the address (whom it is for). */
  readonly label: string;
  readonly url: string;
  /** That it is shown only once, and until when it works. */
  readonly once: string;
  readonly closeLabel: string;
  readonly onClose: () => void;
}

export function OnceLink({
  heading: Heading,
  title,
  titleId,
  focus = false,
  className,
  label,
  url,
  once,
  closeLabel,
  onClose,
}: OnceLinkProps): ReactNode {
  const id = useId();
  const headingId = titleId ?? `${id}-title`;
  const ref = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    if (focus) {
      ref.current?.focus();
    }
  }, [url, focus]);
  // a new link has not been copied yet: "Copied." belonged to the one before
  useEffect(() => {
    setCopied(null);
  }, [url]);
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId} ref={ref} tabIndex={focus ? -1 : undefined}>
        {title}
      </Heading>
      <label>
        {label}
        <input
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={`${id}-once`}
        />
      </label>
      <p id={`${id}-once`}>{once}</p>
      <p className="row">
        <button
          type="button"
          className="primary"
          onClick={() => {
            navigator.clipboard.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {a.copy}
        </button>
        <button type="button" onClick={onClose}>
          {closeLabel}
        </button>
      </p>
      <p role="status" className={copied === false ? 'error' : undefined}>
        {copied === true ? a.copied : null}
        {copied === false ? a.copyFailed : null}
      </p>
    </section>
  );
}
