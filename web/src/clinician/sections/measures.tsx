/**
 * @module Measured sections: vital signs as number fields with their units, the cerebrospinal fluid's white
 * cell count, and laboratory results as rows of test (LOINC), value and unit, where the unit list is the one
 * the knowledge base accepts for that test's analyte (a unit that cannot measure it is not offered).
 */
import { memo, type ReactNode } from 'react';
import { Vitals } from '../../../../src/domain/assessment/index';
import { ANALYTE_DEFS, LOINC_CODES } from '../../../../src/domain/kb/index';
import { WEB_ASSESS_EN as a } from '../../../../src/i18n/web-assess.en';
import type { LabRow } from '../draft';
import { Issues, NumberField, parseIssues, Select, type IssuesJson, Section } from './fields';

const VITAL_KEYS = Object.keys(Vitals.shape) as (keyof Vitals)[];

export const VitalsSection = memo(function VitalsSection({
  value,
  onChange,
  issues,
}: {
  readonly value: Readonly<Record<string, string>>;
  readonly onChange: (v: Readonly<Record<string, string>>) => void;
  readonly issues: IssuesJson;
}): ReactNode {
  const list = parseIssues(issues);
  return (
    <Section title={a.sections.vitals}>
      <div className="row">
        {VITAL_KEYS.map((k) => (
          <NumberField
            key={k}
            name={`vitals.${k}`}
            label={a.vitals[k].label}
            unit={a.vitals[k].unit}
            value={value[k] ?? ''}
            onChange={(v) => onChange({ ...value, [k]: v })}
            issues={list}
          />
        ))}
      </div>
      <Issues issues={list} />
    </Section>
  );
});

export const CsfSection = memo(function CsfSection({
  value,
  onChange,
  issues,
}: {
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly issues: IssuesJson;
}): ReactNode {
  const list = parseIssues(issues);
  return (
    <Section title={a.sections.csf}>
      <NumberField
        name="csf.whiteCellsPerMm3"
        label={a.csfWhiteCells}
        value={value}
        onChange={onChange}
        issues={list}
      />
      <Issues issues={list} />
    </Section>
  );
});

const LOINC_OPTIONS = Object.entries(LOINC_CODES).map(
  ([code, def]) => [code, `${def.component} (${code})`] as const,
);

/** The units the knowledge base converts for the analyte a LOINC code names. */
export function unitsFor(loinc: string): string[] {
  const def = LOINC_CODES[loinc];
  return def === undefined ? [] : Object.keys(ANALYTE_DEFS[def.analyte].units);
}

const EMPTY_ROW: LabRow = { loinc: '', value: '', unit: '', low: '', high: '' };

export const LabsSection = memo(function LabsSection({
  value,
  onChange,
  issues,
}: {
  readonly value: readonly LabRow[];
  readonly onChange: (v: readonly LabRow[]) => void;
  readonly issues: IssuesJson;
}): ReactNode {
  const list = parseIssues(issues);
  const rows = value.length === 0 ? [EMPTY_ROW] : value;
  const set = (i: number, patch: Partial<LabRow>): void => {
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  return (
    <Section title={a.sections.labs}>
      {rows.map((r, i) => {
        const units = unitsFor(r.loinc);
        const at = `labs.${String(i)}`;
        return (
          // a result has no identity beyond its place in the list
          <fieldset key={i} className="row">
            <legend>{a.labs.row(i + 1)}</legend>
            <Select
              label={a.labs.analyte}
              name={`${at}.loinc`}
              value={r.loinc}
              options={LOINC_OPTIONS}
              // a new test keeps the unit only when it can measure the new analyte
              onChange={(loinc) =>
                set(i, {
                  loinc,
                  unit: unitsFor(loinc).includes(r.unit) ? r.unit : (unitsFor(loinc)[0] ?? ''),
                })
              }
              issues={list}
            />
            <NumberField
              label={a.labs.value}
              name={`${at}.value`}
              value={r.value}
              onChange={(v) => set(i, { value: v })}
              issues={list}
            />
            <Select
              label={a.labs.unit}
              name={`${at}.unit`}
              value={r.unit}
              options={units.map((u) => [u, u] as const)}
              onChange={(unit) => set(i, { unit })}
              issues={list}
            />
            <NumberField
              label={a.labs.low}
              name={`${at}.referenceRange.low`}
              value={r.low}
              onChange={(v) => set(i, { low: v })}
              issues={list}
            />
            <NumberField
              label={a.labs.high}
              name={`${at}.referenceRange.high`}
              value={r.high}
              onChange={(v) => set(i, { high: v })}
              issues={list}
            />
            {rows.length > 1 ? (
              <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                {a.remove(a.labs.row(i + 1))}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, EMPTY_ROW])}>
        {a.labs.add}
      </button>
      <Issues issues={list} />
    </Section>
  );
});
