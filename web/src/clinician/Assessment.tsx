/**
 * @module A new assessment, keyboard-first: every section of C3 — patient, history, findings (present,
 * absent or not known, filterable), then structured controls built from the assessment schema and the
 * knowledge base's lists (conditions, medications, exposures, vital signs, examination, laboratory, EMG,
 * imaging, CSF, questionnaires), each with the shared schema's messages beside the field they name. The engine runs in the browser on every input: triage, cause groups, the differential with
 * findings for, against and missing, and the next best tests. An urgent triage (within 24 hours, emergency,
 * ambulance) is also a banner stuck to the top of the form at every width, so it is seen while the form is
 * still being filled, not only in the result panel below or beside it. Saving sends the assessment (once
 * something beyond age and sex is entered); the server runs the engine again and stores its own result.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { parseAssessment } from '../../../src/domain/assessment/index';
import { assess } from '../../../src/domain/engine/index';
import { FINDING_IDS } from '../../../src/domain/kb/findings';
import {
  COURSES,
  ONSETS,
  REGIONS,
  SEXES,
  SIDES,
  SPREADS,
  TRIGGERS,
} from '../../../src/domain/kb/index';
import { TRIGGER_NAMES } from '../../../src/i18n/findings.en';
import { WEB_ASSESS_EN } from '../../../src/i18n/web-assess.en';
import type { DomainIssue } from '../../../src/domain/shared/index';
import type { PatientRecord } from '../../../src/domain/records/accounts';
import { toClinicianView, type ClinicianView } from '../../../src/app/views/index';
import { urgency, type TriageLevel } from '../../../src/domain/shared/index';
import { en } from '../../../src/i18n/index';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { api, ApiError } from '../api';
import { EMPTY_DRAFT, hasEntries, toAssessment, withRecord, type Draft, type Tri } from './draft';
import type { FieldIssue, IssuesJson } from './sections/fields';
import {
  ConditionsSection,
  EmgSection,
  ExposuresSection,
  ImagingSection,
  MedicationsSection,
} from './sections/history';
import { ExamSection } from './sections/exam';
import { CsfSection, LabsSection, VitalsSection } from './sections/measures';
import { QuestionnairesSection } from './sections/questionnaires';

export interface Live {
  readonly view: ClinicianView | null;
  readonly errors: readonly string[];
  /** The schema's issues by field path (dotted), for the messages beside the controls. */
  readonly issues: readonly FieldIssue[];
  readonly ms: number;
}

const fieldIssue = (i: DomainIssue): FieldIssue => ({
  path: i.path.map(String).join('.'),
  text: en.issue(i),
});

/** The engine in the browser for the draft; the time it took (parse, assess, view). */
export function runLive(d: Draft, asOf: string): Live {
  const t0 = performance.now();
  const parsed = parseAssessment(toAssessment(d));
  if (!parsed.ok) {
    const issues = parsed.issues.map(fieldIssue);
    return { view: null, errors: issues.map((i) => i.text), issues, ms: performance.now() - t0 };
  }
  const view = toClinicianView(assess(parsed.value, { audience: 'clinician', asOf }), en);
  return { view, errors: [], issues: [], ms: performance.now() - t0 };
}

/** The issues under one top-level key, as a string: unchanged text keeps a memoised section from re-rendering. */
function issuesOf(live: Live, key: keyof Draft): IssuesJson {
  return JSON.stringify(live.issues.filter((i) => i.path === key || i.path.startsWith(`${key}.`)));
}

type Setters = { readonly [K in keyof Draft]: (v: Draft[K]) => void };

const about = WEB_ASSESS_EN.about;

/** The history's closed choices, each with its words (the draft keeps the domain's values). */
const SELECTS: readonly {
  readonly key: string;
  readonly label: string;
  readonly options: readonly (readonly [string, string])[];
}[] = [
  { key: 'onset', label: about.onset, options: ONSETS.map((o) => [o, about.onsets[o]] as const) },
  {
    key: 'course',
    label: about.course,
    options: COURSES.map((o) => [o, about.courses[o]] as const),
  },
  { key: 'side', label: about.side, options: SIDES.map((o) => [o, about.sides[o]] as const) },
  {
    key: 'spread',
    label: about.spread,
    options: SPREADS.map((o) => [o, about.spreads[o]] as const),
  },
];
const NUMBERS = ['durationDays', 'painNrs', 'psfsFrequency', 'psfsSeverity'] as const;
const REGION_OPTIONS = REGIONS.map((r) => [r, about.regionNames[r]] as const);
const TRIGGER_OPTIONS = TRIGGERS.map((t) => [t, TRIGGER_NAMES[t]] as const);

