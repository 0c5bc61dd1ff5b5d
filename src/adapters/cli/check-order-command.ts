/** @module `tonus check-order`: a proposed prescription against the safety rules. */
import type { Command } from 'commander';
import { checkOrderDocument, toOrderCheckView } from '../../app/index.js';
import { en } from '../../i18n/index.js';
import { readDocument, reportIssues } from './documents.js';
import { EXIT, type CliIo } from './io.js';
import { orderText } from './render-order.js';

function orderCommand(io: CliIo, file: string, opts: { json?: boolean }): number {
  const doc = readDocument(io, file);
  if (!doc.ok) {
    return EXIT.badInput;
  }
  const r = checkOrderDocument(doc.value);
  if (!r.ok) {
    reportIssues(io, file, r.issues);
    return EXIT.badInput;
  }
  const view = toOrderCheckView(r.value, en);
  io.out(opts.json === true ? JSON.stringify(view, null, 2) : orderText(view));
  return view.blocked ? EXIT.failed : EXIT.ok;
}

export function addCheckOrderCommand(
  program: Command,
  io: CliIo,
  setCode: (code: number) => void,
): void {
  program
    .command('check-order')
    .description('check a proposed prescription against the safety rules')
    .argument('<file>', 'order JSON: { "order": {...}, "patient": {...} }')
    .option('--json', 'print the view as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ tonus check-order examples/orders/tizanidine-ciprofloxacin.json',
    )
    .action((file: string, opts: { json?: boolean }) => {
      setCode(orderCommand(io, file, opts));
    });
}
