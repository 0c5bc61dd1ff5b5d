/**
 * @module A new assessment, keyboard-first: every section of C3 — patient, history, findings (present,
 * absent or not known, filterable), conditions, medications and exposures, vital signs, and the structured
 * sections (examination, laboratory, EMG, imaging, CSF, questionnaires) as JSON checked by the same schema
 * the server uses. The engine runs in the browser on every input: triage, cause groups, the differential with
 * findings for, against and missing, and the next best tests. Saving sends the assessment; the server runs
 * the engine again and stores its own result.
 */
import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { parseAssessment } from '../../../src/domain/assessment/index';
import { assess } from '../../../src/domain/engine/index';
import { FINDING_IDS } from '../../../src/domain/kb/findings';
import { toClinicianView, type ClinicianView } from '../../../src/app/views/index';
import { en } from '../../../src/i18n/index';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { api, ApiError } from '../api';

type Tri = 'present' | 'absent' | 'unknown';

const JSON_SECTIONS = [
  ['conditions', 'conditions', '["chronic_kidney_disease"]'],
  ['medications', 'medications', '[{"drug": "thiazide_diuretic"}]'],
  ['exposures', 'exposures', '["heat_exertion"]'],
  ['vitals', 'vitals', '{"temperatureC": 37.0, "heartRate": 80}'],
  ['exam', 'exam', '{"mrc": {"L5": 5}, "reflexes": {"achilles": 2}}'],
  ['labs', 'labs', '[{"analyte": "potassium", "value": 3.1, "unit": "mmol/L"}]'],
  ['emg', 'exam', '{}'],
  ['imaging', 'exam', '{}'],
  ['csf', 'labs', '{"whiteCellsPerMm3": 2}'],
  ['questionnaires', 'exam', '{}'],
] as const;

type JsonKey = (typeof JSON_SECTIONS)[number][0];

export interface Draft {
  readonly patient: { ageYears: string; sex: string };
  readonly history: Record<string, string>;
  readonly regions: readonly string[];
  readonly triggers: readonly string[];
  readonly findings: Readonly<Record<string, Tri>>;
  readonly json: Readonly<Partial<Record<JsonKey, string>>>;
}

const EMPTY: Draft = {
  patient: { ageYears: '', sex: '' },
  history: {},
  regions: [],
  triggers: [],
  findings: {},
  json: {},
};

const num = (s: string | undefined): number | undefined =>
  s === undefined || s.trim() === '' ? undefined : Number(s);

/** The draft as a case-format assessment, and the JSON sections that did not parse. */
export function toAssessment(d: Draft): { value: Record<string, unknown>; bad: string[] } {
  const bad: string[] = [];
  const history: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d.history)) {
    if (v !== '') {
      history[k] = ['durationDays', 'painNrs', 'psfsFrequency', 'psfsSeverity'].includes(k)
        ? Number(v)
        : v;
    }
  }
  if (d.regions.length > 0) {
    history.regions = d.regions;
  }
  if (d.triggers.length > 0) {
    history.triggers = d.triggers;
  }
  const findings = Object.fromEntries(
    Object.entries(d.findings)
      .filter(([, v]) => v !== 'unknown')
      .map(([k, v]) => [k, v === 'present']),
  );
  const value: Record<string, unknown> = {
    patient: {
      ...(num(d.patient.ageYears) === undefined ? {} : { ageYears: num(d.patient.ageYears) }),
      ...(d.patient.sex === '' ? {} : { sex: d.patient.sex }),
    },
    ...(Object.keys(history).length === 0 ? {} : { history }),
    ...(Object.keys(findings).length === 0 ? {} : { findings }),
  };
  for (const [key] of JSON_SECTIONS) {
    const text = d.json[key]?.trim() ?? '';
    if (text === '') {
      continue;
    }
    try {
      value[key] = JSON.parse(text) as unknown;
    } catch {
      bad.push(key);
    }
  }
  return { value, bad };
}

export interface Live {
  readonly view: ClinicianView | null;
  readonly errors: readonly string[];
  readonly ms: number;
}

/** The engine in the browser for the draft; the time it took (parse, assess, view). */
export function runLive(d: Draft, asOf: string): Live {
  const t0 = performance.now();
  const { value, bad } = toAssessment(d);
  const parsed = parseAssessment(value);
  if (!parsed.ok || bad.length > 0) {
    return {
      view: null,
      errors: [
        ...bad.map((b) => `${b}: not valid JSON`),
        ...(parsed.ok ? [] : parsed.issues.map((i) => en.issue(i))),
      ],
      ms: performance.now() - t0,
    };
  }
  const view = toClinicianView(assess(parsed.value, { audience: 'clinician', asOf }), en);
  return { view, errors: [], ms: performance.now() - t0 };
}

