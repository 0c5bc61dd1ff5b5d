/** @module The PDF report of one encounter, rendered by the report adapter the composition root hands in. */
import type { FastifyInstance } from 'fastify';
import { getEncounter, type Encounter } from '../../../app/encounters/index.js';
import { getPatient } from '../../../app/patients/index.js';
import type { CoreDeps } from '../../../app/shared/index.js';
import type { PatientRecord } from '../../../domain/records/index.js';
import { sendProblem } from '../errors.js';
import { contextOf, param, type RouteTable } from '../route.js';

/** Who the report is about, as the record says (the date of birth and sex `null` when not recorded). */
export type ReportPatient = Pick<PatientRecord, 'name' | 'birthDate' | 'sex'>;

export type RenderReport = (encounter: Encounter, patient: ReportPatient) => Promise<Buffer>;

export function reportRoutes(
  app: FastifyInstance,
  deps: CoreDeps,
  table: RouteTable,
  render: RenderReport,
): void {
  const url = '/api/patients/:id/encounters/:encounterId/report.pdf';
  table.specs.push({
    method: 'GET',
    url,
    summary:
      'The encounter as a PDF report (findings, triage, differential with reasons and sources, plan, signature line); a patient gets the patient view',
    tag: 'encounters',
    auth: 'user',
    status: 200,
  });
  app.get(url, async (req, reply) => {
    const ctx = contextOf(req);
    const enc = await getEncounter(deps, ctx, param(req, 'id'), param(req, 'encounterId'));
    if (!enc.ok) {
      return sendProblem(reply, enc.issues);
    }
    const patient = await getPatient(deps, ctx, param(req, 'id'));
    const about: ReportPatient = patient.ok
      ? patient.value
      : { name: '', birthDate: null, sex: null };
    const pdf = await render(enc.value, about);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="tonus-encounter-${enc.value.id}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
