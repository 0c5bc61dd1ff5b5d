/**
 * @module The spasm diary: an episode in three taps (how bad, how much pain, save), kept on this device
 * and sent through the outbox, so it works offline; recent entries with those still waiting marked; the
 * trend of spasms per day, worst severity and mean pain with clinically important pain change marked, as a
 * chart and as a table for screen readers. An earlier episode may be dated by when it started, and what set
 * it off, what helped and a note can be added, folded away so the three taps stay three. A saved entry typed
 * by mistake can be removed (asked first): the record keeps it, marked as entered in error, and the diary and
 * chart leave it out.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { DiaryEntry } from '../../../src/domain/records/diary';
import { TRIGGERS, type Trigger } from '../../../src/domain/kb/vocabulary';
import type { PatientSummary } from '../../../src/domain/records/summary';
import { api, cache, list } from '../api';
import { ConfirmButton } from '../confirm';
import { useLocale } from '../i18n';
import { Link } from 'wouter';
import { dismiss, enqueue, onOutboxChange, outboxItems, sendNow } from '../outbox';
import { serverNow } from '../server-clock';
import { useSession } from '../session';
import { problemOf, refusalText, type Problem } from '../problems';

const TrendChart = lazy(() => import('./TrendChart'));

/** A new episode is taken as lasting a few minutes unless the patient says otherwise. */
const DEFAULT_MINUTES = 5;

/** `ms` as the value of a `datetime-local` input: the device's local time, to the minute. */
function localInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

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
  /** `null` while the episode has just ended; else the start the patient gave (`datetime-local`). */
  const [earlierStart, setEarlierStart] = useState<string | null>(null);
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const [trigger, setTrigger] = useState<Trigger | ''>('');
  const [helped, setHelped] = useState('');
  const [note, setNote] = useState('');
  const [said, setSaid] = useState<string | null>(null);
  /** The entry being removed, while its request is out. */
  const [removing, setRemoving] = useState<string | null>(null);
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
    let startedAt: string;
    if (earlierStart === null) {
      // by the server's clock when the device's is set wrong: the server refuses a start in its future
      startedAt = serverNow(Date.now() - minutes * 60_000);
    } else {
      // the patient read the time off this device's clock, so it is taken as the device's local time
      const at = new Date(earlierStart).getTime();
      if (Number.isNaN(at)) {
        setStartProblem(t.diary.startNeeded);
        return;
      }
      if (at > Date.now()) {
        setStartProblem(t.diary.startInFuture);
        return;
      }
      startedAt = new Date(at).toISOString();
    }
    const item = enqueue(`/api/patients/${patientId}/diary`, {
      startedAt: startedAt.replace(/\.\d+Z$/, 'Z'),
      durationMinutes: minutes,
      psfsSeverity: severity,
      painNrs: pain,
      ...(trigger === '' ? {} : { trigger }),
      ...(helped.trim() === '' ? {} : { helped: helped.trim() }),
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    });
    setSeverity(null);
    setPain(null);
    setEarlierStart(null);
    setStartProblem(null);
    setTrigger('');
    setHelped('');
    setNote('');
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
  const remove = (entryId: string): void => {
    setRemoving(entryId);
    api('POST', `/api/patients/${patientId}/diary/${entryId}/entered-in-error`, {})
      .then(() => {
        setSaid(t.diary.removed);
        setVersion((v) => v + 1);
      })
      .catch((e: unknown) => {
        const problem = problemOf(e);
        setSaid(problem === 'network' ? t.diary.removeOffline : refusalText(problems, problem));
      })
      .finally(() => {
        setRemoving(null);
      });
  };
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const recent = [
    ...pending.map((p) => ({ ...p, id: p.key, waiting: true })),
    ...[...entries]
      // an entry cached before marks existed has no field: it stands
      .filter((e) => (e.enteredInError ?? null) === null)
      .reverse()
      .map((e) => ({ ...e, waiting: false, problem: null })),
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
        <fieldset>
          <legend>{t.diary.whenStarted}</legend>
          <label className="radio">
            <input
              type="radio"
              name="diary-when"
              checked={earlierStart === null}
              onChange={() => {
                setEarlierStart(null);
                setStartProblem(null);
              }}
            />
            {t.diary.justNow}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="diary-when"
              checked={earlierStart !== null}
              onChange={() => setEarlierStart(localInput(Date.now() - 60 * 60_000))}
            />
            {t.diary.earlier}
          </label>
          {earlierStart === null ? null : (
            <label>
              {t.diary.startedAt}{' '}
              <input
                type="datetime-local"
                value={earlierStart}
                max={localInput(Date.now())}
                aria-invalid={startProblem !== null}
                aria-describedby={startProblem === null ? undefined : 'diary-start-problem'}
                onChange={(e) => {
                  setEarlierStart(e.target.value);
                  setStartProblem(null);
                }}
              />
            </label>
          )}
          {startProblem === null ? null : (
            <p id="diary-start-problem" className="error">
              {startProblem}
            </p>
          )}
        </fieldset>
        <label>
          {t.diary.lasted}{' '}
          <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
            {[1, 2, 5, 10, 15, 30, 60].map((m) => (
              <option key={m} value={m}>
                {t.selfCare.minutes(m)}
              </option>
            ))}
          </select>
        </label>
        <details>
          <summary>{t.diary.details}</summary>
          <div className="stack">
            <label>
              {t.diary.trigger}{' '}
              <select value={trigger} onChange={(e) => setTrigger(e.target.value as Trigger | '')}>
                <option value="">{t.diary.noTrigger}</option>
                {TRIGGERS.map((id) => (
                  <option key={id} value={id}>
                    {t.diary.triggers[id]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.diary.helped}{' '}
              <input value={helped} maxLength={500} onChange={(e) => setHelped(e.target.value)} />
            </label>
            <label>
              {t.diary.note}{' '}
              <textarea
                value={note}
                maxLength={2000}
                rows={3}
                onChange={(e) => setNote(e.target.value)}
              />
            </label>
          </div>
        </details>
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
            {'trigger' in e && e.trigger !== null ? ` · ${t.diary.triggers[e.trigger]}` : null}
            {e.waiting && e.problem === null ? <em> ({t.diary.pending})</em> : null}
            {e.waiting ? null : (
              <>
                {' '}
                <ConfirmButton
                  label={t.diary.remove}
                  name={t.diary.removeName(when.format(new Date(e.startedAt)))}
                  question={t.diary.removeQuestion}
                  yes={t.diary.removeYes}
                  cancel={t.diary.removeKeep}
                  busy={removing === e.id}
                  onConfirm={() => {
                    remove(e.id);
                  }}
                />
              </>
            )}
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
