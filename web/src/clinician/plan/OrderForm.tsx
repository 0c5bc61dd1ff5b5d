/**
 * @module A prescription order with its check inline: every input re-runs the server's own check in the browser
 * and shows each broken rule beside the order; a hard stop keeps the order from being saved until the
 * prescriber types an override reason, which is sent as `overrideReason`; after saving, the server's own check
 * is shown and the form is locked (a second click cannot save the same order twice) until the prescriber starts a
 * new order. Clinician-only (it names drugs and doses).
 */
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  HEPATIC_STATES,
  INDICATIONS,
  ProposedOrder,
  type OrderContext,
} from '../../../../src/domain/orders/index';
import { DRUGS, type Drug } from '../../../../src/domain/kb/index';
import type { OrderCheckView } from '../../../../src/app/views/index';
import { HISTORY_CONDITION_NAMES, MEDICATION_NAMES } from '../../../../src/i18n/findings.en';
import { WEB_PLAN_EN as p } from '../../../../src/i18n/web-plan.en';
import { api, ApiError } from '../../api';
import { NumberField } from '../sections/fields';
import { OrderCheck } from './OrderCheck';
import {
  checkDraft,
  contextDraft,
  draftFor,
  overrideProblem,
  type ContextDraft,
  type OrderDraft,
} from './order-draft';

const o = p.order;
const ACTIONS = ProposedOrder.shape.action.unwrap().options;
const ROUTES = ProposedOrder.shape.route.options;
const UNITS = ['mg', 'g', 'mcg', 'U'] as const;

interface Saved {
  readonly check: OrderCheckView;
  readonly overrideReason: string | null;
}

