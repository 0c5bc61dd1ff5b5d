/**
 * @module The spasm diary: an episode in three taps (how bad, how much pain, save), kept on this device
 * and sent through the outbox, so it works offline; recent entries with those still waiting marked; the
 * trend of spasms per day, worst severity and mean pain with clinically important pain change marked, as a
 * chart and as a table for screen readers.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { DiaryEntry } from '../../../src/domain/records/diary';
import type { PatientSummary } from '../../../src/domain/records/summary';
import { api, cache, list } from '../api';
import { useLocale } from '../i18n';
import { Link } from 'wouter';
import { dismiss, enqueue, onOutboxChange, outboxItems, sendNow } from '../outbox';
import { serverNow } from '../server-clock';
import { useSession } from '../session';
import { refusalText, type Problem } from '../problems';

const TrendChart = lazy(() => import('./TrendChart'));

/** A new episode is taken as lasting a few minutes unless the patient says otherwise. */
const DEFAULT_MINUTES = 5;

interface Pending {
  readonly key: string;
  /** Why the server refused it for good, when it did. */
  readonly problem: Problem | null;
  readonly startedAt: string;
  readonly psfsSeverity: number;
  readonly painNrs: number;
}

function pendingFor(patientId: string): Pending[] {
  return outboxItems()
    .filter((i) => i.url === `/api/patients/${patientId}/diary`)
    .map((i) => ({
      key: i.key,
      problem: i.refused === undefined ? null : (i.problem ?? { status: 400, errors: [] }),
      ...(i.body as Omit<Pending, 'key' | 'problem'>),
    }));
}

export function Diary(): ReactNode {
  const { t, locale, problems } = useLocale();
  const { me } = useSession();
  const patientId = me?.role === 'patient' ? me.patientId : null;
  const [severity, setSeverity] = useState<1 | 2 | 3 | null>(null);
  const [pain, setPain] = useState<number | null>(null);
  const [minutes, setMinutes] = useState(DEFAULT_MINUTES);
  const [said, setSaid] = useState<string | null>(null);
  const [entries, setEntries] = useState<DiaryEntry[]>(() => cache.get('diary') ?? []);
  const [summary, setSummary] = useState<PatientSummary | undefined>(() => cache.get('summary'));
  const [pending, setPending] = useState<Pending[]>(() =>
    patientId === null ? [] : pendingFor(patientId),
  );
  const [version, setVersion] = useState(0);

  useEffect(
    () =>
      onOutboxChange(() => {
        if (patientId !== null) {
          setPending(pendingFor(patientId));
          setVersion((v) => v + 1);
        }
      }),
    [patientId],
  );
  useEffect(() => {
    if (patientId === null) {
      return;
    }
    setPending(pendingFor(patientId));
    list<DiaryEntry>(`/api/patients/${patientId}/diary`)
      .then((d) => {
        cache.set('diary', d);
        setEntries(d);
      })
      .catch(() => undefined);
    api<PatientSummary>('GET', `/api/patients/${patientId}/summary`)
      .then((s) => {
        cache.set('summary', s);
        setSummary(s);
      })
      .catch(() => undefined);
  }, [patientId, version]);

  if (me === undefined) {
    return null;
  }
  if (patientId === null) {
    return (
      <section aria-labelledby="diary-title">
        <h1 id="diary-title">{t.diary.title}</h1>
        <p>
          <Link href="/sign-in">{t.diary.signInFirst}</Link>
        </p>
      </section>
    );
  }
  const save = (): void => {
    if (severity === null || pain === null) {
      return;
    }
    // by the server's clock when the device's is set wrong: the server refuses a start in its future
    const item = enqueue(`/api/patients/${patientId}/diary`, {
      startedAt: serverNow(Date.now() - minutes * 60_000).replace(/\.\d+Z$/, 'Z'),
      durationMinutes: minutes,
      psfsSeverity: severity,
      painNrs: pain,
    });
    setSeverity(null);
    setPain(null);
    setSaid(null);
    // what became of this entry, not of others still waiting or refused before
    void sendNow(item.key).then((o) => {
      if (o.kind === 'refused') {
        setSaid(refusalText(problems, o.problem));
      } else {
        setSaid(o.kind === 'sent' ? t.diary.savedOnline : t.diary.savedOffline);
      }
    });
  };
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const recent = [
    ...pending.map((p) => ({ ...p, id: p.key, waiting: true })),
    ...[...entries].reverse().map((e) => ({ ...e, waiting: false, problem: null })),
  ].slice(0, 10);
  return (
    <section aria-labelledby="diary-title">
      <h1 id="diary-title">{t.diary.title}</h1>
      <form
        className="stack card"
        aria-labelledby="diary-add"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <h2 id="diary-add">{t.diary.add}</h2>
        <fieldset>
          <legend>{t.diary.severity}</legend>
          <div className="choices">
            {([1, 2, 3] as const).map((s) => (
              <button
                key={s}
                type="button"
                className="big"
                aria-pressed={severity === s}
                onClick={() => setSeverity(s)}
              >
                {t.diary.severityWords[s]}
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.diary.pain}</legend>
          <div className="scale">
            {Array.from({ length: 11 }, (_, n) => (
              <button
                key={n}
                type="button"
                className="num"
                aria-pressed={pain === n}
                onClick={() => setPain(n)}
              >
                {n}
              </button>
            ))}
          </div>
        </fieldset>
        <label>
          {t.selfCare.holdFor}{' '}
          <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
            {[1, 2, 5, 10, 15, 30, 60].map((m) => (
              <option key={m} value={m}>
                {t.selfCare.minutes(m)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="big primary" disabled={severity === null || pain === null}>
          {t.diary.save}
        </button>
        <p role="status" aria-live="polite">
          {said}
        </p>
      </form>

      <h2>{t.diary.recent}</h2>
      {recent.length === 0 ? <p>{t.diary.empty}</p> : null}
      <ul className="entries">
        {recent.map((e) => (
          <li key={e.id}>
            {when.format(new Date(e.startedAt))} ·{' '}
            {t.diary.severityWords[e.psfsSeverity as 1 | 2 | 3]} · {t.diary.meanPain}: {e.painNrs}
            {e.waiting && e.problem === null ? <em> ({t.diary.pending})</em> : null}
            {e.problem === null ? null : (
              <>
                <em className="error"> ({refusalText(problems, e.problem)})</em>{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    dismiss(e.id);
                  }}
                >
                  {t.diary.dismiss}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>

      <h2>{t.diary.trend}</h2>
      {summary !== undefined && summary.diary.length > 0 ? (
        <Suspense fallback={null}>
          <TrendChart summary={summary} />
        </Suspense>
      ) : (
        <p>{t.diary.empty}</p>
      )}
    </section>
  );
}
