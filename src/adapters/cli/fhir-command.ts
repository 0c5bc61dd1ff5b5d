/**
 * @module `tonus fhir export` and `tonus fhir import`: an assessment or case file as a FHIR R4 collection
 * Bundle (with the engine's answer and its provenance), and a Bundle from Tonus or another system read
 * back into an assessment, with every part that could not be mapped listed with its reason.
 */
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import {
  exportAssessmentBundle,
  exportPatientFhir,
  importAssessmentBundle,
  importForClinician,
  type FhirRecordDeps,
} from '../../app/fhir/index.js';
import type { RequestContext } from '../../app/shared/index.js';
import type { DomainIssue, Result } from '../../domain/shared/index.js';
import type { ImportReport } from '../../domain/fhir/index.js';
import { IMPORT_NOTE_TEXT, issueText, UNMAPPED_REASON_TEXT } from '../../i18n/index.js';
import { bundleSchemaIssues } from '../fhir-schema/index.js';
import { readDocument, reportIssues } from './documents.js';
import { EXIT, type CliIo } from './io.js';
import { printable } from './printable.js';
import { runtimeOf, storeOptions } from './runtime-options.js';

const OPERATOR: RequestContext = { actor: { kind: 'operator' }, requestId: null };

/** Runs `work` over the service's store (`--data`, or DATABASE_URL for PostgreSQL) as the operator. */
async function withRecords<T>(
  io: CliIo,
  env: FhirCommandEnv,
  data: string | undefined,
  work: (d: FhirRecordDeps) => Promise<Result<T>>,
  done: (value: T) => void,
): Promise<number> {
  const runtime = runtimeOf(io);
  const options = storeOptions(io, { ...(data === undefined ? {} : { data }) });
  if (runtime === undefined || options === undefined) {
    return EXIT.badInput;
  }
  const opened = await runtime.openStore(options);
  if (!opened.ok) {
    printIssues(io, opened.issues);
    return EXIT.badInput;
  }
  try {
    const r = await work({
      core: opened.value.deps,
      software: { version: env.version },
      schemaIssues: bundleSchemaIssues,
    });
    if (!r.ok) {
      printIssues(io, r.issues);
      return EXIT.badInput;
    }
    done(r.value);
    return EXIT.ok;
  } finally {
    await opened.value.close();
  }
}

function printIssues(io: CliIo, issues: readonly DomainIssue[]): void {
  for (const i of issues) {
    io.err(printable(`error: ${issueText(i)} [${i.code}]`));
  }
}

export interface FhirCommandEnv {
  /** Tonus's version, written into the Device and Provenance of an export. */
  readonly version: string;
  /** Now, as an ISO instant. */
  readonly now: () => string;
}

function exportCommand(io: CliIo, env: FhirCommandEnv, file: string): number {
  const doc = readDocument(io, file);
  if (!doc.ok) {
    return EXIT.badInput;
  }
  const bundle = exportAssessmentBundle(doc.value, {
    newId: randomUUID,
    now: env.now(),
    software: { version: env.version },
  });
  if (!bundle.ok) {
    reportIssues(io, file, bundle.issues);
    return EXIT.badInput;
  }
  io.out(JSON.stringify(bundle.value, null, 2));
  return EXIT.ok;
}

function reportText(report: ImportReport): string {
  const lines = [
    `mapped: ${report.mapped.length} parts from ${new Set(report.mapped.map((m) => m.resource)).size} resources`,
  ];
  if (report.derived.length > 0) {
    lines.push(`recomputed, not read back: ${report.derived.length} Tonus results`);
  }
  for (const u of report.unmapped) {
    const where =
      u.field === undefined ? '' : ` (${u.field}${u.rule === undefined ? '' : `: ${u.rule}`})`;
    const code = u.code === undefined ? '' : ` ${u.code}`;
    lines.push(`not mapped: ${u.resource}${code}: ${UNMAPPED_REASON_TEXT[u.reason]}${where}`);
  }
  for (const n of report.notes) {
    lines.push(`note: ${n.about}: ${IMPORT_NOTE_TEXT[n.note]}`);
  }
  return lines.map(printable).join('\n');
}

