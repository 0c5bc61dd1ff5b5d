/**
 * @module Use cases of the CDS Hooks services: discovery, and a service call from its JSON body to its
 * cards. The chart comes from prefetch, or from the client's FHIR server with its token when prefetch
 * is missing (only servers the operator allowed). Expected refusals come back as issues: an unknown
 * service (404), a malformed call (400), data the service cannot obtain (412).
 */
import type { MedicationRequest } from '@medplum/fhirtypes';
import { assess } from '../../domain/engine/index.js';
import { extractEvidence } from '../../domain/evidence/index.js';
import type { profiles } from '../../domain/fhir/index.js';
import {
  assessmentFromFhir,
  CDS_CONTEXTS,
  CDS_SERVICES,
  CdsRequest,
  fillTemplate,
  medicationsOf,
  orderFromFhir,
  PREFETCH_TEMPLATES,
  readPrefetch,
  readResources,
  resourcesOf,
  type AssessmentImport,
  type CdsDiscovery,
  type CdsCard,
  type CdsResponse,
  type CdsServiceId,
  type Located,
  type PrefetchKey,
  type TypedResource,
} from '../../domain/fhir/index.js';
import { checkOrder, OrderCheckRequest, type ProposedOrder } from '../../domain/orders/index.js';
import {
  fail,
  fromZodIssues,
  ok,
  type DomainIssue,
  type Result,
} from '../../domain/shared/index.js';
import { orderContextFrom } from '../../domain/treatment/index.js';
import { toClinicianView } from '../views/index.js';
import { incompleteCard, orderCard, patientCard, type CardWords } from './cds-cards.js';
import type { FhirFetcher } from './ports.js';

export interface CdsDeps extends CardWords {
  /** Reads the client's FHIR server when prefetch is missing; absent when the operator allows none. */
  readonly fetcher?: FhirFetcher;
  /** Base URLs the service may fetch from (a prefix match); empty means none. */
  readonly allowedFhirServers: readonly string[];
  /** The Tonus web app, for the card's link to the full assessment. */
  readonly appUrl?: string;
  /** Today (ISO date), for ages from birth dates and order dates. */
  readonly today: string;
  readonly newUuid: () => string;
}

export function cdsDiscovery(w: CardWords): CdsDiscovery {
  return {
    services: CDS_SERVICES.map((s) => {
      const words = w.cds.service[s.id];
      return {
        hook: s.hook,
        title: words.title,
        description: words.description,
        id: s.id,
        prefetch: { ...PREFETCH_TEMPLATES },
        ...(words.usageRequirements === undefined
          ? {}
          : { usageRequirements: words.usageRequirements }),
      };
    }),
  };
}

function allowed(server: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => server === p || server.startsWith(p.endsWith('/') ? p : `${p}/`));
}

interface Chart {
  readonly resources: readonly Located[];
  readonly notGiven: readonly PrefetchKey[];
}

/** The chart from prefetch, fetching what is missing from the client's FHIR server when allowed. */
async function chartOf(
  req: CdsRequest,
  context: Readonly<Record<string, unknown>>,
  deps: CdsDeps,
): Promise<Result<Chart>> {
  const read = readPrefetch(req.prefetch);
  const resources = [...read.resources];
  const notGiven: PrefetchKey[] = [];
  const server = req.fhirServer;
  const canFetch =
    server !== undefined && deps.fetcher !== undefined && allowed(server, deps.allowedFhirServers);
  for (const key of read.missing) {
    const path = fillTemplate(PREFETCH_TEMPLATES[key], context);
    if (!canFetch || path === undefined) {
      notGiven.push(key);
      continue;
    }
    const got = await deps.fetcher.fetchJson(
      `${server.replace(/\/$/, '')}/${path}`,
      req.fhirAuthorization?.access_token,
    );
    if (!got.ok) {
      return fail([
        {
          code: 'cds.fhir_server_failed',
          path: ['fhirServer'],
          params: {
            key,
            detail: String(got.issues[0]?.params?.detail ?? got.issues[0]?.code ?? 'error'),
          },
        },
      ]);
    }
    const found = resourcesOf(got.value, `fhirServer.${key}`);
    if (found === undefined) {
      notGiven.push(key);
    } else {
      resources.push(...found);
    }
  }
  // no answer is safe without knowing whose chart it is; everything else only narrows what is known
  if (!resources.some((r) => isPatient(r.resource))) {
    return fail([
      {
        code: 'cds.prefetch_unavailable',
        path: ['prefetch', 'patient'],
        params: { key: 'patient' },
      },
    ]);
  }
  return ok({ resources, notGiven: notGiven.filter((k) => k !== 'patient') });
}

