/**
 * @module The treatment plan builder (PRODUCT C5), from an encounter's result: the planner's self-care steps
 * with their sources, to keep or leave out, with how often a day, steps the clinician adds, goals, a review
 * date and a note, saved as the patient's plan; the cause treatment and the drug options the planner already
 * ran through the order checks, each of which opens a prescription order with its check inline. The plan
 * holds no prescription (the patient reads it); drugs go through orders.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { ClinicianView } from '../../../../src/app/views/index';
import { parseAssessment } from '../../../../src/domain/assessment/index';
import { extractEvidence } from '../../../../src/domain/evidence/index';
import { SELF_CARE, type Drug, type SelfCareMeasureId } from '../../../../src/domain/kb/index';
import type { OrderContext } from '../../../../src/domain/orders/index';
import { PlanInput } from '../../../../src/domain/records/index';
import { fromZodIssues, urgency } from '../../../../src/domain/shared/index';
import { orderContextFrom } from '../../../../src/domain/treatment/index';
import { en } from '../../../../src/i18n/index';
import { WEB_PLAN_EN as p } from '../../../../src/i18n/web-plan.en';
import { api, ApiError } from '../../api';
import { num } from '../draft';
import { Select } from '../sections/fields';
import { draftFor } from './order-draft';
import { OrderForm } from './OrderForm';

const MEASURES = Object.keys(SELF_CARE) as SelfCareMeasureId[];

export interface Step {
  readonly measure: SelfCareMeasureId;
  readonly include: boolean;
  readonly timesPerDay: string;
  /** The planner's words and sources for a proposed step; none for a step the clinician added. */
  readonly text?: string;
  readonly sources?: string;
}

const isMeasure = (m: string): m is SelfCareMeasureId => (MEASURES as string[]).includes(m);

/** The planner's proposed steps, one per measure, kept by default once a day (the clinician sets how often). */
export function proposedSteps(view: ClinicianView): Step[] {
  const steps: Step[] = [];
  for (const item of view.selfCare.items) {
    if (isMeasure(item.measure) && !steps.some((s) => s.measure === item.measure)) {
      steps.push({
        measure: item.measure,
        include: true,
        timesPerDay: '1',
        text: item.text,
        sources: p.sources(item.sourceIds.join(', '), item.status),
      });
    }
  }
  return steps;
}

/** The order check's patient context from the encounter's assessment, as the planner derives it. */
export function contextFrom(input: unknown): OrderContext {
  const parsed = parseAssessment(input);
  return parsed.ok
    ? orderContextFrom(extractEvidence(parsed.value.assessment, parsed.value.labs))
    : { ageYears: Number.NaN, conditions: [], medications: [] };
}

/** The plan as the server takes it, checked by the server's schema; problems name the field and rule. */
export function planRequest(
  steps: readonly Step[],
  goals: string,
  reviewOn: string,
  note: string,
  encounterId: string,
): { body: PlanInput | null; problems: string[] } {
  const input = {
    selfCare: steps
      .filter((s) => s.include)
      .map((s) => ({ measure: s.measure, timesPerDay: num(s.timesPerDay) ?? Number.NaN })),
    goals: goals
      .split('\n')
      .map((g) => g.trim())
      .filter((g) => g !== ''),
    ...(reviewOn === '' ? {} : { reviewOn }),
    encounterId,
    ...(note.trim() === '' ? {} : { note: note.trim() }),
  };
  const r = PlanInput.safeParse(input, { reportInput: true });
  return r.success
    ? { body: r.data, problems: [] }
    : { body: null, problems: fromZodIssues(r.error.issues).map((i) => en.issue(i)) };
}

