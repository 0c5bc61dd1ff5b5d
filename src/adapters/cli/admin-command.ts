/** @module `tonus admin create`: the operator creates an admin account (the password from the environment). */
import type { Command } from 'commander';
import { createAdmin } from '../../app/accounts/index.js';
import { issueText } from '../../i18n/index.js';
import { EXIT, type CliIo } from './io.js';
import { runtimeOf, runtimeRefused, storeOptions } from './runtime-options.js';

interface AdminFlags {
  email: string;
  name: string;
  data?: string;
}

export function addAdminCommand(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command('admin')
    .description('operator tasks on accounts')
    .command('create')
    .description('create an admin account; the password is read from TONUS_ADMIN_PASSWORD')
    .requiredOption('--email <email>', 'the admin’s sign-in email')
    .requiredOption('--name <name>', 'the admin’s name')
    .option(
      '--data <dir>',
      'data folder (default: TONUS_DATA_DIR or ./data); DATABASE_URL selects PostgreSQL',
    )
    .addHelpText(
      'after',
      '\nExample:\n  $ TONUS_ADMIN_PASSWORD=… tonus admin create --email it@clinic.example --name "Clinic IT"',
    )
    .action(async (flags: AdminFlags) => {
      setCode(await create(io, flags));
    });
}

async function create(io: CliIo, flags: AdminFlags): Promise<number> {
  const runtime = runtimeOf(io);
  const options = storeOptions(io, flags);
  if (runtime === undefined || options === undefined) {
    return EXIT.badInput;
  }
  const password = runtime.secret('TONUS_ADMIN_PASSWORD');
  if (password === undefined) {
    io.err(
      'error: TONUS_ADMIN_PASSWORD: set it to the new admin’s password (at least 10 characters)',
    );
    return EXIT.badInput;
  }
  const opened = await runtime.openStore({ ...options, create: true });
  if (!opened.ok) {
    return runtimeRefused(io, opened.issues);
  }
  try {
    const r = await createAdmin(
      opened.value.deps,
      { actor: { kind: 'operator' }, requestId: null },
      {
        email: flags.email,
        name: flags.name,
        password,
      },
    );
    if (!r.ok) {
      for (const i of r.issues) {
        const field =
          i.path[0] === 'password' ? 'TONUS_ADMIN_PASSWORD' : `--${String(i.path[0] ?? 'email')}`;
        io.err(`error: ${field}: ${issueText(i)} [${i.code}]`);
      }
      return EXIT.badInput;
    }
    io.out(`created admin ${r.value.email} (${r.value.id})`);
    return EXIT.ok;
  } finally {
    await opened.value.close();
  }
}
