/** @module `tonus case`: run the engine on case files and check them against their expected answers. */
import type { Command } from 'commander';
import { runCase, summarize, toCaseCheckView, type CaseRun } from '../../app/index.js';
import { en } from '../../i18n/index.js';
import { readDocument, reportIssues } from './documents.js';
import { describeFsError, EXIT, type CliIo } from './io.js';
import { printable } from './printable.js';
import { caseLine, summaryLine } from './render-case.js';

interface CaseFlags {
  readonly json?: boolean;
  readonly historyOnly?: boolean;
}

function caseCommand(io: CliIo, target: string, opts: CaseFlags): number {
  let files: string[];
  let folder: boolean;
  try {
    folder = io.isDirectory(target);
    files = folder ? io.listJson(target).map((f) => `${target.replace(/\/$/, '')}/${f}`) : [target];
  } catch (e) {
    io.err(`error: ${printable(describeFsError(target, e))}`);
    return EXIT.badInput;
  }
  if (folder && files.length === 0) {
    io.err(`error: ${printable(target)}: no .json case files in this folder`);
    return EXIT.badInput;
  }
  const runs: CaseRun[] = [];
  let bad = false;
  for (const file of files) {
    const doc = readDocument(io, file);
    if (!doc.ok) {
      bad = true;
      continue;
    }
    const r = runCase(doc.value, { asOf: io.today(), historyOnly: opts.historyOnly === true });
    if (!r.ok) {
      reportIssues(io, file, r.issues);
      bad = true;
      continue;
    }
    runs.push(r.value);
    if (opts.json !== true) {
      if (runs.length === 1) {
        io.out(en.notice);
      }
      io.out(caseLine(r.value));
    }
  }
  if (opts.json === true) {
    const docs = runs.map((r) => toCaseCheckView(r, en));
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

export function addCaseCommand(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('case')
    .description('run the engine on a case file or a folder of them and check the expected answers')
    .argument('<path>', 'a tonus-case/1 JSON file or a folder of them')
    .option(
      '--json',
      'print the FORMAT.md JSON (an array for a folder; the summary goes to stderr)',
    )
    .option('--history-only', 'remove exam, labs, imaging, EMG and vitals before assessing')
    .addHelpText('after', '\nExample:\n  $ tonus case cases/public')
    .action((path: string, opts: CaseFlags) => {
      setCode(caseCommand(io, path, opts));
    });
}
