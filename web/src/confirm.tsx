/**
 * @module A two-step button for an action that cannot be undone from the page (an admin ending a clinician's
 * access or revoking an invitation, a patient taking a diary entry off their chart): the first button, whose
 * accessible name says exactly what it acts on, asks the question in words with "yes" and "cancel"; only
 * "yes" acts. The question takes the focus; cancelling (or Escape) puts it back on the first button. The
 * page gives every word, in its own language.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function ConfirmButton({
  label,
  name,
  question,
  yes,
  cancel,
  busy,
  onConfirm,
}: {
  /** The button's text. */
  readonly label: string;
  /** Its accessible name: starts with `label`, then says what it acts on. */
  readonly name: string;
  readonly question: string;
  readonly yes: string;
  readonly cancel: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
}): ReactNode {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  /** Where the focus goes once that button is on the page: `null` leaves it where it is. */
  const focusNext = useRef<'first' | 'confirm' | null>(null);
  useEffect(() => {
    const targets = { first: first.current, confirm: confirm.current };
    const target = focusNext.current === null ? null : targets[focusNext.current];
    // The wish waits for its button: a click can come while the effects of an earlier render (a list still
    // loading) are pending, and they run first, with the question not yet shown. Consumed there, the wish was
    // lost and the focus stayed on the page (a CI flake in stop 50, reproduced under load).
    if (target !== null) {
      target.focus();
      focusNext.current = null;
    }
  });
  const ask = (open: boolean): void => {
    focusNext.current = open ? 'confirm' : 'first';
    setAsking(open);
  };
  if (!asking) {
    return (
      <button ref={first} type="button" aria-label={name} onClick={() => ask(true)}>
        {label}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby={`${id}-q`}
      className="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          ask(false);
        }
      }}
    >
      <p id={`${id}-q`}>{question}</p>
      <p className="row">
        <button ref={confirm} type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {yes}
        </button>
        <button type="button" onClick={() => ask(false)}>
          {cancel}
        </button>
      </p>
    </div>
  );
}