function Choice<T extends string>({
  label,
  name,
  value,
  options,
  words,
  onChange,
  optional = false,
}: {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly options: readonly T[];
  readonly words: Readonly<Record<T, string>>;
  readonly onChange: (v: T) => void;
  readonly optional?: boolean;
}): ReactNode {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {optional ? <option value="">—</option> : null}
        {options.map((x) => (
          <option key={x} value={x}>
            {words[x]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function OrderForm({
  patientId,
  base,
  initial,
  onSaved,
}: {
  readonly patientId: string;
  /** The patient context the planner derived from the assessment. */
  readonly base: OrderContext;
  readonly initial: OrderDraft;
  readonly onSaved?: () => void;
}): ReactNode {
  const [draft, setDraft] = useState<OrderDraft>(initial);
  const [ctx, setCtx] = useState<ContextDraft>(() => contextDraft(base));
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  /** Set while a save is on its way or done: the controls and the button are locked. */
  const [sending, setSending] = useState(false);
  // the lock as of this event: a second click before React re-renders finds it taken
  const lock = useRef(false);
  const uid = useId();
  const live = useMemo(() => checkDraft(draft, ctx, base), [draft, ctx, base]);
  const blocked = live.check?.blocked === true;
  const reasonProblem = blocked ? overrideProblem(reason) : null;
  const locked = sending || saved !== null;
  const canSave = !locked && live.request !== null && reasonProblem === null;
  const set = (patch: Partial<OrderDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setC = (patch: Partial<ContextDraft>): void => {
    setCtx((c) => ({ ...c, ...patch }));
  };
  /** Starts the next order from the planner's starting order, unlocked. */
  const newOrder = (): void => {
    setDraft(initial);
    setCtx(contextDraft(base));
    setReason('');
    setStatus(null);
    setSaved(null);
    setSending(false);
    lock.current = false;
  };
  const injection = draft.drug === 'phenol' || draft.drug === 'alcohol';
  return (
    <form
      className="stack card"
      aria-labelledby={`${uid}-title`}
      data-testid="order-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (live.request === null || !canSave || lock.current) {
          return;
        }
        lock.current = true;
        setSending(true);
        setStatus(o.saving);
        api<Saved>(
          'POST',
          `/api/patients/${patientId}/orders`,
          { ...live.request, ...(blocked ? { overrideReason: reason.trim() } : {}) },
          { 'idempotency-key': crypto.randomUUID() },
        )
          .then((r) => {
            setSaved(r);
            setSending(false);
            setStatus(o.saved);
            onSaved?.();
          })
          .catch((err: unknown) => {
            // not saved: the order can be mended and sent again
            lock.current = false;
            setSending(false);
            setStatus(
              err instanceof ApiError
                ? err.errors.map((x) => x.detail).join('; ') || err.message
                : String(err),
            );
          });
      }}
    >
      <h3 id={`${uid}-title`}>{o.title}</h3>
      <fieldset className="bare stack" disabled={locked}>
        <div className="row">
          <Choice
            label={o.drug}
            name="order.drug"
            value={draft.drug}
            options={DRUGS}
            words={o.drugs}
            // another drug starts from its own starting order, on the same date
            onChange={(drug: Drug) => set(draftFor(drug, draft.orderDate))}
          />
          <Choice
            label={o.action}
            name="order.action"
            value={draft.action}
            options={ACTIONS}
            words={o.actions}
            onChange={(action) => set({ action })}
          />
          <Choice
            label={o.route}
            name="order.route"
            value={draft.route}
            options={ROUTES}
            words={o.routes}
            onChange={(route) => set({ route })}
          />
        </div>
        <div className="row">
          <NumberField
            label={o.dose}
            name="order.dose.value"
            value={draft.dose}
            onChange={(dose) => set({ dose })}
          />
          <Choice
            label={o.doseUnit}
            name="order.dose.unit"
            value={draft.doseUnit}
            options={UNITS}
            words={{ mg: 'mg', g: 'g', mcg: 'mcg', U: 'U' }}
            onChange={(doseUnit) => set({ doseUnit })}
          />
          <NumberField
            label={o.dosesPerDay}
            name="order.dosesPerDay"
            value={draft.dosesPerDay}
            onChange={(dosesPerDay) => set({ dosesPerDay })}
          />
          {injection ? (
            <NumberField
              label={o.concentration}
              name="order.concentrationPercent"
              value={draft.concentration}
              onChange={(concentration) => set({ concentration })}
            />
          ) : null}
        </div>
        <div className="row">
          <Choice
            label={o.indication}
            name="order.indication"
            value={draft.indication}
            options={INDICATIONS}
            words={o.indications}
            onChange={(indication) => set({ indication })}
            optional
          />
          <label>
            {o.orderDate}
            <input
              type="date"
              name="order.orderDate"
              value={draft.orderDate}
              onChange={(e) => set({ orderDate: e.target.value })}
            />
          </label>
        </div>
        {draft.action === 'stop' ? (
          <div className="row">
            <label className="radio">
              <input
                type="checkbox"
                checked={draft.taper}
                onChange={(e) => set({ taper: e.target.checked })}
              />
              {o.taper}
            </label>
            <label className="radio">
              <input
                type="checkbox"
                checked={draft.regularUse}
                onChange={(e) => set({ regularUse: e.target.checked })}
              />
              {o.regularUse}
            </label>
          </div>
        ) : null}
        <fieldset>
          <legend>{o.context}</legend>
          <p className="progress">
            {o.fromAssessment(
              base.conditions.map((x) => HISTORY_CONDITION_NAMES[x]).join(', '),
              base.medications.map((x) => MEDICATION_NAMES[x]).join(', '),
            )}
          </p>
          <div className="row">
            <NumberField
              label={o.ageYears}
              name="patient.ageYears"
              value={ctx.ageYears}
              onChange={(ageYears) => setC({ ageYears })}
            />
            <NumberField
              label={o.crcl}
              name="patient.crclMlMin"
              value={ctx.crcl}
              onChange={(crcl) => setC({ crcl })}
            />
            <Choice
              label={o.hepatic}
              name="patient.hepatic"
              value={ctx.hepatic}
              options={HEPATIC_STATES}
              words={o.hepaticStates}
              onChange={(hepatic) => setC({ hepatic })}
              optional
            />
          </div>
          {draft.drug === 'botulinum_toxin' ? (
            <div className="row">
              <label>
                {o.lastBotulinumDate}
                <input
                  type="date"
                  name="patient.lastBotulinumToxin.date"
                  value={ctx.lastBotulinumDate}
                  onChange={(e) => setC({ lastBotulinumDate: e.target.value })}
                />
              </label>
              <NumberField
                label={o.lastBotulinumUnits}
                name="patient.lastBotulinumToxin.units"
                value={ctx.lastBotulinumUnits}
                onChange={(lastBotulinumUnits) => setC({ lastBotulinumUnits })}
              />
            </div>
          ) : null}
        </fieldset>
        <OrderCheck
          id="order-check"
          title={o.check}
          check={live.check}
          problems={live.problems}
          live
        />
        {blocked ? (
          <label>
            {o.overrideReason}
            <textarea
              name="overrideReason"
              rows={2}
              value={reason}
              aria-describedby={`${uid}-reason-hint`}
              aria-invalid={reason !== '' && reasonProblem !== null ? true : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            <small
              id={`${uid}-reason-hint`}
              className={reason !== '' && reasonProblem !== null ? 'error' : 'progress'}
            >
              {reason !== '' && reasonProblem !== null ? reasonProblem : o.overrideHint}
            </small>
          </label>
        ) : null}
      </fieldset>
      <div className="row">
        <button type="submit" className="big primary" disabled={!canSave}>
          {saved === null ? o.save : o.savedButton}
        </button>
        {saved === null ? null : (
          <button type="button" className="big" onClick={newOrder}>
            {o.newOrder}
          </button>
        )}
      </div>
      <p role="status">{status}</p>
      {saved === null ? null : (
        <OrderCheck
          id="order-server-check"
          title={o.serverCheck}
          check={saved.check}
          overrideReason={saved.overrideReason}
        />
      )}
    </form>
  );
}
