/**
 * @module The PDF report of an encounter (pdfkit, tagged, deterministic): the findings entered, the triage
 * level with its reasons and sources, the differential with the findings for and against and the sources,
 * the plan, the notice and a signature line. It renders the view the reader may see: a patient's report
 * has no differential, drug or dose, because the patient view has none.
 */
import PDFDocument from 'pdfkit';
import type { Encounter } from '../../app/encounters/index.js';
import type { ClinicianView, PatientView } from '../../app/views/index.js';

const isClinician = (v: ClinicianView | PatientView): v is ClinicianView =>
  v.view === 'clinician/1';

function findingsOf(input: unknown): { present: string[]; absent: string[] } {
  const f = (input as { findings?: Record<string, boolean> } | null)?.findings ?? {};
  return {
    present: Object.keys(f).filter((k) => f[k] === true),
    absent: Object.keys(f).filter((k) => f[k] === false),
  };
}

export function encounterReport(e: Encounter, patientName: string): Promise<Buffer> {
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
  doc.text(`Patient: ${patientName}`);
  doc.text(
    `Encounter ${e.id}, ${e.createdAt.slice(0, 16).replace('T', ' ')} UTC; knowledge base ${e.kbVersion}`,
  );
  doc.moveDown(0.3).font('Helvetica-Oblique').text(v.notice).font('Helvetica');

  h('Findings');
  const f = findingsOf(e.input);
  doc.text(`Present: ${f.present.join(', ') || 'none recorded'}`);
  doc.text(`Absent: ${f.absent.join(', ') || 'none recorded'}`);

  h('Triage');
  doc
    .font('Helvetica-Bold')
    .text(`Triage level: ${v.triage.level} — ${v.triage.advice}`)
    .font('Helvetica');
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
    for (const c of v.pharmacotherapy.causeTreatment) {
      bullet(`${c.text} [${c.sourceIds.join(', ')}]`);
    }
  } else {
    doc.text(v.prescriptionOnly);
  }

  doc.moveDown(2);
  doc.text('Clinician signature: ______________________________    Date: ______________');
  doc.end();
  return done;
}
