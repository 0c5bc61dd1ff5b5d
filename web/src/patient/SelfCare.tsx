/**
 * @module The self-care plan with working timers: stretch holds (30–60 s, holds counted), ice or heat
 * (15–20 min, a notification when the time is up), a drinking tracker towards 2–3 L or the kidney team's
 * limit when the plan says so, and massage guidance. Every session goes to the record through the outbox,
 * so this screen works offline. The numbers come from the plan (the article's, reference [A]).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ResultLine } from '../../../src/app/interview/view';
import type { Plan } from '../../../src/domain/records/plans';
import { SELF_CARE } from '../../../src/domain/kb/self-care';
import { cache, list } from '../api';
import { useLocale } from '../i18n';
import { enqueue, flushOutbox } from '../outbox';
import { useSession } from '../session';
import { Notice } from './Notice';

type Item = ResultLine['selfCare']['items'][number];

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

function useLog(): (measure: string, startedAt: Date, minutes: number) => void {
  const { me } = useSession();
  return (measure, startedAt, minutes) => {
    if (me?.role !== 'patient' || me.patientId === null) {
      return;
    }
    enqueue(`/api/patients/${me.patientId}/self-care`, {
      measure,
      startedAt: startedAt.toISOString(),
      minutes: Math.max(0, Math.min(600, Math.round(minutes))),
    });
    void flushOutbox();
  };
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
  const [saved, setSaved] = useState(false);
  const started = useRef<Date | null>(null);
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
            started.current ??= new Date();
            setSaved(false);
            setEndsAt(Date.now() + hold * 1000);
          }}
        >
          {t.selfCare.startHold}
        </button>
        <button
          type="button"
          className="big"
          disabled={reps === 0 || saved}
          onClick={() => {
            log('stretch', started.current ?? new Date(), (reps * hold) / 60);
            started.current = null;
            setReps(0);
            setSaved(true);
          }}
        >
          {t.selfCare.logSession}
        </button>
      </div>
      {saved ? <p role="status">✓ {t.selfCare.logged}</p> : null}
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
  const started = useRef(new Date());
  const now = useTicker(endsAt !== null);
  const leftS = endsAt === null ? minutes * 60 : Math.max(0, Math.ceil((endsAt - now) / 1000));
  useEffect(() => {
    if (endsAt !== null && now >= endsAt) {
      setEndsAt(null);
      setDone(true);
      log(measure, started.current, minutes);
      if ('Notification' in window && Notification.permission === 'granted') {
        new Notification(t.appName, { body: t.selfCare.timerDone, tag: `tonus-${measure}` });
      }
    }
  }, [now, endsAt, log, measure, minutes, t]);
  const title = measure === 'ice' ? t.selfCare.ice : t.selfCare.heat;
  return (
    <article className="card" aria-labelledby={`sc-${measure}`}>
      <h2 id={`sc-${measure}`}>{title}</h2>
      {item.text === '' ? null : <p>{item.text}</p>}
      <label>
        {t.selfCare.holdFor}{' '}
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
              started.current = new Date();
              setDone(false);
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
    </article>
  );
}

const GLASS_ML = 250;

function Hydration({ item }: { readonly item: Item }): ReactNode {
  const { t, locale } = useLocale();
  const log = useLog();
  const day = new Date().toISOString().slice(0, 10);
  const renal = item.reason === 'hydration_renal_allowance';
  const [ml, setMl] = useState(() => Number(localStorage.getItem(`tonus.water.${day}`) ?? 0));
  const [limit, setLimit] = useState(() => Number(localStorage.getItem('tonus.water.limit') ?? 0));
  const range = item.amounts?.litresPerDay ?? SELF_CARE.hydration.litresPerDay;
  const goal = renal ? limit : range[1] * 1000;
  const fmt = new Intl.NumberFormat(locale);
  const reached = goal > 0 && ml >= goal;
  return (
    <article className="card" aria-labelledby="sc-water">
      <h2 id="sc-water">{t.selfCare.hydration}</h2>
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
        <p>{t.selfCare.target(`${fmt.format(range[0])}–${fmt.format(range[1])}`)}</p>
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
          log('hydration', new Date(), 0);
        }}
      >
        {t.selfCare.addGlass}
      </button>
    </article>
  );
}

function Massage({ item }: { readonly item: Item }): ReactNode {
  const { t } = useLocale();
  const log = useLog();
  const [minutes, setMinutes] = useState(10);
  const [saved, setSaved] = useState(false);
  return (
    <article className="card" aria-labelledby="sc-massage">
      <h2 id="sc-massage">{t.selfCare.massage}</h2>
      {item.text === '' ? null : <p>{item.text}</p>}
      <ol>
        {t.selfCare.massageSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <label>
        {t.selfCare.holdFor}{' '}
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
        onClick={() => {
          log('massage', new Date(Date.now() - minutes * 60_000), minutes);
          setSaved(true);
        }}
      >
        {t.selfCare.logSession}
      </button>
      {saved ? <p role="status">✓ {t.selfCare.logged}</p> : null}
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

/** The measures of a clinician's plan: the timers with the article's numbers; the cards' titles are the words. */
function planItems(plan: Plan | undefined): Item[] {
  return (plan?.body.selfCare ?? []).map((s) => ({
    measure: s.measure,
    text: '',
    cautions: [],
    sourceIds: [...SELF_CARE[s.measure].sourceIds],
    status: SELF_CARE[s.measure].status,
  }));
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

export function SelfCare(): ReactNode {
  const { t } = useLocale();
  const { me } = useSession();
  const last = cache.get<ResultLine>('lastResult');
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
  const items = last?.selfCare.items ?? planItems(plan);
  const seen = new Set<string>();
  return (
    <section aria-labelledby="sc-title">
      <h1 id="sc-title">{t.selfCare.title}</h1>
      {plan === undefined ? null : <PlanGoals plan={plan} />}
      {items.length === 0 ? <p>{t.selfCare.noPlan}</p> : null}
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
            {['supplements', 'stay_active'].includes(item.measure) && item.text !== '' ? (
              <article className="card">{item.text === '' ? null : <p>{item.text}</p>}</article>
            ) : null}
            <Cautions item={item} />
          </div>
        );
      })}
      <Notice />
    </section>
  );
}