function importCommand(io: CliIo, file: string, opts: { json?: boolean }): number {
  const doc = readDocument(io, file);
  if (!doc.ok) {
    return EXIT.badInput;
  }
  const r = importAssessmentBundle(doc.value, io.today(), bundleSchemaIssues);
  if (!r.ok) {
    reportIssues(io, file, r.issues);
    return EXIT.badInput;
  }
  const { assessment } = r.value.parsed;
  if (opts.json === true) {
    io.out(JSON.stringify({ assessment, report: r.value.report }, null, 2));
  } else {
    io.out(JSON.stringify(assessment, null, 2));
    io.err(reportText(r.value.report));
  }
  return EXIT.ok;
}

export function addFhirCommand(
  program: Command,
  io: CliIo,
  setCode: (code: number) => void,
  env: FhirCommandEnv = { version: io.version, now: () => new Date().toISOString() },
): void {
  const fhir = program.command('fhir').description('FHIR R4 export and import');
  fhir
    .command('export')
    .description(
      'a patient’s whole record (--patient) or an assessment or case file as a FHIR R4 collection Bundle, with the answer and its provenance',
    )
    .argument('[file]', 'assessment or case JSON')
    .option('--patient <id>', 'the patient record to export from the service’s database')
    .option(
      '--data <dir>',
      'data folder (default: TONUS_DATA_DIR or ./data); DATABASE_URL selects PostgreSQL',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ tonus fhir export examples/assessments/post-stroke-spasticity.json > bundle.json\n  $ tonus fhir export --patient 0190c3e4-… --data data > record.json',
    )
    .action(async (file: string | undefined, opts: { patient?: string; data?: string }) => {
      if ((file === undefined) === (opts.patient === undefined)) {
        io.err('error: give either a FILE or --patient ID');
        setCode(EXIT.badInput);
        return;
      }
      if (opts.patient === undefined) {
        setCode(exportCommand(io, env, file ?? ''));
        return;
      }
      const patient = opts.patient;
      setCode(
        await withRecords(
          io,
          env,
          opts.data,
          (d) => exportPatientFhir(d, OPERATOR, patient),
          (bundle) => {
            io.out(JSON.stringify(bundle, null, 2));
          },
        ),
      );
    });
  fhir
    .command('import')
    .description(
      'a FHIR R4 Bundle read into an assessment; what cannot be mapped is listed with its reason',
    )
    .argument('<file>', 'FHIR Bundle JSON (from Tonus or another system)')
    .option('--json', 'print { assessment, report } as JSON')
    .option(
      '--clinician <user id>',
      'store it in the service’s database as a new patient assigned to this clinician (nothing stored when invalid)',
    )
    .option(
      '--data <dir>',
      'data folder (default: TONUS_DATA_DIR or ./data); DATABASE_URL selects PostgreSQL',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ tonus fhir import bundle.json --json\n  $ tonus fhir import bundle.json --clinician 0190c3e4-… --data data',
    )
    .action(async (file: string, opts: { json?: boolean; clinician?: string; data?: string }) => {
      if (opts.clinician === undefined) {
        setCode(importCommand(io, file, opts));
        return;
      }
      const doc = readDocument(io, file);
      if (!doc.ok) {
        setCode(EXIT.badInput);
        return;
      }
      const clinician = opts.clinician;
      setCode(
        await withRecords(
          io,
          env,
          opts.data,
          (d) => importForClinician(d, OPERATOR, doc.value, clinician),
          (r) => {
            if (opts.json === true) {
              io.out(JSON.stringify(r, null, 2));
            } else {
              io.out(r.patientId);
              io.err(
                `stored: ${Object.entries(r.stored)
                  .map(([k, n]) => `${n} ${k}`)
                  .join(', ')}`,
              );
              io.err(reportText({ ...r.report, presentation: false, botulinumToxin: [] }));
            }
          },
        ),
      );
    });
}
