/** @module A proposed prescription and the patient context it is checked against (PRODUCT C5). */
import { z } from 'zod';
import { contradictions } from '../assessment/index.js';
import { Drug, HistoryCondition, Medication, Sex } from '../kb/index.js';
import { MAX_AGE_YEARS, refine } from '../shared/index.js';

export const INDICATIONS = [
  'spasticity',
  'musculoskeletal_spasm',
  'rheumatic_spasm',
  'sciatica',
  'neuropathic_pain',
  'focal_spasticity',
  'other',
] as const;

export const HEPATIC_STATES = [
  'none',
  'impairment',
  'active_disease',
  'severe_insufficiency',
] as const;

const IsoDate = z.iso.date();

export const ProposedOrder = z
  .strictObject({
    drug: Drug,
    action: z.enum(['start', 'change', 'continue', 'stop']).default('start'),
    route: z.enum(['oral', 'intrathecal', 'intramuscular', 'perineural']),
    /** Per administration: mg for tablets, units (U) for botulinum toxin. */
    dose: z
      .strictObject({
        value: z.number().positive().max(100000),
        unit: z.enum(['mg', 'g', 'mcg', 'U']),
      })
      .optional(),
    dosesPerDay: z.number().positive().max(24).optional(),
    /** Strength of a neurolytic solution, percent. */
    concentrationPercent: z.number().min(0).max(100).optional(),
    indication: z.enum(INDICATIONS).optional(),
    /** For a stop: whether the plan tapers the dose. */
    taper: z.boolean().optional(),
    /** For a stop: whether the patient has been taking it regularly. */
    regularUse: z.boolean().optional(),
    orderDate: IsoDate,
  })
  .check((ctx) => {
    const o = ctx.value;
    if (
      o.action !== 'stop' &&
      o.dose === undefined &&
      o.drug !== 'phenol' &&
      o.drug !== 'alcohol'
    ) {
      refine(ctx, 'input.dose_required', o.dose, ['dose']);
    }
    if (o.dose?.unit === 'U' && o.drug !== 'botulinum_toxin') {
      refine(ctx, 'input.units_only_for_botulinum_toxin', o.dose.unit, ['dose', 'unit']);
    }
    if (o.drug === 'botulinum_toxin' && o.dose !== undefined && o.dose.unit !== 'U') {
      refine(ctx, 'input.botulinum_toxin_in_units', o.dose.unit, ['dose', 'unit']);
    }
  });
export type ProposedOrder = z.infer<typeof ProposedOrder>;

export const OrderContext = z.strictObject({
  ageYears: z.number().min(0).max(MAX_AGE_YEARS),
  sex: Sex.optional(),
  /** Creatinine clearance, mL/min. */
  crclMlMin: z.number().min(0).max(250).optional(),
  hepatic: z.enum(HEPATIC_STATES).optional(),
  conditions: z.array(HistoryCondition).max(40).default([]),
  medications: z.array(Medication).max(40).default([]),
  severeRespiratoryInsufficiency: z.boolean().optional(),
  acuteNarrowAngleGlaucoma: z.boolean().optional(),
  /** ALT/AST results are on file. */
  liverTestsOnFile: z.boolean().optional(),
  /** Date the current course of this drug started, for benefit reviews. */
  treatmentStartDate: IsoDate.optional(),
  benefitReviewed: z.boolean().optional(),
  lastBotulinumToxin: z
    .strictObject({ date: IsoDate, units: z.number().min(0).max(5000) })
    .optional(),
  /** Units given in the 3 months before this order, if known as a total. */
  botulinumToxinUnitsLast3Months: z.number().min(0).max(10000).optional(),
});
export type OrderContext = z.infer<typeof OrderContext>;

export const OrderCheckRequest = z
  .strictObject({
    format: z.literal('tonus-order/1').optional(),
    order: ProposedOrder,
    patient: OrderContext,
  })
  .check((ctx) => {
    const { order, patient } = ctx.value;
    // a past event dated after the order is a slip that would silently change interval checks
    const past = [
      [patient.lastBotulinumToxin?.date, ['patient', 'lastBotulinumToxin', 'date']],
      [patient.treatmentStartDate, ['patient', 'treatmentStartDate']],
    ] as const;
    for (const [date, path] of past) {
      if (date !== undefined && date > order.orderDate) {
        refine(ctx, 'input.date_after_order', date, path, {
          value: date,
          orderDate: order.orderDate,
        });
      }
    }
    for (const issue of contradictions(patient, {
      age: ['patient', 'ageYears'],
      sex: ['patient', 'sex'],
      conditions: ['patient', 'conditions'],
    })) {
      refine(ctx, issue.code, undefined, issue.path, issue.params);
    }
  });
export type OrderCheckRequest = z.infer<typeof OrderCheckRequest>;
