/**
 * @module The PDF report of an encounter (pdfkit, tagged, deterministic): the findings, conditions and
 * medications entered, the triage level with its reasons and sources, the differential with the findings
 * for and against and the sources, the self-care plan and, apart from it, the treatment of the cause that
 * only a prescriber gives, the notice and a signature line. Everything in words, never a code of the
 * knowledge base. It renders the view the reader may see: a patient's report has no differential, drug or
 * dose, because the patient view has none, and counts the medicines entered instead of naming them.
 */
import PDFDocument from 'pdfkit';
import type { Encounter } from '../../app/encounters/index.js';
import type { ClinicianView, PatientView } from '../../app/views/index.js';
import type { FindingId, HistoryCondition, Medication } from '../../domain/kb/index.js';
import type { PatientRecord } from '../../domain/records/index.js';
import { ageOn } from '../../domain/shared/index.js';
import {
  FINDING_NAMES,
  HISTORY_CONDITION_NAMES,
  MEDICATION_NAMES,
} from '../../i18n/findings.en.js';
import { LEVEL_NAMES } from '../../i18n/triage.en.js';

const isClinician = (v: ClinicianView | PatientView): v is ClinicianView =>
  v.view === 'clinician/1';

/** What the assessment entered, in words (the input was validated when the encounter was stored). */
function enteredOf(input: unknown): {
  present: string[];
  absent: string[];
  conditions: string[];
  medications: string[];
} {
  const a = (input ?? {}) as {
    findings?: Partial<Record<FindingId, boolean>>;
    conditions?: HistoryCondition[];
    medications?: Medication[];
  };
  const f = a.findings ?? {};
  const ids = Object.keys(f) as FindingId[];
  return {
    present: ids.filter((k) => f[k] === true).map((k) => FINDING_NAMES[k]),
    absent: ids.filter((k) => f[k] === false).map((k) => FINDING_NAMES[k]),
    conditions: (a.conditions ?? []).map((c) => HISTORY_CONDITION_NAMES[c]),
    medications: (a.medications ?? []).map((m) => MEDICATION_NAMES[m]),
  };
}

/** How many medicines were recorded, in words a patient reads without any of their names. */
export function medicinesForPatient(count: number): string {
  if (count === 0) {
    return 'none recorded';
  }
  return `${count === 1 ? 'one medicine' : `${String(count)} medicines`} as recorded by your clinician (ask them which)`;
}

/** The header's patient line: the name, the age on the day of the encounter and the sex, each as recorded. */
export function patientLine(
  p: Pick<PatientRecord, 'name' | 'birthDate' | 'sex'>,
  on: string,
): string {
  const age = p.birthDate === null ? undefined : ageOn(p.birthDate, on);
  const ageText =
    age === undefined || p.birthDate === null
      ? 'age not recorded'
      : `age ${String(age)} (born ${p.birthDate})`;
  return `Patient: ${p.name}; ${ageText}; sex ${p.sex ?? 'not recorded'}`;
}

export function encounterReport(
  e: Encounter,
  patient: Pick<PatientRecord, 'name' | 'birthDate' | 'sex'>,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    tagged: true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `Tonus encounter report ${e.id}`,
      Creator: 'Tonus',
      CreationDate: new Date(e.createdAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => {
    chunks.push(c);
  });
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    }),
  );
  const v = e.result;
  const h = (text: string): void => {
    doc
      .moveDown(0.6)
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(text)
      .font('Helvetica')
      .fontSize(10.5);
  };
  const bullet = (text: string): void => {
    doc.text(`• ${text}`, { indent: 10 });
  };

  doc.font('Helvetica-Bold').fontSize(18).text('Tonus — encounter report');
  doc.font('Helvetica').fontSize(10.5);
  doc.text(patientLine(patient, e.createdAt.slice(0, 10)));
  doc.text(
    `Encounter ${e.id}, ${e.createdAt.slice(0, 16).replace('T', ' ')} UTC; knowledge base ${e.kbVersion}`,
  );
  doc.moveDown(0.3).font('Helvetica-Oblique').text(v.notice).font('Helvetica');

  h('Findings');
  const f = enteredOf(e.input);
  doc.text(`Present: ${f.present.join('; ') || 'none recorded'}`);
  doc.text(`Absent: ${f.absent.join('; ') || 'none recorded'}`);
  doc.text(`Conditions: ${f.conditions.join('; ') || 'none recorded'}`);
  if (isClinician(v)) {
    doc.text(`Medications: ${f.medications.join('; ') || 'none recorded'}`);
  } else {
    // a patient's own report names no prescription drug, not even one the patient takes (PRODUCT C2)
    doc.text(`Medications: ${medicinesForPatient(f.medications.length)}`);
  }

  h('Triage');
  doc.font('Helvetica-Bold').text(`Triage level: ${LEVEL_NAMES[v.triage.level]}`).font('Helvetica');
  if (v.triage.advice !== LEVEL_NAMES[v.triage.level]) {
    doc.text(v.triage.advice);
  }
  for (const r of v.triage.reasons) {
    bullet(`${r.text} [${r.rule}; sources ${r.sourceIds.join(', ')}]`);
  }

  if (isClinician(v)) {
    h('Cause groups');
    for (const g of v.groups) {
      bullet(`${g.name}: ${(g.probability * 100).toFixed(0)} %`);
    }
    h('Differential');
    for (const d of v.differential.slice(0, 6)) {
      doc
        .font('Helvetica-Bold')
        .text(`${d.name} (${(d.score * 100).toFixed(0)} %)`)
        .font('Helvetica');
      doc.text(`For: ${d.for.map((x) => x.text).join('; ') || '—'}`, { indent: 10 });
      doc.text(`Against: ${d.against.map((x) => x.text).join('; ') || '—'}`, { indent: 10 });
    }
    doc.text(
      `Sources: ${[...new Set(v.triage.reasons.flatMap((r) => r.sourceIds))].join(', ') || '—'}`,
    );
    h('Next best tests');
    for (const t of v.nextTests.slice(0, 5)) {
      bullet(`${t.name}: ${t.why}`);
    }
  }

  h('Plan');
  doc.text(v.selfCare.heading);
  for (const i of v.selfCare.items) {
    bullet(`${i.text} [${i.sourceIds.join(', ')}; ${i.status}]`);
  }
  if (isClinician(v)) {
    // what only a prescriber gives is not part of what the patient does alone
    if (v.pharmacotherapy.causeTreatment.length > 0) {
      h('Treatment of the cause (prescriber)');
      for (const c of v.pharmacotherapy.causeTreatment) {
        bullet(`${c.text} [${c.sourceIds.join(', ')}]`);
      }
    }
  } else {
    doc.text(v.prescriptionOnly);
  }

  doc.moveDown(2);
  doc.text('Clinician signature: ______________________________    Date: ______________');
  doc.end();
  return done;
}