const SELECTS: Record<string, readonly string[]> = {
  onset: ['sudden', 'acute', 'gradual', 'chronic'],
  course: ['improving', 'stable', 'worsening', 'relapsing'],
  side: ['left', 'right', 'bilateral'],
  spread: ['local', 'axial', 'generalized'],
};
const REGIONS = ['cervical', 'thoracic', 'lumbar', 'sacral'];
const TRIGGERS = [
  'lifting',
  'twisting',
  'exercise',
  'prolonged_posture',
  'trauma_minor',
  'trauma_major',
  'stress',
  'cold',
  'stimulus',
  'dialysis',
  'none',
];

function Checks({
  legend,
  all,
  picked,
  onChange,
}: {
  readonly legend: string;
  readonly all: readonly string[];
  readonly picked: readonly string[];
  readonly onChange: (v: string[]) => void;
}): ReactNode {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="row">
        {all.map((x) => (
          <label key={x} className="radio">
            <input
              type="checkbox"
              name={`${legend}-${x}`}
              checked={picked.includes(x)}
              onChange={(e) =>
                onChange(e.target.checked ? [...picked, x] : picked.filter((p) => p !== x))
              }
            />
            {x}
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

export function LiveResult({ live }: { readonly live: Live }): ReactNode {
  const v = live.view;
  return (
    <section aria-labelledby="live-title" className="sticky card" tabIndex={0}>
      <h2 id="live-title">{c.sections.result}</h2>
      <p className="progress" data-ms={live.ms.toFixed(2)}>
        {c.updatedIn(live.ms)}
      </p>
      {live.errors.length > 0 ? (
        <ul role="alert" className="error">
          {live.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {v === null ? null : (
        <div aria-live="polite" aria-atomic="false">
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
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filter, setFilter] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const asOf = new Date().toISOString().slice(0, 10);
  const live = useMemo(() => runLive(draft, asOf), [draft, asOf]);
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
  return (
    <section aria-labelledby="as-title">
      <h1 id="as-title">{c.newAssessment}</h1>
      <div className="grid2">
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            api<{ id: string }>(
              'POST',
              `/api/patients/${patientId}/encounters`,
              toAssessment(draft).value,
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
          <fieldset>
            <legend>{c.sections.patient}</legend>
            <label>
              ageYears
              <input
                inputMode="numeric"
                value={draft.patient.ageYears}
                onChange={(e) => set({ patient: { ...draft.patient, ageYears: e.target.value } })}
              />
            </label>
            <label>
              sex
              <select
                value={draft.patient.sex}
                onChange={(e) => set({ patient: { ...draft.patient, sex: e.target.value } })}
              >
                <option value="">—</option>
                <option value="female">female</option>
                <option value="male">male</option>
                <option value="other">other</option>
              </select>
            </label>
          </fieldset>
          <fieldset>
            <legend>{c.sections.history}</legend>
            {Object.entries(SELECTS).map(([k, opts]) => (
              <label key={k}>
                {k}
                <select
                  name={k}
                  value={draft.history[k] ?? ''}
                  onChange={(e) => set({ history: { ...draft.history, [k]: e.target.value } })}
                >
                  <option value="">—</option>
                  {opts.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            {['durationDays', 'painNrs', 'psfsFrequency', 'psfsSeverity'].map((k) => (
              <label key={k}>
                {k}
                <input
                  name={k}
                  inputMode="decimal"
                  value={draft.history[k] ?? ''}
                  onChange={(e) => set({ history: { ...draft.history, [k]: e.target.value } })}
                />
              </label>
            ))}
            <Checks
              legend="regions"
              all={REGIONS}
              picked={draft.regions}
              onChange={(regions) => set({ regions })}
            />
            <Checks
              legend="triggers"
              all={TRIGGERS}
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
          {JSON_SECTIONS.map(([key, title, example]) => (
            <label key={key}>
              {key === title ? c.sections[title] : `${c.sections[title]}: ${key}`} (JSON)
              <textarea
                name={key}
                rows={3}
                placeholder={example}
                value={draft.json[key] ?? ''}
                onChange={(e) => set({ json: { ...draft.json, [key]: e.target.value } })}
              />
            </label>
          ))}
          <button type="submit" className="big primary" disabled={live.view === null}>
            {c.save}
          </button>
          <p role="status">{saved}</p>
        </form>
        <LiveResult live={live} />
      </div>
    </section>
  );
}