export function PlanBuilder({
  patientId,
  encounterId,
  view,
  input,
}: {
  readonly patientId: string;
  readonly encounterId: string;
  readonly view: ClinicianView;
  /** The encounter's assessment as entered. */
  readonly input: unknown;
}): ReactNode {
  const [steps, setSteps] = useState<Step[]>(() => proposedSteps(view));
  const [adding, setAdding] = useState('');
  const [goals, setGoals] = useState('');
  const [reviewOn, setReviewOn] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const base = useMemo(() => contextFrom(input), [input]);
  const today = new Date().toISOString().slice(0, 10);
  const options = view.pharmacotherapy.options;
  const [order, setOrder] = useState<{ drug: Drug; n: number }>({
    drug: options[0]?.drug ?? 'baclofen',
    n: 0,
  });
  const plan = planRequest(steps, goals, reviewOn, note, encounterId);
  const setStep = (i: number, patch: Partial<Step>): void => {
    setSteps((s) => s.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  };
  const left = MEASURES.filter((m) => !steps.some((s) => s.measure === m));
  return (
    <section aria-labelledby="plan-title" data-testid="plan-builder">
      <h2 id="plan-title">{p.title}</h2>
      <p className="notice">{p.clinicianOnly}</p>
      <form
        className="stack card"
        aria-labelledby="plan-steps-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (plan.body === null) {
            return;
          }
          setStatus(null);
          api('POST', `/api/patients/${patientId}/plans`, plan.body, {
            'idempotency-key': crypto.randomUUID(),
          })
            .then(() => setStatus(p.planSaved))
            .catch((err: unknown) =>
              setStatus(err instanceof ApiError ? err.message : String(err)),
            );
        }}
      >
        <h3 id="plan-steps-title">{p.proposed}</h3>
        <p className="progress">{p.proposedHint}</p>
        <ul className="stack" data-testid="plan-steps">
          {steps.map((s, i) => (
            <li key={s.measure} data-measure={s.measure}>
              <div className="row">
                <label className="radio">
                  <input
                    type="checkbox"
                    name={`step-${s.measure}`}
                    checked={s.include}
                    onChange={(e) => setStep(i, { include: e.target.checked })}
                  />
                  {p.include(p.measures[s.measure])}
                </label>
                <label>
                  {p.timesPerDay(p.measures[s.measure])}
                  <input
                    name={`step-${s.measure}-times`}
                    inputMode="numeric"
                    value={s.timesPerDay}
                    disabled={!s.include}
                    onChange={(e) => setStep(i, { timesPerDay: e.target.value })}
                  />
                </label>
              </div>
              <p>
                {s.text ?? p.added}
                {s.sources === undefined ? null : <small> ({s.sources})</small>}
              </p>
            </li>
          ))}
        </ul>
        {left.length === 0 ? null : (
          <div className="row">
            <Select
              label={p.addStep}
              name="add-step"
              value={adding}
              options={left.map((m) => [m, p.measures[m]] as const)}
              onChange={setAdding}
            />
            <button
              type="button"
              disabled={!isMeasure(adding)}
              onClick={() => {
                if (isMeasure(adding)) {
                  setSteps((s) => [...s, { measure: adding, include: true, timesPerDay: '1' }]);
                  setAdding('');
                }
              }}
            >
              {p.addStepButton}
            </button>
          </div>
        )}
        <label>
          {p.goals}
          <textarea
            name="goals"
            rows={3}
            value={goals}
            aria-describedby="plan-goals-hint"
            onChange={(e) => setGoals(e.target.value)}
          />
          <small id="plan-goals-hint" className="progress">
            {p.goalsHint}
          </small>
        </label>
        <div className="row">
          <label>
            {p.reviewOn}
            <input
              type="date"
              name="reviewOn"
              value={reviewOn}
              onChange={(e) => setReviewOn(e.target.value)}
            />
          </label>
        </div>
        <label>
          {p.note}
          <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div aria-live="polite">
          {plan.problems.length === 0 ? null : (
            <ul className="error">
              {plan.problems.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
        <button type="submit" className="big primary" disabled={plan.body === null}>
          {p.savePlan}
        </button>
        <p role="status">{status}</p>
      </form>
      {view.pharmacotherapy.causeTreatment.length === 0 ? null : (
        <section aria-labelledby="plan-cause-title" className="card">
          <h3 id="plan-cause-title">{p.causeTreatment}</h3>
          <ul>
            {view.pharmacotherapy.causeTreatment.map((t) => (
              <li key={t.condition}>
                {t.text} <small>({p.sources(t.sourceIds.join(', '), t.status)})</small>
              </li>
            ))}
          </ul>
        </section>
      )}
      {options.length === 0 ? null : (
        <section aria-labelledby="plan-options-title" className="card">
          <h3 id="plan-options-title">{p.options}</h3>
          {urgency(view.triage.level) >= urgency('emergency') ? (
            <p className="error">{p.emergencyFirst}</p>
          ) : null}
          <ul className="stack">
            {options.map((d) => (
              <li key={d.drug}>
                <button
                  type="button"
                  onClick={() => setOrder((x) => ({ drug: d.drug, n: x.n + 1 }))}
                >
                  {p.prescribe(p.order.drugs[d.drug])}
                </button>{' '}
                {d.offLabel ? <small>({p.offLabel})</small> : null}{' '}
                {d.flags.length === 0 ? null : (
                  <small className={d.blocked ? 'error' : undefined}>
                    {d.flags.map((f) => `${p.order.severity[f.severity]}: ${f.message}`).join('; ')}
                  </small>
                )}
                {d.monitoring.length === 0 ? null : (
                  <ul className="monitoring" aria-label={p.monitoring}>
                    {d.monitoring.map((m) => (
                      <li key={m.fact}>{m.text}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <OrderForm
        // a new choice of drug option starts a fresh order from the planner's starting order
        key={`${order.drug}-${String(order.n)}`}
        patientId={patientId}
        base={base}
        initial={draftFor(order.drug, today)}
      />
    </section>
  );
}
