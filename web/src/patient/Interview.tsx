/**
 * @module The interview, one question per screen: big answers, "I don't know" on every question, Back to
 * change an answer, each earlier question shown again with the answer given there (a checklist's lines as
 * ticked, a number as typed, "I don't know" as chosen), so the patient changes only what they mean to. The
 * server runs each step (`POST /api/interview`, stateless, in the page's locale), so the patient bundle
 * carries no engine. On the result the emergency screen comes first when it applies;
 * a signed-in patient's result is saved to their record through the outbox (never lost, never twice), and
 * kept on this device with the time it arrived, for the self-care page to weigh against the clinician's plan.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { NumberRule, QuestionLine, ResultLine } from '../../../src/app/interview/view';
import { api } from '../api';
import { problemLines, problemOf, type Problem } from '../problems';
import { useLocale } from '../i18n';
import { enqueue, sendNow } from '../outbox';
import { useSession } from '../session';
import { serverNow } from '../server-clock';
import { keepLastResult, rewordLastResult } from './last-result';
import { Result, type Saved } from './Result';

type Value = string | number | boolean | null;
type Answers = Readonly<Record<string, Value>>;

/** Whether asking again with the same answers could help: a lost network, a busy or failing server. */
function retriable(error: Problem | 'network'): boolean {
  return error === 'network' || error.status >= 500 || [408, 429].includes(error.status);
}

export function Interview(): ReactNode {
  const { t, locale, problems } = useLocale();
  const [answers, setAnswers] = useState<Answers>({});
  const [history, setHistory] = useState<Answers[]>([]);
  // every answer given in this check, kept when the patient goes back: a question asked again shows it (only
  // `answers` are sent, so an answer shown is sent again only when the patient confirms it)
  const [given, setGiven] = useState<Answers>({});
  const [step, setStep] = useState<QuestionLine | ResultLine | null>(null);
  const [error, setError] = useState<Problem | 'network' | null>(null);
  const [attempt, setAttempt] = useState(0);
  // the answers whose result has arrived: the same answers asked again (another language, a retry) keep
  // their result's time, so an old check does not look newer than a clinician's plan written since
  const arrived = useRef<Answers | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    api<QuestionLine | ResultLine>('POST', '/api/interview', { answers, locale })
      .then((s) => {
        if (live) {
          setStep(s);
          if (s.type === 'result' && arrived.current === answers) {
            rewordLastResult(s, locale);
          } else if (s.type === 'result') {
            arrived.current = answers;
            keepLastResult(s, serverNow(), answers, locale);
          }
        }
      })
      .catch((e: unknown) => {
        if (live) {
          setError(problemOf(e));
        }
      });
    return () => {
      live = false;
    };
  }, [answers, locale, attempt, t]);

  const answer = useCallback(
    (reply: Answers) => {
      setHistory((h) => [...h, answers]);
      setGiven((g) => ({ ...g, ...reply }));
      setStep(null);
      setAnswers({ ...answers, ...reply });
    },
    [answers],
  );
  const back = useCallback(() => {
    const prev = history.at(-1);
    if (prev !== undefined) {
      setHistory((h) => h.slice(0, -1));
      setStep(null);
      setAnswers(prev);
    }
  }, [history]);
  const restart = useCallback(() => {
    setHistory([]);
    setGiven({});
    setStep(null);
    setAnswers({});
  }, []);

  if (error !== null) {
    return (
      <section aria-labelledby="iv-title">
        <h1 id="iv-title">{t.interview.title}</h1>
        <div role="alert" className="error">
          {error === 'network' ? (
            <p>{t.interview.failed}</p>
          ) : (
            problemLines(problems, error).map((line, i) => (
              <p key={`${String(i)}-${line}`}>{line}</p>
            ))
          )}
        </div>
        {/* sending the same answers again helps only when the network or the server failed */}
        {retriable(error) || history.length === 0 ? (
          <button type="button" className="big" onClick={() => setAttempt((a) => a + 1)}>
            {t.interview.retry}
          </button>
        ) : null}
        {history.length > 0 ? (
          <button type="button" className={retriable(error) ? 'big' : 'big primary'} onClick={back}>
            {t.interview.back}
          </button>
        ) : null}
      </section>
    );
  }
  if (step === null) {
    return (
      <p role="status" aria-live="polite">
        {t.interview.loading}
      </p>
    );
  }
  if (step.type === 'result') {
    return <ResultScreen result={step} answers={answers} onBack={back} onRestart={restart} />;
  }
  return (
    <Question
      key={`${step.id}-${step.n}`}
      q={step}
      earlier={given}
      onAnswer={answer}
      onBack={history.length > 0 ? back : null}
    />
  );
}

