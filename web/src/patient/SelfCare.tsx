/**
 * @module The self-care plan with working timers: stretch holds (30–60 s, holds counted), ice or heat
 * (15–20 min, a notification when the time is up), a drinking tracker towards 2–3 L or the kidney team's
 * limit when the plan says so, and massage guidance. Every session goes to the record through the outbox,
 * so this screen works offline. The numbers come from the plan (the article's, reference [A]). The list is
 * the newer of the clinician's plan and the last symptom check (self-care-source.ts), and the page says which.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Plan } from '../../../src/domain/records/plans';
import { SELF_CARE } from '../../../src/domain/kb/self-care';
import { cache, list } from '../api';
import { useLocale } from '../i18n';
import { enqueue, sendNow } from '../outbox';
import { refusalText, type Problem } from '../problems';
import { serverNow } from '../server-clock';
import { useSession } from '../session';
import { useLastResult } from './use-last-result';
import { Notice } from './Notice';
import { careSource, type CareItem as Item, type CareSource } from './self-care-source';

function useTicker(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) {
      return undefined;
    }
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [running]);
  return now;
}

/**
 * What became of a session: being sent, stored by the server, kept on this device until the network
 * returns, refused by the server (with its reasons), or not kept at all for want of a signed-in patient.
 */
type Logged = 'saving' | 'saved' | 'queued' | 'signedOut' | { readonly refused: Problem };

/**
 * Sends a session through the outbox and says what became of it. `startedAt` is the device's epoch ms,
 * sent as the server's time when the device clock is set wrong (the server refuses a time in its future).
 */
function useLog(): (
  measure: string,
  startedAt: number,
  minutes: number,
  done: (l: Logged) => void,
) => void {
  const { me } = useSession();
  return (measure, startedAt, minutes, done) => {
    if (me?.role !== 'patient' || me.patientId === null) {
      done('signedOut');
      return;
    }
    const item = enqueue(`/api/patients/${me.patientId}/self-care`, {
      measure,
      startedAt: serverNow(startedAt),
      minutes: Math.max(0, Math.min(600, Math.round(minutes))),
    });
    done('saving');
    void sendNow(item.key).then((o) => {
      if (o.kind === 'refused') {
        done({ refused: o.problem });
      } else {
        done(o.kind === 'sent' ? 'saved' : 'queued');
      }
    });
  };
}

/** What became of the last session, in words, said as it changes. */
function LogStatus({ logged }: { readonly logged: Logged | null }): ReactNode {
  const { t, problems } = useLocale();
  let said: ReactNode = null;
  if (logged === 'saving') {
    said = <p>{t.selfCare.saving}</p>;
  } else if (logged === 'saved') {
    said = <p className="ok">✓ {t.selfCare.logged}</p>;
  } else if (logged === 'queued') {
    said = <p>{t.selfCare.loggedOffline}</p>;
  } else if (logged === 'signedOut') {
    said = (
      <p>
        <Link href="/sign-in">{t.selfCare.signInToLog}</Link>
      </p>
    );
  } else if (logged !== null) {
    said = <p className="error">{refusalText(problems, logged.refused)}</p>;
  }
  return (
    <div role="status" aria-live="polite">
      {said}
    </div>
  );
}

function span([lo, hi]: readonly [number, number], step: number): number[] {
  const out: number[] = [];
  for (let x = lo; x <= hi; x += step) {
    out.push(x);
  }
  return out;
}