function Checks({
  name,
  legend,
  all,
  picked,
  onChange,
}: {
  readonly name: string;
  readonly legend: string;
  readonly all: readonly (readonly [string, string])[];
  readonly picked: readonly string[];
  readonly onChange: (v: string[]) => void;
}): ReactNode {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="row">
        {all.map(([x, words]) => (
          <label key={x} className="radio">
            <input
              type="checkbox"
              name={`${name}-${x}`}
              checked={picked.includes(x)}
              onChange={(e) =>
                onChange(e.target.checked ? [...picked, x] : picked.filter((p) => p !== x))
              }
            />
            {words}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * One finding's present/absent/unknown choice. Memoised with a stable `onPick`, so an input re-renders
 * its own row and the live result, not the hundred-odd other rows (the live differential's budget).
 */
const FindingRow = memo(function FindingRow({
  f,
  value,
  onPick,
}: {
  readonly f: string;
  readonly value: Tri;
  readonly onPick: (f: string, v: Tri) => void;
}): ReactNode {
  return (
    <fieldset className="item" data-finding={f}>
      <legend>
        {en.feature(`f:${f}` as Parameters<typeof en.feature>[0])} <code>{f}</code>
      </legend>
      {(['present', 'absent', 'unknown'] as const).map((v) => (
        <label key={v} className="radio">
          <input
            type="radio"
            name={`finding-${f}`}
            value={v}
            checked={value === v}
            onChange={() => {
              onPick(f, v);
            }}
          />
          {c[v]}
        </label>
      ))}
    </fieldset>
  );
});

type UrgentLevel = keyof typeof c.urgent.levels;
const URGENT_FROM = urgency('consultation_24');
const isUrgent = (l: TriageLevel): l is UrgentLevel => urgency(l) >= URGENT_FROM;

/**
 * An urgent live triage as a banner: the level named in words with a shape (never colour alone), the advice,
 * and the reasons that raised it with their rules. An emergency is an alert (announced at once); a 24-hour
 * consultation a status. Nothing for a routine triage.
 */
export function UrgentBanner({ view }: { readonly view: ClinicianView | null }): ReactNode {
  const t = view?.triage;
  const shown = t !== undefined && isUrgent(t.level);
  const banner = useRef<HTMLDivElement>(null);
  // the banner sticks over the top of the page: a control that takes the focus above it (Shift+Tab back up
  // the form) is scrolled to below it, not under it (WCAG 2.4.11), however tall the banner grows
  useEffect(() => {
    const el = banner.current;
    if (!shown || el === null) {
      return undefined;
    }
    const root = document.documentElement;
    const pad = (): void => {
      root.style.scrollPaddingTop = `${String(Math.ceil(el.getBoundingClientRect().height) + 8)}px`;
    };
    pad();
    const watch = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(pad);
    watch?.observe(el);
    return () => {
      watch?.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, [shown]);
  if (t === undefined || !isUrgent(t.level)) {
    return null;
  }
  const emergency = t.level !== 'consultation_24';
  return (
    <div
      ref={banner}
      className={emergency ? 'urgent-banner emergency' : 'urgent-banner'}
      role={emergency ? 'alert' : 'status'}
      data-testid="urgent-banner"
      data-level={t.level}
    >
      <p className="urgent-level">
        <span aria-hidden="true">{emergency ? '⛔ ' : '⚠ '}</span>
        <strong>{c.urgent.levels[t.level]}</strong> — {t.advice}
      </p>
      <p className="urgent-reasons">{c.urgent.reasons}</p>
      <ul>
        {t.reasons
          .filter((r) => urgency(r.level) >= URGENT_FROM)
          .map((r) => (
            <li key={r.rule}>
              {r.text} <small>[{r.rule}]</small>
            </li>
          ))}
      </ul>
    </div>
  );
}

/** The result; sticky beside the form it follows, in the page's flow where a plan builder comes after it. */
export function LiveResult({
  live,
  sticky = true,
  stored,
}: {
  readonly live: Live;
  readonly sticky?: boolean;
  /** A result as the server stored it: when it was computed and with which knowledge base. */
  readonly stored?: { readonly when: string; readonly kbVersion: string };
}): ReactNode {
  const v = live.view;
  return (
    <section aria-labelledby="live-title" className={sticky ? 'sticky card' : 'card'} tabIndex={0}>
      <h2 id="live-title">{stored === undefined ? c.sections.result : c.storedResult}</h2>
      {stored === undefined ? (
        <p className="progress" data-ms={live.ms.toFixed(2)}>
          {c.updatedIn(live.ms)}
        </p>
      ) : (
        <p className="progress">{c.computedOn(stored.when, stored.kbVersion)}</p>
      )}
      {live.errors.length > 0 ? (
        <ul role="alert" className="error">
          {live.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {/* one sentence is announced, and only when the conclusion changes: the whole panel as a live
          region re-read its moving percentages on every click */}
      <p className="sr-only" aria-live="polite" data-testid="live-summary">
        {v === null || stored !== undefined
          ? ''
          : c.liveSummary(v.triage.advice, v.groups[0]?.name ?? '—')}
      </p>
      {v === null ? null : (
        <div>
          <h3>{c.triage}</h3>
          <p className="level" data-level={v.triage.level}>
            {v.triage.advice} ({v.triage.level})
          </p>
          <ul>
            {v.triage.reasons.map((r) => (
              <li key={r.rule}>
                {r.text} [{r.rule}; {r.sourceIds.join(', ')}; {r.status}]
              </li>
            ))}
          </ul>
          <h3>{c.groups}</h3>
          <ol data-testid="groups">
            {v.groups.map((g) => (
              <li key={g.group} data-group={g.group}>
                {g.name}: {(g.probability * 100).toFixed(0)} %
              </li>
            ))}
          </ol>
          <h3>{c.differential}</h3>
          <ol>
            {v.differential.slice(0, 5).map((d) => (
              <li key={d.condition}>
                <strong>{d.name}</strong> ({(d.score * 100).toFixed(0)} %)
                {d.keptInView === null ? null : (
                  <p className="kept-in-view" data-rule={d.keptInView.rule}>
                    {d.keptInView.text}
                  </p>
                )}
                <dl>
                  <dt>{c.findingsFor}</dt>
                  <dd>{d.for.map((e) => e.text).join('; ') || '—'}</dd>
                  <dt>{c.findingsAgainst}</dt>
                  <dd>{d.against.map((e) => e.text).join('; ') || '—'}</dd>
                  <dt>{c.findingsMissing}</dt>
                  <dd>
                    {d.missing
                      .slice(0, 5)
                      .map((m) => m.text)
                      .join('; ') || '—'}
                  </dd>
                </dl>
              </li>
            ))}
          </ol>
          <h3>{c.nextTests}</h3>
          <ol>
            {v.nextTests.slice(0, 5).map((t) => (
              <li key={t.id}>
                {t.name}: {t.why}
              </li>
            ))}
            {v.nextQuestions.slice(0, 3).map((q) => (
              <li key={q.id}>{q.name}</li>
            ))}
          </ol>
          <p className="notice">{v.notice}</p>
        </div>
      )}
    </section>
  );
}

export function Assessment({ patientId }: { readonly patientId: string }): ReactNode {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [filter, setFilter] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const asOf = new Date().toISOString().slice(0, 10);
  // the record's date of birth and sex start the draft; a field the clinician already filled is kept
  useEffect(() => {
    let current = true;
    api<PatientRecord>('GET', `/api/patients/${patientId}`)
      .then((record) => {
        if (current) {
          setDraft((d) => withRecord(d, record, new Date().toISOString().slice(0, 10)));
        }
      })
      .catch(() => {
        // without the record the clinician types them, as before
      });
    return () => {
      current = false;
    };
  }, [patientId]);
  const live = useMemo(() => runLive(draft, asOf), [draft, asOf]);
  const entered = useMemo(() => hasEntries(draft), [draft]);
  const shown = FINDING_IDS.filter(
    (f) =>
      filter === '' ||
      f.includes(filter.toLowerCase()) ||
      en.feature(`f:${f}`).toLowerCase().includes(filter.toLowerCase()),
  );
  const set = (patch: Partial<Draft>): void => setDraft((d) => ({ ...d, ...patch }));
  const pick = useCallback((f: string, v: Tri) => {
    setDraft((d) => ({ ...d, findings: { ...d.findings, [f]: v } }));
  }, []);
  // one stable setter per part, so a memoised section re-renders only when its own part changes
  const on = useMemo(() => {
    const setter =
      <K extends keyof Draft>(k: K) =>
      (v: Draft[K]): void => {
        setDraft((d) => ({ ...d, [k]: v }));
      };
    return Object.fromEntries(
      (Object.keys(EMPTY_DRAFT) as (keyof Draft)[]).map((k) => [k, setter(k)]),
    ) as unknown as Setters;
  }, []);
  return (
    <section aria-labelledby="as-title">
      <h1 id="as-title">{c.newAssessment}</h1>
      <div className="grid2">
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (live.view === null || !entered) {
              return;
            }
            api<{ id: string }>(
              'POST',
              `/api/patients/${patientId}/encounters`,
              toAssessment(draft),
              {
                'idempotency-key': crypto.randomUUID(),
              },
            )
              .then((enc) => {
                setSaved(c.saved);
                navigate(`/patients/${patientId}/encounters/${enc.id}`);
              })
              .catch((err: unknown) =>
                setSaved(err instanceof ApiError ? err.message : String(err)),
              );
          }}
        >
          <UrgentBanner view={live.view} />
          <fieldset>
            <legend>{c.sections.patient}</legend>
            <label>
              {about.ageYears}
              <input
                name="ageYears"
                inputMode="numeric"
                value={draft.patient.ageYears}
                onChange={(e) => set({ patient: { ...draft.patient, ageYears: e.target.value } })}
              />
            </label>
            <label>
              {about.sex}
              <select
                name="sex"
                value={draft.patient.sex}
                onChange={(e) => set({ patient: { ...draft.patient, sex: e.target.value } })}
              >
                <option value="">—</option>
                {SEXES.map((x) => (
                  <option key={x} value={x}>
                    {about.sexes[x]}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
          <fieldset>
            <legend>{c.sections.history}</legend>
            {SELECTS.map(({ key, label, options }) => (
              <label key={key}>
                {label}
                <select
                  name={key}
                  value={draft.history[key] ?? ''}
                  onChange={(e) => set({ history: { ...draft.history, [key]: e.target.value } })}
                >
                  <option value="">—</option>
                  {options.map(([o, words]) => (
                    <option key={o} value={o}>
                      {words}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            {NUMBERS.map((k) => (
              <label key={k}>
                {about[k]}
                <input
                  name={k}
                  inputMode="decimal"
                  value={draft.history[k] ?? ''}
                  onChange={(e) => set({ history: { ...draft.history, [k]: e.target.value } })}
                />
              </label>
            ))}
            <Checks
              name="regions"
              legend={about.regions}
              all={REGION_OPTIONS}
              picked={draft.regions}
              onChange={(regions) => set({ regions })}
            />
            <Checks
              name="triggers"
              legend={about.triggers}
              all={TRIGGER_OPTIONS}
              picked={draft.triggers}
              onChange={(triggers) => set({ triggers })}
            />
          </fieldset>
          <fieldset>
            <legend>{c.sections.findings}</legend>
            <label>
              {c.filter}
              <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </label>
            {shown.map((f) => (
              <FindingRow key={f} f={f} value={draft.findings[f] ?? 'unknown'} onPick={pick} />
            ))}
          </fieldset>
          <ConditionsSection
            value={draft.conditions}
            onChange={on.conditions}
            issues={issuesOf(live, 'conditions')}
          />
          <MedicationsSection
            value={draft.medications}
            onChange={on.medications}
            issues={issuesOf(live, 'medications')}
          />
          <ExposuresSection
            value={draft.exposures}
            onChange={on.exposures}
            issues={issuesOf(live, 'exposures')}
          />
          <VitalsSection
            value={draft.vitals}
            onChange={on.vitals}
            issues={issuesOf(live, 'vitals')}
          />
          <ExamSection value={draft.exam} onChange={on.exam} issues={issuesOf(live, 'exam')} />
          <LabsSection value={draft.labs} onChange={on.labs} issues={issuesOf(live, 'labs')} />
          <EmgSection value={draft.emg} onChange={on.emg} issues={issuesOf(live, 'emg')} />
          <ImagingSection
            value={draft.imaging}
            onChange={on.imaging}
            issues={issuesOf(live, 'imaging')}
          />
          <CsfSection value={draft.csf} onChange={on.csf} issues={issuesOf(live, 'csf')} />
          <QuestionnairesSection
            value={draft.questionnaires}
            onChange={on.questionnaires}
            issues={issuesOf(live, 'questionnaires')}
          />
          {entered ? null : (
            <p id="save-needs-entry" className="progress">
              {c.saveNeedsEntry}
            </p>
          )}
          <button
            type="submit"
            className="big primary"
            disabled={live.view === null || !entered}
            aria-describedby={entered ? undefined : 'save-needs-entry'}
          >
            {c.save}
          </button>
          <p role="status">{saved}</p>
        </form>
        <LiveResult live={live} />
      </div>
    </section>
  );
}
