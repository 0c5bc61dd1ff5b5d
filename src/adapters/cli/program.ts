/** @module The `tonus` command line: one commander program over the shared use cases. */
import { Command, CommanderError, Option } from 'commander';
import {
  assessDocument,
  checkOrderDocument,
  listFacts,
  runCase,
  summarize,
  type CaseRun,
} from '../../app/index.js';
import { FactKind } from '../../domain/kb/index.js';
import type { DomainIssue } from '../../domain/shared/index.js';
import { issueText, NOTICE } from '../../i18n/index.js';
import { caseJson, caseLine, summaryLine } from './render-case.js';
import { clinicianJson, kbLine, orderJson, orderText, patientJson } from './render-other.js';
import { clinicianReport, patientReport } from './render-report.js';
import { describeFsError, EXIT, type CliIo } from './io.js';
import { addEmgCommands } from './emg-commands.js';
import { addServeCommand } from './serve-command.js';
import { addAuditCommand } from './audit-command.js';
import { addDbCommand } from './db-command.js';

const EXAMPLES = `
Examples:
  $ tonus case ../shared/cases/public            run every case in a folder, one line each and a summary
  $ tonus case cases/dev/dev-01-radiculopathy.json --json
  $ tonus case cases/public --history-only       the same cases with exam, labs, imaging, EMG and vitals removed
  $ tonus assess my-assessment.json --audience patient
  $ tonus check-order examples/orders/tizanidine-ciprofloxacin.json
  $ tonus kb --unverified
  $ tonus emg synth --out rest.edf --duration 300 --spasms 8 --ecg-bpm 80
  $ tonus emg analyze rest.edf --plot rest.svg

Exit codes: 0 success; 1 a case failed (case) or a hard stop fired (check-order); 2 bad input.
${NOTICE}`;

function reportIssues(io: CliIo, where: string, issues: readonly DomainIssue[]): void {
  for (const issue of issues) {
    io.err(`error: ${where}: ${issueText(issue)} [${issue.code}]`);
  }
}

function readOrReport(io: CliIo, path: string): string | undefined {
  try {
    return io.readText(path);
  } catch (e) {
    io.err(`error: ${describeFsError(path, e)}`);
    return undefined;
  }
}

function caseCommand(
  io: CliIo,
  target: string,
  opts: { json?: boolean; historyOnly?: boolean },
): number {
  let files: string[];
  let folder: boolean;
  try {
    folder = io.isDirectory(target);
    files = folder ? io.listJson(target).map((f) => `${target.replace(/\/$/, '')}/${f}`) : [target];
  } catch (e) {
    io.err(`error: ${describeFsError(target, e)}`);
    return EXIT.badInput;
  }
  if (folder && files.length === 0) {
    io.err(`error: ${target}: no .json case files in this folder`);
    return EXIT.badInput;
  }
  const runs: CaseRun[] = [];
  let bad = false;
  for (const file of files) {
    const text = readOrReport(io, file);
    if (text === undefined) {
      bad = true;
      continue;
    }
    const r = runCase(text, { asOf: io.today(), historyOnly: opts.historyOnly === true });
    if (!r.ok) {
      reportIssues(io, file, r.issues);
      bad = true;
      continue;
    }
    runs.push(r.value);
    if (opts.json !== true) {
      if (runs.length === 1) {
        io.out(NOTICE);
      }
      io.out(caseLine(r.value));
    }
  }
  if (opts.json === true) {
    const docs = runs.map(caseJson);
    io.out(JSON.stringify(folder ? docs : (docs[0] ?? null), null, 2));
  }
  if (folder) {
    const line = summaryLine(
      summarize(runs),
      opts.historyOnly === true ? 'cases (history only)' : 'cases',
    );
    if (opts.json === true) {
      io.err(line);
    } else {
      io.out(line);
    }
  }
  if (bad) {
    return EXIT.badInput;
  }
  return runs.every((r) => r.check.passed) ? EXIT.ok : EXIT.failed;
}