function Stretch({ item }: { readonly item: Item }): ReactNode {
  const { t } = useLocale();
  const log = useLog();
  const range = item.amounts?.holdSeconds ?? SELF_CARE.stretch.holdSeconds;
  const [hold, setHold] = useState(range[0]);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [reps, setReps] = useState(0);
  const [logged, setLogged] = useState<Logged | null>(null);
  const started = useRef<number | null>(null);
  const now = useTicker(endsAt !== null);
  const left = endsAt === null ? 0 : Math.max(0, Math.ceil((endsAt - now) / 1000));
  useEffect(() => {
    if (endsAt !== null && now >= endsAt) {
      setEndsAt(null);
      setReps((r) => r + 1);
    }
  }, [now, endsAt]);
  return (
    <article className="card" aria-labelledby="sc-stretch">
      <h2 id="sc-stretch">{t.selfCare.stretch}</h2>
      <Often item={item} />
      {item.text === '' ? null : <p>{item.text}</p>}
      <label>
        {t.selfCare.holdFor}{' '}
        <select value={hold} onChange={(e) => setHold(Number(e.target.value))}>
          {span(range, 15).map((s) => (
            <option key={s} value={s}>
              {t.selfCare.seconds(s)}
            </option>
          ))}
        </select>
      </label>
      <p className="timer" role="timer" aria-live="off">
        {endsAt === null ? t.selfCare.seconds(hold) : t.selfCare.holding(left)}
      </p>
      <p role="status">{t.selfCare.repsDone(reps)}</p>
      <div className="choices">
        <button
          type="button"
          className="big primary"
          disabled={endsAt !== null}
          onClick={() => {
            started.current ??= Date.now();
            setLogged(null);
            setEndsAt(Date.now() + hold * 1000);
          }}
        >
          {t.selfCare.startHold}
        </button>
        <button
          type="button"
          className="big"
          disabled={reps === 0 || logged === 'saving'}
          onClick={() => {
            log('stretch', started.current ?? Date.now(), (reps * hold) / 60, setLogged);
            started.current = null;
            setReps(0);
          }}
        >
          {t.selfCare.logSession}
        </button>
      </div>
      <LogStatus logged={logged} />
    </article>
  );
}

function PackTimer({
  item,
  measure,
}: {
  readonly item: Item;
  readonly measure: 'ice' | 'heat';
}): ReactNode {
  const { t } = useLocale();
  const log = useLog();
  const range = item.amounts?.minutes ?? SELF_CARE[measure].minutes;
  const [minutes, setMinutes] = useState(range[0]);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const [logged, setLogged] = useState<Logged | null>(null);
  const started = useRef(Date.now());
  const now = useTicker(endsAt !== null);
  const leftS = endsAt === null ? minutes * 60 : Math.max(0, Math.ceil((endsAt - now) / 1000));
  useEffect(() => {
    if (endsAt !== null && now >= endsAt) {
      setEndsAt(null);
      setDone(true);
      log(measure, started.current, minutes, setLogged);
      if ('Notification' in window && Notification.permission === 'granted') {
        new Notification(t.appName, { body: t.selfCare.timerDone, tag: `tonus-${measure}` });
      }
    }
  }, [now, endsAt, log, measure, minutes, t]);
  const title = measure === 'ice' ? t.selfCare.ice : t.selfCare.heat;
  return (
    <article className="card" aria-labelledby={`sc-${measure}`}>
      <h2 id={`sc-${measure}`}>{title}</h2>
      <Often item={item} />
      {item.text === '' ? null : <p>{item.text}</p>}
      <label>
        {t.selfCare.packFor}{' '}
        <select
          value={minutes}
          disabled={endsAt !== null}
          onChange={(e) => setMinutes(Number(e.target.value))}
        >
          {span(range, 5).map((m) => (
            <option key={m} value={m}>
              {t.selfCare.minutes(m)}
            </option>
          ))}
        </select>
      </label>
      <p className="timer" role="timer" aria-live="off">
        {t.selfCare.timeLeft(Math.floor(leftS / 60), leftS % 60)}
      </p>
      <div className="choices">
        {endsAt === null ? (
          <button
            type="button"
            className="big primary"
            onClick={() => {
              if ('Notification' in window && Notification.permission === 'default') {
                void Notification.requestPermission();
              }
              started.current = Date.now();
              setDone(false);
              setLogged(null);
              setEndsAt(Date.now() + minutes * 60_000);
            }}
          >
            {t.selfCare.startTimer}
          </button>
        ) : (
          <button type="button" className="big" onClick={() => setEndsAt(null)}>
            {t.selfCare.stopTimer}
          </button>
        )}
      </div>
      <div role="alert">{done ? <p className="ok">✓ {t.selfCare.timerDone}</p> : null}</div>
      <LogStatus logged={logged} />
    </article>
  );
}

const GLASS_ML = 250;

