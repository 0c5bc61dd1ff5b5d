/**
 * @module A patient's course for the clinician, from the server's chart summary: mean pain of the first and
 * last week with the server's flag, the diary chart (the patient's own, with its table for screen readers),
 * and each outcome measure over time with its scores and whether the server flagged a clinically important
 * change, in words and a shape, not colour alone. Nothing here judges a change: the flags are the summary's.
 * Loading and a failed read say so; the "decision support, not a diagnosis" notice stands over any result.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { PatientSummary } from '../../../src/domain/records/summary';
import { WEB_COURSE_EN as w } from '../../../src/i18n/web-course.en';
import { WEB_PLAN_EN as wp } from '../../../src/i18n/web-plan.en';
import { WEB_TIMELINE_EN as tl } from '../../../src/i18n/web-timeline.en';
import { api } from '../api';
import { PainTrend } from '../patient/TrendChart';
import { failureOf } from './LoadFailed';
import { ColumnHeads } from '../column-heads';

type Flag = PatientSummary['outcomes'][number]['points'][number]['importantChange'];

function ChangeWords({ flag }: { readonly flag: Flag }): ReactNode {
  if (flag === null) {
    return w.outcomes.noRule;
  }
  if (!flag) {
    return w.outcomes.notImportant;
  }
  return (
    <strong data-important-change="">
      <span aria-hidden="true">◆ </span>
      {w.outcomes.important}
    </strong>
  );
}

function Outcomes({ summary }: { readonly summary: PatientSummary }): ReactNode {
  const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  if (summary.outcomes.length === 0) {
    return <p>{w.outcomes.none}</p>;
  }
  return summary.outcomes.map((o) => (
    // a list of cards on a phone (`stacks`), a table from a tablet's width up
    <table key={o.instrument} data-instrument={o.instrument} className="stacks" role="table">
      <caption>{tl.scale[o.instrument]}</caption>
      <ColumnHeads labels={[w.outcomes.when, w.outcomes.score, w.outcomes.change]} />
      <tbody role="rowgroup">
        {o.points.map((p, i) => (
          <tr key={`${p.takenAt}-${String(i)}`} role="row">
            <th scope="row" role="rowheader">
              {day.format(new Date(p.takenAt))}
            </th>
            {/* the band as the scale gave it: ODI's disability, STarT Back's risk */}
            <td role="cell" data-label={w.outcomes.score}>
              {tl.score(o.instrument, p.value, { band: p.band ?? null, risk: p.band ?? null })}
            </td>
            <td role="cell" data-label={w.outcomes.change}>
              <ChangeWords flag={p.importantChange} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ));
}

function Pain({ summary }: { readonly summary: PatientSummary }): ReactNode {
  const { baseline, latest, importantChange, direction } = summary.pain;
  if (baseline === null || summary.diary.length === 0) {
    return <p>{w.pain.noDiary}</p>;
  }
  return (
    <>
      <p data-testid="pain-summary">
        {importantChange ? <span aria-hidden="true">◆ </span> : null}
        {w.pain.summary(baseline, latest, importantChange, direction)}{' '}
        <small>{wp.sources(summary.rule.sourceIds.join(', '), summary.rule.status)}</small>
      </p>
      <PainTrend summary={summary} words={w.chart} locale="en" />
    </>
  );
}

export function Course({ patientId }: { readonly patientId: string }): ReactNode {
  const [summary, setSummary] = useState<PatientSummary | undefined>(undefined);
  /** Why the summary could not be read (the HTTP status, `null` for the network), if it could not. */
  const [failed, setFailed] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    setSummary(undefined);
    setFailed(undefined);
    let current = true;
    api<PatientSummary>('GET', `/api/patients/${patientId}/summary`)
      .then((s) => {
        if (current) {
          setSummary(s);
        }
      })
      .catch((e: unknown) => {
        if (current) {
          setFailed(failureOf(e));
        }
      });
    return () => {
      current = false;
    };
  }, [patientId]);
  let body: ReactNode;
  if (failed !== undefined) {
    body = (
      <p role="alert" className="error">
        {w.failed(failed)}
      </p>
    );
  } else if (summary === undefined) {
    body = <p role="status">{w.loading}</p>;
  } else if (summary.diary.length === 0 && summary.outcomes.length === 0) {
    body = <p>{w.empty}</p>;
  } else {
    body = (
      <>
        <p className="notice" role="note">
          <span aria-hidden="true">ⓘ </span>
          {w.notice}
        </p>
        <h3>{w.pain.title}</h3>
        <Pain summary={summary} />
        <h3>{w.outcomes.title}</h3>
        <Outcomes summary={summary} />
      </>
    );
  }
  return (
    <section aria-labelledby="pp-course" data-testid="course">
      <h2 id="pp-course">{w.title}</h2>
      {body}
    </section>
  );
}