function assessCommand(
  io: CliIo,
  file: string,
  opts: { audience: 'patient' | 'clinician'; json?: boolean },
): number {
  const text = readOrReport(io, file);
  if (text === undefined) {
    return EXIT.badInput;
  }
  const r = assessDocument(text, opts.audience, io.today());
  if (!r.ok) {
    reportIssues(io, file, r.issues);
    return EXIT.badInput;
  }
  if (opts.json === true) {
    io.out(
      JSON.stringify(
        opts.audience === 'patient' ? patientJson(r.value) : clinicianJson(r.value),
        null,
        2,
      ),
    );
  } else {
    io.out(opts.audience === 'patient' ? patientReport(r.value) : clinicianReport(r.value));
  }
  return EXIT.ok;
}

function orderCommand(io: CliIo, file: string, opts: { json?: boolean }): number {
  const text = readOrReport(io, file);
  if (text === undefined) {
    return EXIT.badInput;
  }
  const r = checkOrderDocument(text);
  if (!r.ok) {
    reportIssues(io, file, r.issues);
    return EXIT.badInput;
  }
  io.out(opts.json === true ? JSON.stringify(orderJson(r.value), null, 2) : orderText(r.value));
  return r.value.result.blocked ? EXIT.failed : EXIT.ok;
}

function kbCommand(
  io: CliIo,
  opts: { unverified?: boolean; json?: boolean; kind?: string },
): number {
  const kind = opts.kind === undefined ? undefined : FactKind.safeParse(opts.kind);
  if (kind !== undefined && !kind.success) {
    io.err(
      `error: --kind: unknown kind ${opts.kind ?? ''} (allowed: ${FactKind.options.join(', ')})`,
    );
    return EXIT.badInput;
  }
  const facts = listFacts({
    unverifiedOnly: opts.unverified === true,
    ...(kind === undefined ? {} : { kind: kind.data }),
  });
  if (opts.json === true) {
    io.out(JSON.stringify(facts, null, 2));
  } else {
    io.out(['id\tkind\tstatus\tsources\tdetail', ...facts.map(kbLine)].join('\n'));
    io.err(`${facts.length} facts`);
  }
  return EXIT.ok;
}

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
  program
    .command('case')
    .description('run the engine on a case file or a folder of them and check the expected answers')
    .argument('<path>', 'a tonus-case/1 JSON file or a folder of them')
    .option(
      '--json',
      'print the FORMAT.md JSON (an array for a folder; the summary goes to stderr)',
    )
    .option('--history-only', 'remove exam, labs, imaging, EMG and vitals before assessing')
    .addHelpText('after', '\nExample:\n  $ tonus case ../shared/cases/public')
    .action((path: string, opts: { json?: boolean; historyOnly?: boolean }) => {
      code = caseCommand(io, path, opts);
    });
  program
    .command('assess')
    .description('a readable report for one assessment (or case file)')
    .argument('<file>', 'assessment JSON')
    .addOption(
      new Option('--audience <who>', 'who reads the report')
        .choices(['patient', 'clinician'])
        .default('clinician'),
    )
    .option('--json', 'print JSON instead of text')
    .addHelpText(
      'after',
      '\nExample:\n  $ tonus assess examples/assessments/post-stroke-spasticity.json --audience patient',
    )
    .action((file: string, opts: { audience: 'patient' | 'clinician'; json?: boolean }) => {
      code = assessCommand(io, file, opts);
    });
  program
    .command('check-order')
    .description('check a proposed prescription against the safety rules')
    .argument('<file>', 'order JSON: { "order": {...}, "patient": {...} }')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ tonus check-order examples/orders/tizanidine-ciprofloxacin.json',
    )
    .action((file: string, opts: { json?: boolean }) => {
      code = orderCommand(io, file, opts);
    });
  program
    .command('kb')
    .description('list the knowledge base facts with their sources and status')
    .option('--unverified', 'only facts marked UNVERIFIED')
    .option('--kind <kind>', 'only facts of one kind')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ tonus kb --unverified')
    .action((opts: { unverified?: boolean; json?: boolean; kind?: string }) => {
      code = kbCommand(io, opts);
    });
  addEmgCommands(program, io, (c) => {
    code = c;
  });
  addServeCommand(program, io, (c) => (code = c));
  addAuditCommand(program, io, (c) => (code = c));
  addDbCommand(program, io, (c) => (code = c));
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