function isPatient(resource: unknown): boolean {
  return (
    typeof resource === 'object' &&
    resource !== null &&
    (resource as { resourceType?: unknown }).resourceType === 'Patient'
  );
}

/** Does the chart say anything about spasm: a presenting complaint, or any history, finding or exam? */
function aboutSpasm(imported: AssessmentImport): boolean {
  const a = imported.parsed.assessment;
  return (
    imported.report.presentation ||
    a.history !== undefined ||
    Object.values(a.findings ?? {}).some((v) => v) ||
    a.exam !== undefined ||
    a.emg !== undefined
  );
}

function patientView(imported: AssessmentImport, chart: Chart, deps: CdsDeps): CdsCard[] {
  if (!aboutSpasm(imported)) {
    return [];
  }
  const result = assess(imported.parsed, { audience: 'clinician', asOf: deps.today });
  return [
    patientCard(
      {
        view: toClinicianView(result, deps.m),
        assessment: imported.parsed.assessment,
        notRead: new Set(imported.report.unmapped.map((u) => u.resource)).size,
        notGiven: chart.notGiven,
        ...(deps.appUrl === undefined ? {} : { appUrl: deps.appUrl }),
        uuid: deps.newUuid(),
      },
      deps,
    ),
  ];
}

/** A dose the checks can read as given, or a placeholder that only proves the rest of the order valid. */
function validOrder(
  order: Omit<ProposedOrder, 'dose'> & { dose?: ProposedOrder['dose'] },
  context: unknown,
  at: readonly (string | number)[],
): Result<OrderCheckRequest> {
  const placeholder = order.dose ?? {
    value: 1,
    unit: order.drug === 'botulinum_toxin' ? 'U' : 'mg',
  };
  const parsed = OrderCheckRequest.safeParse(
    { order: { ...order, dose: placeholder }, patient: context },
    { reportInput: true },
  );
  if (!parsed.success) {
    return fail(fromZodIssues(parsed.error.issues, at));
  }
  if (order.dose === undefined) {
    const { dose: _placeholder, ...rest } = parsed.data.order;
    // an order not yet dosed is checked for everything but its dose
    return ok({ ...parsed.data, order: rest });
  }
  return ok(parsed.data);
}

function draftRequests(draftOrders: OrderHookContext['draftOrders']): Result<TypedResource[]> {
  return readResources(
    (draftOrders.entry ?? []).map((e, i) => ({
      resource: e.resource,
      at: `context.draftOrders.entry[${i}].resource`,
    })),
  );
}

/** The cumulative botulinum toxin limit counts the three months before the order (reference §5.1 [D8]). */
const TOXIN_WINDOW_DAYS = 90;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

interface OrderHookContext {
  readonly selections?: readonly string[];
  readonly draftOrders: { readonly entry?: readonly { readonly resource?: unknown }[] };
}

