/** @module `tonus db backup FILE` and `tonus db restore FILE`. */
import type { Command } from 'commander';
import type { Result } from '../../domain/shared/index.js';
import { EXIT, type CliIo } from './io.js';
import { runtimeOf, runtimeRefused, storeOptions } from './runtime-options.js';

function report(io: CliIo, r: Result<string>): number {
  if (r.ok) {
    io.out(r.value);
    return EXIT.ok;
  }
  return runtimeRefused(io, r.issues);
}

const STEPS = {
  backup: {
    description: 'online backup of the SQLite database (PostgreSQL: use pg_dump)',
    file: 'the backup file to write',
  },
  restore: {
    description: 'replace the SQLite database with a backup (stop the server first)',
    file: 'a backup written by `tonus db backup`',
  },
} as const;

export function addDbCommand(program: Command, io: CliIo, setCode: (c: number) => void): void {
  const db = program.command('db').description('back up and restore the database');
  for (const step of ['backup', 'restore'] as const) {
    db.command(step)
      .description(STEPS[step].description)
      .argument('<file>', STEPS[step].file)
      .option('--data <dir>', 'data folder (default: TONUS_DATA_DIR or ./data)')
      .addHelpText('after', `\nExample:\n  $ tonus db ${step} backups/tonus-2026-11-30.db`)
      .action(async (file: string, opts: { data?: string }) => {
        const runtime = runtimeOf(io);
        const options = storeOptions(io, opts);
        setCode(
          runtime === undefined || options === undefined
            ? EXIT.badInput
            : report(io, await runtime[step](options, file)),
        );
      });
  }
}
