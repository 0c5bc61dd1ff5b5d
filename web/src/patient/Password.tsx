/**
 * @module Passwords, for every role, in the page's locale: the signed-in user changes their own (current one,
 * new one twice; their other sessions end, this one stays), and the holder of an admin's reset link
 * (`/reset-password?token=…`) sets a new one, then signs in with it. A refusal is shown beside the field it
 * names, which takes the focus; one naming no field of the form is shown above it.
 */
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { Link, useSearch } from 'wouter';
import type { WebPatientMessages } from '../../../src/i18n/web-messages';
import type { PatientField, WebProblemMessages } from '../../../src/i18n/web-problems';
import { api } from '../api';
import { useLocale } from '../i18n';
import { problemLines, problemOf, problemText, type Problem } from '../problems';
import { useSession } from '../session';

type PasswordField = 'currentPassword' | 'newPassword' | 'confirm';

/** A refusal split by field: the ones the form has, and the rest. */
interface Split {
  readonly byField: Partial<Record<PasswordField, readonly string[]>>;
  readonly general: readonly string[];
}

const NONE: Split = { byField: {}, general: [] };

/** The words of a refusal: each problem beside the field of `fields` it names, the rest above the form. */
function splitOf(
  error: Problem | 'network' | 'differ' | null,
  fields: readonly PasswordField[],
  t: WebPatientMessages,
  problems: WebProblemMessages,
): Split {
  if (error === null) {
    return NONE;
  }
  if (error === 'differ') {
    return { byField: { confirm: [t.auth.passwordsDiffer] }, general: [] };
  }
  if (error === 'network' || error.status >= 500 || error.errors.length === 0) {
    return { byField: {}, general: problemLines(problems, error) };
  }
  const byField: Partial<Record<PasswordField, string[]>> = {};
  const general: string[] = [];
  for (const e of error.errors) {
    const first = e.field === null ? null : (/^[^.[]+/.exec(e.field)?.[0] ?? e.field);
    const field = fields.find((f) => f === first);
    if (field === undefined) {
      const label =
        first !== null && first in problems.fields ? problems.fields[first as PatientField] : null;
      general.push(problemText(problems, e.code, label));
    } else {
      (byField[field] ??= []).push(problemText(problems, e.code, null));
    }
  }
  return { byField, general };
}

/** The refusal in the page's locale, the same object until the refusal or the locale changes. */
function useSplit(
  error: Problem | 'network' | 'differ' | null,
  fields: readonly PasswordField[],
): Split {
  const { t, problems } = useLocale();
  return useMemo(() => splitOf(error, fields, t, problems), [error, fields, t, problems]);
}

/** One password input with its label, hint and problem tied to it. */
function PasswordInput({
  form,
  name,
  label,
  autoComplete,
  hint,
  split,
  inputRef,
}: {
  readonly form: string;
  readonly name: PasswordField;
  readonly label: string;
  readonly autoComplete: 'current-password' | 'new-password';
  readonly hint?: string;
  readonly split: Split;
  readonly inputRef?: (el: HTMLInputElement | null) => void;
}): ReactNode {
  const problem = split.byField[name];
  const described = [
    hint === undefined ? null : `${form}-${name}-hint`,
    problem === undefined ? null : `${form}-${name}-problem`,
  ].filter((x) => x !== null);
  return (
    <>
      <label>
        {label}
        <input
          ref={inputRef}
          name={name}
          type="password"
          autoComplete={autoComplete}
          minLength={autoComplete === 'new-password' ? 10 : 1}
          required
          aria-invalid={problem === undefined ? undefined : true}
          aria-describedby={described.length === 0 ? undefined : described.join(' ')}
        />
      </label>
      {hint === undefined ? null : <p id={`${form}-${name}-hint`}>{hint}</p>}
      {problem === undefined ? null : (
        <p id={`${form}-${name}-problem`} className="error">
          {problem.join(' ')}
        </p>
      )}
    </>
  );
}

/** The new password with its hint, and the same again: both forms that set a password ask them so. */
function NewPasswordInputs({
  form,
  split,
  refOf,
}: {
  readonly form: string;
  readonly split: Split;
  readonly refOf: (field: PasswordField) => (el: HTMLInputElement | null) => void;
}): ReactNode {
  const { t } = useLocale();
  return (
    <>
      <PasswordInput
        form={form}
        name="newPassword"
        label={t.password.new}
        autoComplete="new-password"
        hint={t.auth.passwordHint}
        split={split}
        inputRef={refOf('newPassword')}
      />
      <PasswordInput
        form={form}
        name="confirm"
        label={t.password.again}
        autoComplete="new-password"
        split={split}
        inputRef={refOf('confirm')}
      />
    </>
  );
}

/** The problems that name no field of the form, above it. */
function General({ split }: { readonly split: Split }): ReactNode {
  const { problems } = useLocale();
  if (split.general.length === 0) {
    return null;
  }
  return (
    <div role="alert" className="error">
      <p>{problems.heading}</p>
      <ul>
        {split.general.map((line, i) => (
          <li key={`${String(i)}-${line}`}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** Puts the focus on the first field with a problem after each refusal. */
function useFocusFirstProblem(
  split: Split,
  order: readonly PasswordField[],
): (name: PasswordField) => (el: HTMLInputElement | null) => void {
  const inputs = useRef<Partial<Record<PasswordField, HTMLInputElement | null>>>({});
  useEffect(() => {
    const first = order.find((f) => split.byField[f] !== undefined);
    if (first !== undefined) {
      inputs.current[first]?.focus();
    }
  }, [split, order]);
  return (name) => (el) => {
    inputs.current[name] = el;
  };
}

const CHANGE_FIELDS: readonly PasswordField[] = ['currentPassword', 'newPassword', 'confirm'];
const RESET_FIELDS: readonly PasswordField[] = ['newPassword', 'confirm'];

/** Any signed-in user changes their own password. */
export function ChangePassword(): ReactNode {
  const { t } = useLocale();
  const { me } = useSession();
  const form = useId();
  const [error, setError] = useState<Problem | 'network' | 'differ' | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const split = useSplit(error, CHANGE_FIELDS);
  const refOf = useFocusFirstProblem(split, CHANGE_FIELDS);
  const submit = (e: SyntheticEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const el = e.currentTarget;
    const f = new FormData(el);
    if (f.get('newPassword') !== f.get('confirm')) {
      setError('differ');
      return;
    }
    setBusy(true);
    setDone(false);
    setError(null);
    api<null>('POST', '/api/me/password', {
      currentPassword: f.get('currentPassword'),
      newPassword: f.get('newPassword'),
    })
      .then(() => {
        el.reset();
        setDone(true);
      })
      .catch((err: unknown) => setError(problemOf(err)))
      .finally(() => setBusy(false));
  };
  if (me === undefined) {
    return <p role="status">…</p>;
  }
  return (
    <section aria-labelledby="password-title">
      <h1 id="password-title">{t.password.changeTitle}</h1>
      {me === null ? (
        <p>
          <Link href="/sign-in">{t.password.signInFirst}</Link>
        </p>
      ) : (
        <>
          <p>{t.password.changeIntro}</p>
          <General split={split} />
          <form onSubmit={submit} className="stack">
            <PasswordInput
              form={form}
              name="currentPassword"
              label={t.password.current}
              autoComplete="current-password"
              split={split}
              inputRef={refOf('currentPassword')}
            />
            <NewPasswordInputs form={form} split={split} refOf={refOf} />
            <button type="submit" className="primary big" disabled={busy}>
              {t.password.submitChange}
            </button>
          </form>
          <p role="status">{done ? t.password.changed : null}</p>
        </>
      )}
    </section>
  );
}

/** The page a user opens from an admin's reset link: a new password twice, then a sign-in with it. */
export function ResetPassword(): ReactNode {
  const { t } = useLocale();
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const form = useId();
  const [error, setError] = useState<Problem | 'network' | 'differ' | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const split = useSplit(error, RESET_FIELDS);
  const refOf = useFocusFirstProblem(split, RESET_FIELDS);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) {
      doneRef.current?.focus();
    }
  }, [done]);
  const submit = (e: SyntheticEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    if (f.get('newPassword') !== f.get('confirm')) {
      setError('differ');
      return;
    }
    setBusy(true);
    setError(null);
    api<null>('POST', '/api/auth/reset-password', { token, newPassword: f.get('newPassword') })
      .then(() => setDone(true))
      .catch((err: unknown) => setError(problemOf(err)))
      .finally(() => setBusy(false));
  };
  let body: ReactNode;
  if (token === '') {
    body = (
      <p role="alert" className="error">
        {t.password.noLink}
      </p>
    );
  } else if (done) {
    body = (
      <>
        <p role="status" tabIndex={-1} ref={doneRef}>
          {t.password.resetDone}
        </p>
        <p>
          <Link href="/sign-in">{t.password.signInNow}</Link>
        </p>
      </>
    );
  } else {
    body = (
      <>
        <p>{t.password.resetIntro}</p>
        <General split={split} />
        <form onSubmit={submit} className="stack">
          <NewPasswordInputs form={form} split={split} refOf={refOf} />
          <button type="submit" className="primary big" disabled={busy}>
            {t.password.submitReset}
          </button>
        </form>
      </>
    );
  }
  return (
    <section aria-labelledby="reset-title">
      <h1 id="reset-title">{t.password.resetTitle}</h1>
      {body}
    </section>
  );
}
