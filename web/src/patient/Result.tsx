/**
 * @module The result in words a patient understands: when the level is an emergency, the "get help now"
 * screen first (what to do now, why, the emergency number of the device's country); then how soon to get care, the
 * reasons, what to watch for, the likely cause in likelihood words, and the notice. Never a drug or a dose:
 * the server's patient view has no field for one.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { ResultLine } from '../../../src/app/interview/view';
import { deviceEmergencyNumbers } from '../emergency-number';
import { useLocale } from '../i18n';
import { refusalText, type Problem } from '../problems';
import { useSession } from '../session';
import { Notice } from './Notice';

/** What became of the result sent to the patient's record. */
export type Saved = 'saving' | 'saved' | 'queued' | { readonly refused: Problem };

const EMERGENCY = new Set(['emergency', 'emergency_ambulance']);

export function Result({
  result,
  saved,
  onBack,
  onRestart,
}: {
  readonly result: ResultLine;
  readonly saved: Saved | null;
  readonly onBack: () => void;
  readonly onRestart: () => void;
}): ReactNode {
  const { t, problems } = useLocale();
  const { me } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const emergency = EMERGENCY.has(result.triage.level);
  // the number of the country the device is in, not of the page's language
  const call = deviceEmergencyNumbers();
  const lead = result.groups[0];
  return (
    <section aria-labelledby="result-title" className={emergency ? 'result emergency' : 'result'}>
      {emergency ? (
        <div className="alarm" role="alert">
          <h1 id="result-title" ref={heading} tabIndex={-1}>
            <span aria-hidden="true">⚠ </span>
            {t.emergency.title}
          </h1>
          {call.known ? null : <p className="advice">{t.emergency.callLocal}</p>}
          <p className="row">
            {call.numbers.map((n) => (
              <a key={n} className="button call big" href={`tel:${n}`}>
                {t.emergency.callNow(n)}
              </a>
            ))}
          </p>
          <h2>{t.emergency.doNow}</h2>
          <p className="advice">{result.triage.advice}</p>
          <h2>{t.emergency.why}</h2>
          <ul>
            {result.triage.reasons.map((r) => (
              <li key={r.rule}>{r.text}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <h1 id="result-title" ref={heading} tabIndex={-1}>
            {t.result.title}
          </h1>
          <h2>{t.result.level}</h2>
          <p className={`level level-${result.triage.level}`} data-level={result.triage.level}>
            {result.triage.advice}
          </p>
          {result.triage.reasons.length > 0 ? (
            <>
              <h2>{t.result.reasons}</h2>
              <ul>
                {result.triage.reasons.map((r) => (
                  <li key={r.rule}>{r.text}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
      {result.watchFor.length > 0 ? (
        <>
          <h2>{t.result.watchFor}</h2>
          {result.unanswered.length > 0 ? <p>{t.result.notAnswered}</p> : null}
          <ul>
            {result.watchFor.map((w) => (
              <li key={w.id}>{w.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {!emergency && lead !== undefined ? (
        <>
          <h2>{t.result.likelyCause}</h2>
          <ul>
            {result.groups.map((g) => (
              <li key={g.group}>
                {t.result.groups[g.group]}: <strong>{g.words}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{result.selfCare.heading}</h2>
      <ul>
        {result.selfCare.items.map((i) => (
          <li key={i.measure + i.text}>{i.text}</li>
        ))}
      </ul>
      {result.selfCare.withheldText !== undefined ? <p>{result.selfCare.withheldText}</p> : null}
      <p>{result.prescriptionOnly}</p>
      <Notice />
      <div role="status" aria-live="polite">
        {saved === 'saving' ? <p>{t.result.saving}</p> : null}
        {saved === 'saved' ? <p className="ok">✓ {t.result.saved}</p> : null}
        {saved === 'queued' ? <p>{t.result.notSaved}</p> : null}
        {typeof saved === 'object' && saved !== null ? (
          <p className="error">{refusalText(problems, saved.refused)}</p>
        ) : null}
      </div>
      {me === null || me === undefined ? (
        <p>
          <Link href="/sign-in">{t.result.signInToSave}</Link>
        </p>
      ) : null}
      <p className="row">
        {result.selfCare.items.length > 0 ? (
          <Link href="/self-care" className="button primary big">
            {t.result.selfCareLink}
          </Link>
        ) : null}
        <button type="button" className="big" onClick={onBack}>
          ← {t.interview.back}
        </button>
        <button type="button" className="big" onClick={onRestart}>
          {t.result.restart}
        </button>
      </p>
    </section>
  );
}
