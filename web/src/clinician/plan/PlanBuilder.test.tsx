// @vitest-environment happy-dom
/**
 * @module The plan builder shows the prescriber each drug option's monitoring and warnings as the label
 * gives them (boxed warnings included), and says above the options when the encounter's triage is an
 * emergency, which a drug for spasm does not treat. The view is the engine's own, for a spinal cord injury.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { toClinicianView, type ClinicianView } from '../../../../src/app/views/index';
import { parseAssessment } from '../../../../src/domain/assessment/index';
import { assess } from '../../../../src/domain/engine/index';
import { en } from '../../../../src/i18n/index';
import { WEB_PLAN_EN as p } from '../../../../src/i18n/web-plan.en';
import { PlanBuilder } from './PlanBuilder';

const CORD_INJURY = {
  patient: { ageYears: 45, sex: 'male' },
  conditions: ['spinal_cord_injury'],
  history: { onset: 'chronic', course: 'stable', regions: ['lumbar'] },
};

function viewOf(input: object): ClinicianView {
  const parsed = parseAssessment(input);
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.issues));
  }
  return toClinicianView(assess(parsed.value, { audience: 'clinician', asOf: '2026-11-25' }), en);
}

function show(input: object): ClinicianView {
  const view = viewOf(input);
  render(
    <PlanBuilder
      patientId="p1"
      encounterId="00000000-0000-4000-8000-000000000001"
      view={view}
      input={input}
    />,
  );
  return view;
}

afterEach(() => {
  cleanup();
});

test("each drug option lists the label's monitoring and warnings for the prescriber", () => {
  const view = show(CORD_INJURY);
  const options = view.pharmacotherapy.options.filter((o) => o.monitoring.length > 0);
  expect(options.length).toBeGreaterThan(0);
  const lists = screen.getAllByRole('list', { name: p.monitoring });
  expect(lists).toHaveLength(options.length);
  for (const [i, o] of options.entries()) {
    const shown = within(lists[i] as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(shown).toEqual(o.monitoring.map((m) => m.text));
  }
  expect(screen.queryByText(p.emergencyFirst)).toBeNull();
});

test('an emergency triage is said above the drug options', () => {
  // saddle numbness while things get worse: new, whatever the old cord injury explains
  const view = show({
    ...CORD_INJURY,
    history: { ...CORD_INJURY.history, course: 'worsening' },
    findings: { saddle_anaesthesia: true },
  });
  expect(view.triage.level).toBe('emergency');
  const options = screen.getByRole('heading', { name: p.options }).parentElement as HTMLElement;
  expect(within(options).getByText(p.emergencyFirst)).toBeTruthy();
});
