/** @module `tonus assess`: one assessment as a readable report or a view, for a patient or a clinician. */
import { Option, type Command } from 'commander';
import { assessDocument, toClinicianView, toPatientView } from '../../app/index.js';
import { en } from '../../i18n/index.js';
import { readDocument, reportIssues } from './documents.js';
import { EXIT, type CliIo } from './io.js';
import { clinicianReport, patientReport } from './render-report.js';

interface AssessFlags {
  readonly audience: 'patient' | 'clinician';
  readonly json?: boolean;
}

function assessCommand(io: CliIo, file: string, opts: AssessFlags): number {
  const doc = readDocument(io, file);
  if (!doc.ok) {
    return EXIT.badInput;
  }
  const r = assessDocument(doc.value, opts.audience, io.today());
  if (!r.ok) {
    reportIssues(io, file, r.issues);
    return EXIT.badInput;
  }
  if (opts.audience === 'patient') {
    const view = toPatientView(r.value, en);
    io.out(opts.json === true ? JSON.stringify(view, null, 2) : patientReport(view));
  } else {
    const view = toClinicianView(r.value, en);
    io.out(opts.json === true ? JSON.stringify(view, null, 2) : clinicianReport(view));
  }
  return EXIT.ok;
}

export function addAssessCommand(
  program: Command,
  io: CliIo,
  setCode: (code: number) => void,
): void {
  program
    .command('assess')
    .description('a readable report for one assessment (or case file)')
    .argument('<file>', 'assessment JSON')
    .addOption(
      new Option('--audience <who>', 'who reads the report')
        .choices(['patient', 'clinician'])
        .default('clinician'),
    )
    .option('--json', 'print the view as JSON instead of text')
    .addHelpText(
      'after',
      '\nExample:\n  $ tonus assess examples/assessments/post-stroke-spasticity.json --audience patient',
    )
    .action((file: string, opts: AssessFlags) => {
      setCode(assessCommand(io, file, opts));
    });
}