function orderCards(
  hook: 'order-select' | 'order-sign',
  context: OrderHookContext,
  imported: AssessmentImport,
  chart: Chart,
  deps: CdsDeps,
): Result<CdsCard[]> {
  const drafts = draftRequests(context.draftOrders);
  if (!drafts.ok) {
    return drafts;
  }
  const requests = drafts.value.filter((d) => d.kind === 'MedicationRequest');
  const selected = (d: TypedResource): boolean =>
    hook === 'order-sign' || (context.selections ?? []).includes(d.label);
  const evidence = extractEvidence(imported.parsed.assessment, imported.parsed.labs);
  const base = orderContextFrom(evidence);
  const hepatic = imported.report.hepatic ?? base.hepatic;
  const [lastToxin] = imported.report.botulinumToxin;
  const toxinUnits = (orderDate: string): number =>
    imported.report.botulinumToxin
      .filter((b) => daysBetween(b.date, orderDate) < TOXIN_WINDOW_DAYS)
      .reduce((sum, b) => sum + b.units, 0);
  const cards: CdsCard[] = [];
  const issues: DomainIssue[] = [];
  let checked = 0;
  for (const d of requests.filter(selected)) {
    const request = d.value as profiles.MedicationRequest;
    const reading = orderFromFhir(
      request,
      request.medicationCodeableConcept ?? d.medication,
      deps.today,
    );
    if (reading === undefined) {
      continue;
    }
    checked++;
    // the other orders of the session are about to be taken too
    const others = requests
      .filter((o) => o !== d)
      .flatMap(
        (o) =>
          medicationsOf(
            (o.value as profiles.MedicationRequest).medicationCodeableConcept ?? o.medication,
          ).ids,
      );
    const patient = {
      ...base,
      ...(hepatic === undefined ? {} : { hepatic }),
      medications: [...new Set([...base.medications, ...others])],
      ...(lastToxin === undefined
        ? {}
        : {
            lastBotulinumToxin: lastToxin,
            botulinumToxinUnitsLast3Months: toxinUnits(reading.order.orderDate),
          }),
    };
    const valid = validOrder(reading.order, patient, [d.at]);
    if (!valid.ok) {
      issues.push(...valid.issues);
      continue;
    }
    const result = checkOrder(valid.value);
    for (const finding of result.findings) {
      cards.push(
        orderCard(
          {
            finding,
            order: valid.value.order,
            request: request as MedicationRequest,
            requestRef: d.label,
            uuid: deps.newUuid,
          },
          deps,
        ),
      );
    }
  }
  if (issues.length > 0) {
    return fail(issues);
  }
  if (checked > 0 && chart.notGiven.length > 0) {
    cards.push(incompleteCard(chart.notGiven, deps.newUuid(), deps));
  }
  return ok(cards);
}

/**
 * Answers one call of a Tonus CDS service.
 * @param serviceId - The `{id}` of `POST /cds-services/{id}`.
 * @param body - The parsed JSON body.
 */
export async function callCdsService(
  serviceId: string,
  body: unknown,
  deps: CdsDeps,
): Promise<Result<CdsResponse>> {
  const service = CDS_SERVICES.find((s) => s.id === serviceId);
  if (service === undefined) {
    return fail([
      {
        code: 'cds.unknown_service',
        path: [],
        params: { service: serviceId, known: CDS_SERVICES.map((s) => s.id).join(', ') },
      },
    ]);
  }
  const parsed = CdsRequest.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    return fail(fromZodIssues(parsed.error.issues));
  }
  const req = parsed.data;
  if (req.hook !== service.hook) {
    return fail([
      {
        code: 'cds.hook_mismatch',
        path: ['hook'],
        params: { service: serviceId as CdsServiceId, expected: service.hook, got: req.hook },
      },
    ]);
  }
  const context = CDS_CONTEXTS[service.hook].safeParse(req.context, { reportInput: true });
  if (!context.success) {
    return fail(fromZodIssues(context.error.issues, ['context']));
  }
  const chart = await chartOf(req, context.data, deps);
  if (!chart.ok) {
    return chart;
  }
  const imported = assessmentFromFhir(chart.value.resources, { asOf: deps.today });
  if (!imported.ok) {
    return imported;
  }
  const patientId = imported.value.report.patientId;
  if (patientId !== undefined && patientId !== context.data.patientId) {
    return fail([
      { code: 'fhir.other_patient', path: ['prefetch', 'patient'], params: { patient: patientId } },
    ]);
  }
  if (service.hook === 'patient-view') {
    return ok({ cards: patientView(imported.value, chart.value, deps) });
  }
  // the order hooks' schema required draftOrders, so the parsed context has it
  const cards = orderCards(
    service.hook,
    context.data as unknown as OrderHookContext,
    imported.value,
    chart.value,
    deps,
  );
  return cards.ok ? ok({ cards: cards.value }) : cards;
}