function ResultScreen({
  result,
  answers,
  onBack,
  onRestart,
}: {
  readonly result: ResultLine;
  readonly answers: Answers;
  readonly onBack: () => void;
  readonly onRestart: () => void;
}): ReactNode {
  const { me } = useSession();
  const { locale } = useLocale();
  const [saved, setSaved] = useState<Saved | null>(null);
  const key = useRef<string | null>(null);
  useEffect(() => {
    if (me?.role !== 'patient' || me.patientId === null || key.current !== null) {
      return;
    }
    setSaved('saving');
    const item = enqueue(`/api/patients/${me.patientId}/interviews`, {
      answers,
      locale,
    });
    key.current = item.key;
    // a result the server refused is said refused, not "will be saved when the connection returns"
    void sendNow(item.key).then((o) => {
      if (o.kind === 'refused') {
        setSaved({ refused: o.problem });
      } else {
        setSaved(o.kind === 'sent' ? 'saved' : 'queued');
      }
    });
  }, [me, answers, locale]);
  return <Result result={result} saved={saved} onBack={onBack} onRestart={onRestart} />;
}

/**
 * The answer given earlier to every line of `q`, when the lines were all given the same one (a yes/no or
 * single-choice question answers all its lines at once); `undefined` when the question was not answered.
 */
function sameAnswer(q: QuestionLine, earlier: Answers): Value | undefined {
  const values = q.asks.map((a) => (a.ref in earlier ? earlier[a.ref] : undefined));
  const v = values[0];
  return v !== undefined && values.every((x) => x === v) ? v : undefined;
}

function Question({
  q,
  earlier,
  onAnswer,
  onBack,
}: {
  readonly q: QuestionLine;
  /** Every answer given so far in this check, also those the patient went back over. */
  readonly earlier: Answers;
  readonly onAnswer: (a: Answers) => void;
  readonly onBack: (() => void) | null;
}): ReactNode {
  const { t } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const refs = q.asks.map((a) => a.ref);
  const all = (v: Value): Answers => Object.fromEntries(refs.map((r) => [r, v]));
  const first = q.asks[0];
  const before = sameAnswer(q, earlier);
  // the answer given before is shown pressed; a question not answered yet has plain buttons
  const pressed = (v: Value): boolean | undefined =>
    before === undefined ? undefined : before === v;
  return (
    <section aria-labelledby="q-title" className="question" data-kind={q.kind} data-question={q.id}>
      <p className="progress">{t.interview.progress(q.n)}</p>
      <h1 id="q-title" ref={heading} tabIndex={-1}>
        {q.text}
      </h1>
      {q.kind === 'checklist' ? <Checklist q={q} earlier={earlier} onAnswer={onAnswer} /> : null}
      {q.kind === 'yes_no' && first !== undefined ? (
        <div className="choices" role="group" aria-labelledby="q-title">
          {q.asks.length > 1 || first.label !== q.text ? <p>{first.label}</p> : null}
          {(
            [
              [true, t.interview.yes],
              [false, t.interview.no],
              [null, t.interview.dontKnow],
            ] as const
          ).map(([v, label]) => (
            <button
              key={String(v)}
              type="button"
              className="big"
              aria-pressed={pressed(v)}
              onClick={() => onAnswer(all(v))}
            >
              {label}
            </button>
          ))}
        </div>
      ) : null}
      {q.kind === 'single' ? (
        <div className="choices" role="group" aria-labelledby="q-title">
          {q.options.map((o) => (
            <button
              key={String(o.value)}
              type="button"
              className="big"
              aria-pressed={pressed(o.value)}
              onClick={() => onAnswer(all(o.value))}
            >
              {o.label}
            </button>
          ))}
          <button
            type="button"
            className="big"
            aria-pressed={pressed(null)}
            onClick={() => onAnswer(all(null))}
          >
            {t.interview.dontKnow}
          </button>
        </div>
      ) : null}
      {q.kind === 'number' && first !== undefined ? (
        <NumberAnswer
          label={first.label}
          rule={q.number}
          before={typeof before === 'number' || before === null ? before : undefined}
          onAnswer={(v) => onAnswer(all(v))}
        />
      ) : null}
      {onBack !== null ? (
        <p>
          <button type="button" className="back" onClick={onBack}>
            ← {t.interview.back}
          </button>
        </p>
      ) : null}
    </section>
  );
}

