/** @module `tonus serve`: the HTTP service on SQLite (default) or PostgreSQL (`DATABASE_URL`). */
import type { Command } from 'commander';
import type { RuntimeOptions } from '../../app/runtime/index.js';
import { NOTICE } from '../../i18n/index.js';
import { EXIT, type CliIo } from './io.js';
import { runtimeOf, runtimeRefused, storeOptions } from './runtime-options.js';

export function addServeCommand(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command('serve')
    .description('run the HTTP API (migrates the database at start)')
    .option('--port <n>', 'port to listen on (default: PORT or 3000)')
    .option(
      '--data <dir>',
      'data folder: SQLite file and EMG uploads (default: TONUS_DATA_DIR or ./data)',
    )
    .option('--demo', 'seed a demo clinic when the database is empty and print its sign-ins')
    .addHelpText(
      'after',
      '\nEnvironment: PORT, HOST, TONUS_DATA_DIR, DATABASE_URL (PostgreSQL), TONUS_PUBLIC_ORIGIN, TONUS_LOG_LEVEL.\nExample:\n  $ tonus serve --demo',
    )
    .action(async (opts: { port?: string; data?: string; demo?: boolean }) => {
      setCode(await serve(io, opts));
    });
}

async function serve(
  io: CliIo,
  opts: { port?: string; data?: string; demo?: boolean },
): Promise<number> {
  const runtime = runtimeOf(io);
  const options = storeOptions(io, opts);
  if (runtime === undefined || options === undefined) {
    return EXIT.badInput;
  }
  const started = await runtime.serve({
    ...(options satisfies RuntimeOptions),
    demo: opts.demo === true,
  });
  if (!started.ok) {
    return runtimeRefused(io, started.issues);
  }
  const s = started.value;
  io.out(`Tonus is serving on ${s.address} (database: ${s.db}). Stop with Ctrl+C.`);
  io.out(
    s.web
      ? `Web app: ${s.address}/ (patients and clinicians)`
      : 'Web app not built: run `npm run build` (the API serves without it).',
  );
  io.out(`API description: ${s.address}/api/openapi.json`);
  if (s.demo.length > 0) {
    io.out('Demo clinic seeded. Sign in with (demo data only, never real patients):');
    for (const d of s.demo) {
      io.out(`  ${d.role.padEnd(9)} ${d.email}  password: ${d.password}`);
    }
  }
  io.out(NOTICE);
  await s.stopped;
  return EXIT.ok;
}
