/** @module `tonus kb`: the knowledge base's facts with their sources and status. */
import type { Command } from 'commander';
import { listFacts, type CatalogFact } from '../../app/index.js';
import { FactKind } from '../../domain/kb/index.js';
import { EXIT, type CliIo } from './io.js';
import { printable } from './printable.js';

interface KbFlags {
  readonly unverified?: boolean;
  readonly json?: boolean;
  readonly kind?: string;
}

function kbLine(f: CatalogFact): string {
  const detail = Object.entries(f.detail)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('; ');
  return `${f.id}\t${f.kind}\t${f.status}\t[${f.sourceIds.join(', ')}]\t${detail}`;
}

function kbCommand(io: CliIo, opts: KbFlags): number {
  const kind = opts.kind === undefined ? undefined : FactKind.safeParse(opts.kind);
  if (kind !== undefined && !kind.success) {
    io.err(
      `error: --kind: unknown kind ${printable(opts.kind ?? '')} (allowed: ${FactKind.options.join(', ')})`,
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

export function addKbCommand(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('kb')
    .description('list the knowledge base facts with their sources and status')
    .option('--unverified', 'only facts marked UNVERIFIED')
    .option('--kind <kind>', 'only facts of one kind')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ tonus kb --unverified')
    .action((opts: KbFlags) => {
      setCode(kbCommand(io, opts));
    });
}
