/**
 * @module The history-of sections: conditions and exposures as checkbox lists, current medications as rows
 * (each a medication from the knowledge base's list), and EMG and imaging findings as present/absent/not known.
 */
import { memo, type ReactNode } from 'react';
import {
  EMG_FINDINGS,
  EXPOSURES,
  type EmgFinding,
  type ImagingFinding,
  HISTORY_CONDITIONS,
  IMAGING_FINDINGS,
  MEDICATIONS,
} from '../../../../src/domain/kb/index';
import {
  EXPOSURE_NAMES,
  HISTORY_CONDITION_NAMES,
  MEDICATION_NAMES,
} from '../../../../src/i18n/findings.en';
import { en } from '../../../../src/i18n/index';
import { WEB_ASSESS_EN as a } from '../../../../src/i18n/web-assess.en';
import type { ListDraft, Tri } from '../draft';
import {
  CheckList,
  Issues,
  parseIssues,
  Select,
  TriChoice,
  type IssuesJson,
  Section,
} from './fields';

interface ListProps {
  readonly value: ListDraft;
  readonly onChange: (v: ListDraft) => void;
  readonly issues: IssuesJson;
}

export const ConditionsSection = memo(function ConditionsSection(p: ListProps): ReactNode {
  return (
    <CheckList
      name="conditions"
      legend={a.sections.conditions}
      all={HISTORY_CONDITIONS}
      names={HISTORY_CONDITION_NAMES}
      value={p.value}
      onChange={p.onChange}
      issues={parseIssues(p.issues)}
    />
  );
});

export const ExposuresSection = memo(function ExposuresSection(p: ListProps): ReactNode {
  return (
    <CheckList
      name="exposures"
      legend={a.sections.exposures}
      all={EXPOSURES}
      names={EXPOSURE_NAMES}
      value={p.value}
      onChange={p.onChange}
      issues={parseIssues(p.issues)}
    />
  );
});

const MEDICATION_OPTIONS = MEDICATIONS.map((m) => [m, MEDICATION_NAMES[m]] as const);

/** One row per current medication; rows left on "—" are ignored, "none" declares the list asked and empty. */
export const MedicationsSection = memo(function MedicationsSection({
  value,
  onChange,
  issues,
}: ListProps): ReactNode {
  const rows = value.picked.length === 0 ? [''] : value.picked;
  const list = parseIssues(issues);
  const setRow = (i: number, v: string): void => {
    onChange({ none: false, picked: rows.map((r, j) => (j === i ? v : r)) });
  };
  return (
    <Section title={a.sections.medications}>
      {rows.map((m, i) => (
        // rows have no identity beyond their place: a medication may be picked twice while editing
        <div className="row" key={i}>
          <Select
            label={a.medication(i + 1)}
            name={`medications.${String(i)}`}
            value={m}
            options={MEDICATION_OPTIONS}
            onChange={(v) => setRow(i, v)}
            issues={list}
          />
          {rows.length > 1 ? (
            <button
              type="button"
              onClick={() => onChange({ none: false, picked: rows.filter((_, j) => j !== i) })}
            >
              {a.remove(a.medication(i + 1))}
            </button>
          ) : null}
        </div>
      ))}
      <div className="row">
        <button type="button" onClick={() => onChange({ none: false, picked: [...rows, ''] })}>
          {a.addMedication}
        </button>
        <label className="radio">
          <input
            type="checkbox"
            name="medications-none"
            checked={value.none && value.picked.every((p) => p === '')}
            onChange={(e) => onChange({ none: e.target.checked, picked: [] })}
          />
          {a.noneOfThese}
        </label>
      </div>
      <Issues issues={list} />
    </Section>
  );
});

interface TriProps {
  readonly value: Readonly<Record<string, Tri>>;
  readonly onChange: (v: Readonly<Record<string, Tri>>) => void;
  readonly issues: IssuesJson;
}

/** A section of findings each present, absent or not known: the names come from the feature catalog. */
function triSection(
  key: 'emg' | 'imaging',
  ids: readonly string[],
  name: (id: string) => string,
): (p: TriProps) => ReactNode {
  return function TriSection({ value, onChange, issues }: TriProps): ReactNode {
    return (
      <Section title={a.sections[key]}>
        {ids.map((f) => (
          <TriChoice
            key={f}
            name={`${key}.${f}`}
            label={name(f)}
            value={value[f] ?? 'unknown'}
            onChange={(v) => onChange({ ...value, [f]: v })}
          />
        ))}
        <Issues issues={parseIssues(issues)} />
      </Section>
    );
  };
}

export const EmgSection = memo(
  triSection('emg', EMG_FINDINGS, (f) => en.feature(`emg:${f as EmgFinding}`)),
);

export const ImagingSection = memo(
  triSection('imaging', IMAGING_FINDINGS, (f) => en.feature(`img:${f as ImagingFinding}`)),
);