function Hydration({ item }: { readonly item: Item }): ReactNode {
  const { t } = useLocale();
  const log = useLog();
  const day = new Date().toISOString().slice(0, 10);
  const renal = item.reason === 'hydration_renal_allowance';
  const [ml, setMl] = useState(() => Number(localStorage.getItem(`tonus.water.${day}`) ?? 0));
  const [limit, setLimit] = useState(() => Number(localStorage.getItem('tonus.water.limit') ?? 0));
  const range = item.amounts?.litresPerDay ?? SELF_CARE.hydration.litresPerDay;
  const goal = renal ? limit : range[1] * 1000;
  const reached = goal > 0 && ml >= goal;
  const [logged, setLogged] = useState<Logged | null>(null);
  return (
    <article className="card" aria-labelledby="sc-water">
      <h2 id="sc-water">{t.selfCare.hydration}</h2>
      <Often item={item} />
      {item.text === '' ? null : <p>{item.text}</p>}
      {renal ? (
        <>
          <p>{t.selfCare.renalLimit}</p>
          <label>
            {t.selfCare.renalLimitLabel}{' '}
            <input
              inputMode="numeric"
              value={limit === 0 ? '' : String(limit)}
              onChange={(e) => {
                const v = Math.max(0, Math.min(5000, Number(e.target.value) || 0));
                setLimit(v);
                localStorage.setItem('tonus.water.limit', String(v));
              }}
            />
          </label>
        </>
      ) : (
        <p>{t.selfCare.target(range[0], range[1])}</p>
      )}
      <p>
        <meter min={0} max={Math.max(goal, 1)} value={ml} aria-label={t.selfCare.drunk(ml)} />{' '}
        <span role="status">{t.selfCare.drunk(ml)}</span>
      </p>
      <button
        type="button"
        className="big primary"
        disabled={renal && (limit === 0 || reached)}
        onClick={() => {
          const next = ml + GLASS_ML;
          setMl(next);
          localStorage.setItem(`tonus.water.${day}`, String(next));
          log('hydration', Date.now(), 0, setLogged);
        }}
      >
        {t.selfCare.addGlass}
      </button>
      {/* a glass is counted here at once; only a refusal of its record is worth a word */}
      {typeof logged === 'object' && logged !== null ? <LogStatus logged={logged} /> : null}
    </article>
  );
}

