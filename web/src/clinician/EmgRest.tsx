/**
 * @module What an EMG upload says about rest: "recorded at rest" (`atRest`) and an optional list of phases
 * (rest, task and the flexion–relaxation phases, each with its start and end in seconds), checked in the
 * browser by the server's own schema (`UploadPhases`) before the file is sent, so a bad row blocks the upload
 * with the schema's message beside the field; the server's refusals are shown in the same places.
 */
import type { ReactNode } from 'react';
import { PHASES } from '../../../src/domain/emg/index';
import { MAX_UPLOAD_PHASES, UploadPhases } from '../../../src/domain/records/index';
import { fromZodIssues } from '../../../src/domain/shared/index';
import { en } from '../../../src/i18n/index';
import { WEB_CLINICIAN_EN as c } from '../../../src/i18n/web.en';
import { num } from './draft';
import { describedBy, Issues, NumberField, type FieldIssue } from './sections/fields';

export type PhaseName = (typeof PHASES)[number];

/** One phase as typed: numbers stay text, so a slip is named by the schema rather than lost. */
export interface PhaseRow {
  /** A stable key for React: rows are added and removed. */
  readonly key: number;
  readonly phase: PhaseName;
  readonly label: string;
  readonly onsetS: string;
  readonly offsetS: string;
}

export interface RestDraft {
  readonly atRest: boolean;
  readonly rows: readonly PhaseRow[];
}

export const EMPTY_REST: RestDraft = { atRest: false, rows: [] };

/** The upload's query parameters for the draft, or the schema's issues (paths dotted: `phases.0.offsetS`). */
export function restQuery(
  d: RestDraft,
):
  | { readonly ok: true; readonly query: string }
  | { readonly ok: false; readonly issues: FieldIssue[] } {
  let query = d.atRest ? '&atRest=true' : '';
  if (d.rows.length > 0) {
    const phases = d.rows.map((r) => ({
      phase: r.phase,
      onsetS: num(r.onsetS),
      offsetS: num(r.offsetS),
      ...(r.label.trim() === '' ? {} : { label: r.label.trim() }),
    }));
    const parsed = UploadPhases.safeParse(phases, { reportInput: true });
    if (!parsed.success) {
      const issues = fromZodIssues(parsed.error.issues, ['phases']).map((i) => ({
        path: i.path.map(String).join('.'),
        text: en.issue(i),
      }));
      return { ok: false, issues };
    }
    query += `&phases=${encodeURIComponent(JSON.stringify(parsed.data))}`;
  }
  return { ok: true, query };
}

/** The issues whose path is `path` or lies under it. */
const under = (issues: readonly FieldIssue[], path: string): FieldIssue[] =>
  issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));

let nextKey = 1;

export function RestControls({
  value,
  onChange,
  issues,
}: {
  readonly value: RestDraft;
  readonly onChange: (v: RestDraft) => void;
  /** The schema's or the server's issues under `atRest` and `phases`. */
  readonly issues: readonly FieldIssue[];
}): ReactNode {
  const setRow = (i: number, patch: Partial<PhaseRow>): void =>
    onChange({ ...value, rows: value.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const rowIssues = (i: number): FieldIssue[] => under(issues, `phases.${i}`);
  return (
    <div className="stack">
      <label className="radio">
        <input
          type="checkbox"
          name="atRest"
          checked={value.atRest}
          onChange={(e) => onChange({ ...value, atRest: e.target.checked })}
          {...describedBy('atRest', issues)}
        />
        {c.emg.atRest}
      </label>
      <Issues issues={under(issues, 'atRest')} />
      <fieldset>
        <legend>{c.emg.phases}</legend>
        <p>{c.emg.phasesHint}</p>
        {value.rows.map((r, i) => {
          const own = rowIssues(i);
          const field = (k: string): string => `phases.${i}.${k}`;
          return (
            <fieldset key={r.key} className="item" data-phase-row={i}>
              <legend>{c.emg.phaseRow(i + 1)}</legend>
              <div className="row">
                <label>
                  {c.emg.phase}
                  <select
                    name={field('phase')}
                    value={r.phase}
                    onChange={(e) => setRow(i, { phase: e.target.value as PhaseName })}
                    {...describedBy(field('phase'), own)}
                  >
                    {PHASES.map((p) => (
                      <option key={p} value={p}>
                        {c.emg.phaseNames[p]}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {c.emg.phaseLabel}
                  <input
                    name={field('label')}
                    autoComplete="off"
                    value={r.label}
                    onChange={(e) => setRow(i, { label: e.target.value })}
                    {...describedBy(field('label'), own)}
                  />
                </label>
                <NumberField
                  label={c.emg.onsetS}
                  name={field('onsetS')}
                  value={r.onsetS}
                  onChange={(v) => setRow(i, { onsetS: v })}
                  issues={own}
                />
                <NumberField
                  label={c.emg.offsetS}
                  name={field('offsetS')}
                  value={r.offsetS}
                  onChange={(v) => setRow(i, { offsetS: v })}
                  issues={own}
                />
                <button
                  type="button"
                  onClick={() => onChange({ ...value, rows: value.rows.filter((_, j) => j !== i) })}
                >
                  {c.emg.removePhase(i + 1)}
                </button>
              </div>
              <Issues issues={own} />
            </fieldset>
          );
        })}
        <Issues issues={issues.filter((x) => x.path === 'phases')} />
        <button
          type="button"
          disabled={value.rows.length >= MAX_UPLOAD_PHASES}
          onClick={() => {
            nextKey += 1;
            onChange({
              ...value,
              rows: [
                ...value.rows,
                { key: nextKey, phase: 'rest', label: '', onsetS: '', offsetS: '' },
              ],
            });
          }}
        >
          {c.emg.addPhase}
        </button>
      </fieldset>
    </div>
  );
}
