/**
 * @module `tonus fhir export` and `tonus fhir import`: an assessment or case file as a FHIR R4 collection
 * Bundle (with the engine's answer and its provenance), and a Bundle from Tonus or another system read
 * back into an assessment, with every part that could not be mapped listed with its reason.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { exportAssessmentBundle, importAssessmentBundle } from '../../app/fhir/index.js';
import type { ImportReport } from '../../domain/fhir/index.js';
import { IMPORT_NOTE_TEXT, UNMAPPED_REASON_TEXT } from '../../i18n/index.js';
import { bundleSchemaIssues } from '../fhir-schema/index.js';
import { readDocument, reportIssues } from './documents.js';
import { EXIT, type CliIo } from './io.js';
import { printable } from './printable.js';

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

/** Tonus's own version, from its package.json. */
function packageVersion(): string {
  const pkg = createRequire(import.meta.url)('../../../package.json') as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

export function addFhirCommand(
  program: Command,
  io: CliIo,
  setCode: (code: number) => void,
  env: FhirCommandEnv = { version: packageVersion(), now: () => new Date().toISOString() },
): void {
  const fhir = program.command('fhir').description('FHIR R4 export and import');
  fhir
    .command('export')
    .description(
      'an assessment or case file as a FHIR R4 collection Bundle, with the answer and its provenance',
    )
    .argument('<file>', 'assessment or case JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ tonus fhir export examples/assessments/post-stroke-spasticity.json > bundle.json',
    )
    .action((file: string) => {
      setCode(exportCommand(io, env, file));
    });
  fhir
    .command('import')
    .description(
      'a FHIR R4 Bundle read into an assessment; what cannot be mapped is listed with its reason',
    )
    .argument('<file>', 'FHIR Bundle JSON (from Tonus or another system)')
    .option('--json', 'print { assessment, report } as JSON')
    .addHelpText('after', '\nExample:\n  $ tonus fhir import bundle.json --json')
    .action((file: string, opts: { json?: boolean }) => {
      setCode(importCommand(io, file, opts));
    });
}
