/** @module The `tonus` command line: one commander program over the shared use cases. */
import { Command, CommanderError } from 'commander';
import { en } from '../../i18n/index.js';
import { addAssessCommand } from './assess-command.js';
import { addCaseCommand } from './case-command.js';
import { addCheckOrderCommand } from './check-order-command.js';
import { addEmgCommands } from './emg-commands.js';
import { addInterviewCommand } from './interview-command.js';
import { addFhirCommand } from './fhir-command.js';
import { EXIT, type CliIo } from './io.js';
import { addKbCommand } from './kb-command.js';
import { addServeCommand } from './serve-command.js';
import { addAuditCommand } from './audit-command.js';
import { addDbCommand } from './db-command.js';
import { addAdminCommand } from './admin-command.js';

const EXAMPLES = `
Examples:
  $ tonus case cases/public                      run every case in a folder, one line each and a summary
  $ tonus case cases/dev/dev-01-radiculopathy.json --json
  $ tonus case cases/public --history-only       the same cases with exam, labs, imaging, EMG and vitals removed
  $ tonus assess my-assessment.json --audience patient
  $ tonus check-order examples/orders/tizanidine-ciprofloxacin.json
  $ tonus kb --unverified
  $ tonus emg synth --out rest.edf --duration 300 --spasms 8 --ecg-bpm 80
  $ tonus emg analyze rest.edf --plot rest.svg
  $ tonus fhir export examples/assessments/post-stroke-spasticity.json > bundle.json
  $ tonus fhir import bundle.json --json      a FHIR R4 Bundle read back; unmapped parts listed

Exit codes: 0 success; 1 a case failed (case), a hard stop fired (check-order) or the output could not be
written; 2 bad input or a refused operation; 69 the database could not be reached or opened (serve, audit,
admin, db); 70 an internal error (a bug in Tonus).
${en.notice}`;

/** Runs the CLI and returns the exit code; never throws for user errors. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('tonus')
    .description(
      'Tonus: decision support for paraspinal muscle spasm (triage, cause, tests, plan, order checks).',
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => {
        io.out(s.trimEnd());
      },
      writeErr: (s) => {
        io.err(s.trimEnd());
      },
    })
    .addHelpText('after', EXAMPLES);
  const setCode = (c: number): void => {
    code = c;
  };
  addCaseCommand(program, io, setCode);
  addAssessCommand(program, io, setCode);
  addCheckOrderCommand(program, io, setCode);
  addKbCommand(program, io, setCode);
  addEmgCommands(program, io, setCode);
  addServeCommand(program, io, setCode);
  addAuditCommand(program, io, setCode);
  addDbCommand(program, io, setCode);
  addAdminCommand(program, io, setCode);
  addInterviewCommand(program, io, setCode);
  addFhirCommand(program, io, setCode);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit with 0; everything else is a usage error
      return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    // a bug, not bad input: say so in one line instead of a stack trace
    io.err(`error: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.internal;
  }
  return code;
}