function Massage({ item }: { readonly item: Item }): ReactNode {
  const { t } = useLocale();
  const log = useLog();
  const [minutes, setMinutes] = useState(10);
  const [logged, setLogged] = useState<Logged | null>(null);
  return (
    <article className="card" aria-labelledby="sc-massage">
      <h2 id="sc-massage">{t.selfCare.massage}</h2>
      <Often item={item} />
      {item.text === '' ? null : <p>{item.text}</p>}
      <ol>
        {t.selfCare.massageSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <label>
        {t.selfCare.massageFor}{' '}
        <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
          {[5, 10, 15, 20].map((m) => (
            <option key={m} value={m}>
              {t.selfCare.minutes(m)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        className="big"
        disabled={logged === 'saving'}
        onClick={() => {
          log('massage', Date.now() - minutes * 60_000, minutes, setLogged);
        }}
      >
        {t.selfCare.logSession}
      </button>
      <LogStatus logged={logged} />
    </article>
  );
}

/**
 * How often a day, when the clinician's plan says. Not for supplements: how much and how often of one is
 * the doctor's to say, and a count beside it would read as a dose.
 */
function Often({ item }: { readonly item: Item }): ReactNode {
  const { t } = useLocale();
  return item.timesPerDay === undefined || item.measure === 'supplements' ? null : (
    <p className="often">{t.selfCare.timesPerDay(item.timesPerDay)}</p>
  );
}

/** Supplements and keeping active: no timer, the words only (never which dose: that is the doctor's). */
function Advice({
  item,
  measure,
}: {
  readonly item: Item;
  readonly measure: 'supplements' | 'stay_active';
}): ReactNode {
  const { t } = useLocale();
  const [title, fallback] =
    measure === 'supplements'
      ? [t.selfCare.supplements, t.selfCare.supplementsAsk]
      : [t.selfCare.stayActive, t.selfCare.stayActiveText];
  return (
    <article className="card" aria-labelledby={`sc-${measure}`}>
      <h2 id={`sc-${measure}`}>{title}</h2>
      <Often item={item} />
      <p>{item.text === '' ? fallback : item.text}</p>
    </article>
  );
}

function Cautions({ item }: { readonly item: Item }): ReactNode {
  const { t } = useLocale();
  return item.cautions.length === 0 ? null : (
    <div className="cautions">
      <h3>{t.selfCare.cautions}</h3>
      <ul>
        {item.cautions.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

/** The goals and the review day a clinician wrote in the plan, in the patient's words and locale. */
function PlanGoals({ plan }: { readonly plan: Plan }): ReactNode {
  const { t, locale } = useLocale();
  const { goals, reviewOn } = plan.body;
  if (goals.length === 0 && reviewOn === undefined) {
    return null;
  }
  const day =
    reviewOn === undefined
      ? null
      : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${reviewOn}T00:00:00Z`),
        );
  return (
    <article className="card" aria-labelledby="sc-goals">
      <h2 id="sc-goals">{t.selfCare.goals}</h2>
      {goals.length === 0 ? null : (
        <ul>
          {goals.map((g, i) => (
            // goals may repeat; their order is the clinician's
            <li key={i}>{g}</li>
          ))}
        </ul>
      )}
      {day === null ? null : <p>{t.selfCare.reviewOn(day)}</p>}
    </article>
  );
}

/** Which list the page follows and why, so a patient knows why the list changed. */
function Source({ source }: { readonly source: CareSource }): ReactNode {
  const { t, locale } = useLocale();
  const day = (at: number): string =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(at));
  if (source.kind === 'none') {
    return null;
  }
  let from = t.selfCare.fromCheck;
  if (source.kind === 'plan') {
    from = t.selfCare.fromPlan(day(Date.parse(source.plan.createdAt)));
  } else if (source.last.at !== null) {
    from = t.selfCare.fromCheckOn(day(source.last.at));
  }
  return (
    <p className="source">
      <strong>{from}</strong>. {t.selfCare.newerWins}
    </p>
  );
}

/**
 * A newer check that sends the patient to care now: its advice comes first on the page, before which list
 * it follows and before an older plan's goals (a red flag always wins).
 */
function SeekCareNow({ source }: { readonly source: CareSource }): ReactNode {
  if (source.kind !== 'check' || source.last.result.selfCare.mode !== 'seek_care_now') {
    return null;
  }
  return (
    <p role="alert" className="error">
      {source.last.result.triage.advice}
    </p>
  );
}

/** What the symptom check said of self-care as a whole (apart from sending to care now): what to do until seen. */
function CheckHeading({ source }: { readonly source: CareSource }): ReactNode {
  if (source.kind !== 'check') {
    return null;
  }
  const { selfCare } = source.last.result;
  if (selfCare.mode === 'seek_care_now') {
    return null;
  }
  return (
    <>
      {selfCare.heading === '' ? null : <h2>{selfCare.heading}</h2>}
      {selfCare.withheldText === undefined ? null : <p>{selfCare.withheldText}</p>}
    </>
  );
}

export function SelfCare(): ReactNode {
  const { t, locale } = useLocale();
  const last = useLastResult(locale);
  const { me } = useSession();
  const [plan, setPlan] = useState<Plan | undefined>(() => cache.get<Plan>('plan'));
  useEffect(() => {
    if (me?.role === 'patient' && me.patientId !== null) {
      list<Plan>(`/api/patients/${me.patientId}/plans`)
        .then((plans) => {
          const latest = plans.at(-1);
          if (latest !== undefined) {
            cache.set('plan', latest);
            setPlan(latest);
          }
        })
        .catch(() => undefined);
    }
  }, [me]);
  const source = careSource(last, plan);
  const { items } = source;
  // a check that sends the patient to care now lists no measures on purpose: nothing should delay that
  const urgent = source.kind === 'check' && source.last.result.selfCare.mode === 'seek_care_now';
  // nor one for a child: its heading says a doctor advises what suits the child, not that no plan exists
  const child =
    source.kind === 'check' && source.last.result.selfCare.mode === 'child_doctor_advises';
  const seen = new Set<string>();
  return (
    <section aria-labelledby="sc-title">
      <h1 id="sc-title">{t.selfCare.title}</h1>
      <SeekCareNow source={source} />
      <Source source={source} />
      {plan === undefined ? null : <PlanGoals plan={plan} />}
      <CheckHeading source={source} />
      {items.length === 0 && !urgent && !child ? <p>{t.selfCare.noPlan}</p> : null}
      {items.map((item) => {
        if (seen.has(item.measure)) {
          return null;
        }
        seen.add(item.measure);
        return (
          <div key={item.measure}>
            {item.measure === 'stretch' ? <Stretch item={item} /> : null}
            {item.measure === 'ice' || item.measure === 'heat' ? (
              <PackTimer item={item} measure={item.measure} />
            ) : null}
            {item.measure === 'hydration' ? <Hydration item={item} /> : null}
            {item.measure === 'massage' ? <Massage item={item} /> : null}
            {item.measure === 'supplements' || item.measure === 'stay_active' ? (
              <Advice item={item} measure={item.measure} />
            ) : null}
            <Cautions item={item} />
          </div>
        );
      })}
      <Notice />
    </section>
  );
}
