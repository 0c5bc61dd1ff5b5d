/**
 * @module Building blocks of the structured assessment sections: a field's schema issues (named by path, so
 * the message sits beside the control it concerns and the control is marked invalid and described by it),
 * and the controls every section uses (a labelled select, a number field with its unit, checkbox lists and a
 * present/absent/not known choice). Sections are memoised on primitive props, so typing in one section does
 * not re-render the others: the live differential's budget.
 */
import { useState, type ReactNode } from 'react';
import { WEB_CLINICIAN_EN as c } from '../../../../src/i18n/web.en';
import { WEB_ASSESS_EN as a } from '../../../../src/i18n/web-assess.en';
import type { ListDraft, Tri } from '../draft';

/** Visually hidden, still read: the section's name on its fieldset, already shown by the summary. */
const HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/**
 * A section of the form, closed until the clinician opens it (Enter or Space on its summary): its controls
 * are mounted only when open, so the long form stays short to read and to tab through, and an input's repaint
 * of the live result does not re-lay out thousands of closed controls (the differential's budget). What was
 * entered lives in the draft, so closing a section loses nothing.
 */
export function Section({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-section={title}>
      <summary>{title}</summary>
      {open ? (
        <fieldset>
          <legend style={HIDDEN}>{title}</legend>
          {children}
        </fieldset>
      ) : null}
    </details>
  );
}

/** One schema issue as the form shows it: the field's path (dotted) and the message naming field and rule. */
export interface FieldIssue {
  readonly path: string;
  readonly text: string;
}

/** The issues of a section as one string (a memo-friendly prop); `[]` when none. */
export type IssuesJson = string;

export const parseIssues = (json: IssuesJson): FieldIssue[] => JSON.parse(json) as FieldIssue[];

const errId = (path: string): string => `err-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/** Props marking a control invalid and pointing at its message when the schema named its path. */
export function describedBy(
  path: string,
  issues: readonly FieldIssue[],
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const hit = issues.find((i) => i.path === path);
  return hit === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': errId(path) };
}

/** The messages of a section, each with the id its control points at. */
export function Issues({ issues }: { readonly issues: readonly FieldIssue[] }): ReactNode {
  if (issues.length === 0) {
    return null;
  }
  return (
    <div className="error">
      <p>{a.checkFields}</p>
      <ul>
        {issues.map((i) => (
          <li key={i.path + i.text} id={errId(i.path)}>
            {i.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Select({
  label,
  name,
  value,
  options,
  onChange,
  issues = [],
}: {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly options: readonly (readonly [string, string])[];
  readonly onChange: (v: string) => void;
  readonly issues?: readonly FieldIssue[];
}): ReactNode {
  return (
    <label>
      {label}
      <select
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...describedBy(name, issues)}
      >
        <option value="">— {a.notAsked}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A number as typed (text, so a slip stays visible and is named by the schema), with its unit in the label. */
export function NumberField({
  label,
  unit,
  name,
  value,
  onChange,
  issues = [],
}: {
  readonly label: string;
  readonly unit?: string;
  readonly name: string;
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly issues?: readonly FieldIssue[];
}): ReactNode {
  return (
    <label>
      {unit === undefined ? label : `${label} (${unit})`}
      <input
        name={name}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...describedBy(name, issues)}
      />
    </label>
  );
}

/** Checkboxes over a closed list, with "asked: none of these" (an empty list: every member absent). */
export function CheckList({
  name,
  legend,
  all,
  names,
  value,
  onChange,
  issues,
}: {
  readonly name: string;
  readonly legend: string;
  readonly all: readonly string[];
  readonly names: Readonly<Record<string, string>>;
  readonly value: ListDraft;
  readonly onChange: (v: ListDraft) => void;
  readonly issues: readonly FieldIssue[];
}): ReactNode {
  return (
    <Section title={legend}>
      <div className="row">
        {all.map((x) => (
          <label key={x} className="radio">
            <input
              type="checkbox"
              name={`${name}-${x}`}
              checked={value.picked.includes(x)}
              onChange={(e) =>
                onChange({
                  none: false,
                  picked: e.target.checked
                    ? [...value.picked, x]
                    : value.picked.filter((p) => p !== x),
                })
              }
            />
            {names[x] ?? x}
          </label>
        ))}
        <label className="radio">
          <input
            type="checkbox"
            name={`${name}-none`}
            checked={value.none && value.picked.length === 0}
            onChange={(e) => onChange({ none: e.target.checked, picked: [] })}
          />
          {a.noneOfThese}
        </label>
      </div>
      <Issues issues={issues} />
    </Section>
  );
}

/** Present, absent or not known: not known is never sent (unknown is never normal). */
export function TriChoice({
  name,
  label,
  value,
  onChange,
}: {
  readonly name: string;
  readonly label: ReactNode;
  readonly value: Tri;
  readonly onChange: (v: Tri) => void;
}): ReactNode {
  return (
    <fieldset className="item">
      <legend>{label}</legend>
      {(['present', 'absent', 'unknown'] as const).map((v) => (
        <label key={v} className="radio">
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />
          {c[v]}
        </label>
      ))}
    </fieldset>
  );
}
