/** @module Routes of one patient's records: the record, its chart summary, diary, self-care, outcomes, plans, orders, encounters. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  createEncounter,
  Encounter,
  getEncounter,
  listEncounters,
} from '../../../app/encounters/index.js';
import { listDiary, markDiaryEntryInError, recordDiaryEntry } from '../../../app/diary/index.js';
import { listOutcomes, recordOutcome } from '../../../app/outcomes/index.js';
import { createOrder, listOrders, OrderRecord } from '../../../app/orders/index.js';
import {
  getPatient,
  getSummary,
  listPatients,
  updateDemographics,
} from '../../../app/patients/index.js';
import { createPlan, listPlans } from '../../../app/plans/index.js';
import { listSelfCare, recordSelfCare } from '../../../app/self-care/index.js';
import type { CoreDeps, CreateRequest, RequestContext } from '../../../app/shared/index.js';
import {
  DemographicsInput,
  DiaryEntry,
  DiaryEntryInErrorInput,
  DiaryEntryInput,
  EncounterInput,
  OrderInput,
  Outcome,
  OutcomeInput,
  PatientRecord,
  PatientSummary,
  Plan,
  PlanInput,
  SelfCareSession,
  SelfCareSessionInput,
} from '../../../domain/records/index.js';
import type { Result } from '../../../domain/shared/index.js';
import { addRoute, param, type RouteTable } from '../route.js';

export function createRequest(req: FastifyRequest): CreateRequest {
  return {
    patientId: param(req, 'id'),
    body: req.body,
    idempotencyKey: req.headers['idempotency-key'],
  };
}

interface Collection {
  readonly path: string;
  readonly tag: string;
  readonly what: string;
  readonly input: z.ZodType;
  readonly record: z.ZodType;
  readonly list: (
    deps: CoreDeps,
    ctx: RequestContext,
    patientId: unknown,
  ) => Promise<Result<unknown>>;
  readonly create: (
    deps: CoreDeps,
    ctx: RequestContext,
    req: CreateRequest,
  ) => Promise<Result<unknown>>;
}

const COLLECTIONS: readonly Collection[] = [
  {
    path: 'diary',
    tag: 'diary',
    what: 'spasm diary entries',
    input: DiaryEntryInput,
    record: DiaryEntry,
    list: listDiary,
    create: recordDiaryEntry,
  },
  {
    path: 'self-care',
    tag: 'self-care',
    what: 'self-care sessions',
    input: SelfCareSessionInput,
    record: SelfCareSession,
    list: listSelfCare,
    create: recordSelfCare,
  },
  {
    path: 'outcomes',
    tag: 'outcomes',
    what: 'outcome measures (scores computed by the server)',
    input: OutcomeInput,
    record: Outcome,
    list: listOutcomes,
    create: recordOutcome,
  },
  {
    path: 'plans',
    tag: 'plans',
    what: 'treatment plans',
    input: PlanInput,
    record: Plan,
    list: listPlans,
    create: createPlan,
  },
  {
    path: 'orders',
    tag: 'orders',
    what: 'prescription orders with their order check (a hard stop needs overrideReason)',
    input: OrderInput,
    record: OrderRecord,
    list: listOrders,
    create: createOrder,
  },
  {
    path: 'encounters',
    tag: 'encounters',
    what: 'encounters: the assessment, the engine result as computed and the KB version',
    input: EncounterInput,
    record: Encounter,
    list: listEncounters,
    create: createEncounter,
  },
];

export function recordRoutes(app: FastifyInstance, deps: CoreDeps, table: RouteTable): void {
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/patients',
      summary: 'The patients you may see',
      tag: 'patients',
      auth: 'user',
      response: PatientRecord,
      list: true,
      status: 200,
    },
    (_req, _reply, ctx) => listPatients(deps, ctx),
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/patients/:id',
      summary: 'One patient record',
      tag: 'patients',
      auth: 'user',
      response: PatientRecord,
      status: 200,
    },
    (req, _reply, ctx) => getPatient(deps, ctx, param(req, 'id')),
  );
  addRoute(
    app,
    table,
    {
      method: 'PATCH',
      url: '/api/patients/:id',
      summary:
        'Set the date of birth and sex on the record (null clears one, a field left out stays): the patient and their clinicians',
      tag: 'patients',
      auth: 'user',
      body: DemographicsInput,
      response: PatientRecord,
      status: 200,
    },
    (req, _reply, ctx) => updateDemographics(deps, ctx, param(req, 'id'), req.body),
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/patients/:id/summary',
      summary: 'Diary and outcomes over time for charts, clinically important pain change flagged',
      tag: 'patients',
      auth: 'user',
      response: PatientSummary,
      status: 200,
    },
    (req, _reply, ctx) => getSummary(deps, ctx, param(req, 'id')),
  );
  for (const c of COLLECTIONS) {
    const url = `/api/patients/:id/${c.path}`;
    addRoute(
      app,
      table,
      {
        method: 'GET',
        url,
        summary: `List ${c.what}`,
        tag: c.tag,
        auth: 'user',
        response: c.record,
        list: true,
        status: 200,
      },
      (req, _reply, ctx) => c.list(deps, ctx, param(req, 'id')),
    );
    addRoute(
      app,
      table,
      {
        method: 'POST',
        url,
        summary: `Add to ${c.what}`,
        tag: c.tag,
        auth: 'user',
        body: c.input,
        response: c.record,
        status: 201,
        idempotent: true,
      },
      (req, _reply, ctx) => c.create(deps, ctx, createRequest(req)),
    );
  }
  addRoute(
    app,
    table,
    {
      method: 'POST',
      url: '/api/patients/:id/diary/:entryId/entered-in-error',
      summary:
        'Mark one of your diary entries as entered in error: it stays on the record, charts leave it out (the patient only; repeating it changes nothing)',
      tag: 'diary',
      auth: 'user',
      body: DiaryEntryInErrorInput,
      response: DiaryEntry,
      status: 200,
    },
    (req, _reply, ctx) =>
      markDiaryEntryInError(deps, ctx, {
        patientId: param(req, 'id'),
        entryId: param(req, 'entryId'),
        body: req.body,
      }),
  );
  addRoute(
    app,
    table,
    {
      method: 'GET',
      url: '/api/patients/:id/encounters/:encounterId',
      summary: 'One encounter',
      tag: 'encounters',
      auth: 'user',
      response: Encounter,
      status: 200,
    },
    (req, _reply, ctx) => getEncounter(deps, ctx, param(req, 'id'), param(req, 'encounterId')),
  );
}