/**
 * A number answer, checked here against the question's range before it is sent: a problem is said in words
 * beside the input (the range, in the page's locale), and the patient corrects it in place.
 */
function NumberAnswer({
  label,
  rule,
  before,
  onAnswer,
}: {
  readonly label: string;
  readonly rule: NumberRule | undefined;
  /** The answer given before (`null`: "I don't know"), shown again when the patient came back to it. */
  readonly before: number | null | undefined;
  readonly onAnswer: (v: number | null) => void;
}): ReactNode {
  const { t, locale } = useLocale();
  const [text, setText] = useState(typeof before === 'number' ? String(before) : '');
  const [problem, setProblem] = useState<string | null>(null);
  const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  let allowed = t.interview.notANumber;
  if (rule !== undefined) {
    allowed = (rule.integer ? t.interview.wholeRange : t.interview.range)(
      fmt.format(rule.min),
      fmt.format(rule.max),
    );
  }
  const accepts = (v: number): boolean =>
    Number.isFinite(v) &&
    (rule === undefined ||
      (v >= rule.min && v <= rule.max && (!rule.integer || Number.isInteger(v))));
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const value = text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));
        if (accepts(value)) {
          onAnswer(value);
        } else {
          setProblem(allowed);
        }
      }}
    >
      <div className="row">
        <label>
          {label}{' '}
          <input
            type="number"
            inputMode="decimal"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setProblem(null);
            }}
            className="big-input"
            required
            aria-invalid={problem !== null}
            aria-describedby={problem === null ? undefined : 'number-problem'}
            {...(rule === undefined
              ? {}
              : { min: rule.min, max: rule.max, step: rule.integer ? 1 : 'any' })}
          />
        </label>
        {rule?.unit === undefined ? null : (
          <span className="unit">{t.interview.units[rule.unit]}</span>
        )}
      </div>
      {problem === null ? null : (
        <p id="number-problem" role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="choices">
        <button type="submit" className="big primary">
          {t.interview.next}
        </button>
        <button
          type="button"
          className="big"
          aria-pressed={before === undefined ? undefined : before === null}
          onClick={() => onAnswer(null)}
        >
          {t.interview.dontKnow}
        </button>
      </div>
    </form>
  );
}

function Checklist({
  q,
  earlier,
  onAnswer,
}: {
  readonly q: QuestionLine;
  readonly earlier: Answers;
  readonly onAnswer: (a: Answers) => void;
}): ReactNode {
  const { t } = useLocale();
  // a checklist the patient comes back to shows each line as answered before: a Yes stays ticked, so
  // "None of these" cannot quietly take it back
  const [picked, setPicked] = useState<Record<string, Value | undefined>>(() =>
    Object.fromEntries(q.asks.filter((a) => a.ref in earlier).map((a) => [a.ref, earlier[a.ref]])),
  );
  const [missing, setMissing] = useState(false);
  // "None of these" and "I don't know for any of these" fill only the lines not answered yet: a line the
  // patient already answered keeps its answer, so a Yes (a red flag) always reaches the server
  const rest = (v: Value): Answers => ({
    ...Object.fromEntries(q.asks.map((a) => [a.ref, v])),
    ...(picked as Answers),
  });
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.asks.some((a) => !(a.ref in picked))) {
          setMissing(true);
          return;
        }
        onAnswer(picked as Answers);
      }}
    >
      <div className="choices">
        <button type="button" className="big" onClick={() => onAnswer(rest(false))}>
          {t.interview.noneOfThese}
        </button>
        <button type="button" className="big" onClick={() => onAnswer(rest(null))}>
          {t.interview.dontKnowAll}
        </button>
      </div>
      {q.asks.map((a, i) => (
        <fieldset key={a.ref} className="item">
          <legend>{a.label}</legend>
          {(
            [
              [true, t.interview.yes],
              [false, t.interview.no],
              [null, t.interview.dontKnow],
            ] as const
          ).map(([v, label]) => (
            <label key={String(v)} className="radio">
              <input
                type="radio"
                name={`item-${i}`}
                checked={a.ref in picked && picked[a.ref] === v}
                onChange={() => {
                  setPicked((p) => ({ ...p, [a.ref]: v }));
                }}
              />
              {label}
            </label>
          ))}
        </fieldset>
      ))}
      {missing ? (
        <p role="alert" className="error">
          {t.interview.chooseEach}
        </p>
      ) : null}
      <button type="submit" className="big primary">
        {t.interview.next}
      </button>
    </form>
  );
}
