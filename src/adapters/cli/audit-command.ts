/** @module `tonus audit`: the audit log at the host's command line, through the same use case as `GET /api/audit`. */
import type { Command } from 'commander';
import { listAudit } from '../../app/audit/index.js';
import { issueText } from '../../i18n/index.js';
import { EXIT, type CliIo } from './io.js';
import { runtimeOf, runtimeRefused, storeOptions } from './runtime-options.js';
import { plural } from '../../i18n/plural.js';

interface AuditFlags {
  data?: string;
  patient?: string;
  actor?: string;
  action?: string;
  since?: string;
  limit?: string;
  json?: boolean;
}

export function addAuditCommand(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command('audit')
    .description(
      'print the audit log, newest first (who, role, action, resource, outcome, time, request id)',
    )
    .option(
      '--data <dir>',
      'data folder (default: TONUS_DATA_DIR or ./data); DATABASE_URL selects PostgreSQL',
    )
    .option('--patient <id>', 'only entries about this patient')
    .option('--actor <id>', 'only entries by this user')
    .option('--action <action>', 'only this action, e.g. diary.create')
    .option('--since <instant>', 'only entries at or after this ISO-8601 UTC instant')
    .option('--limit <n>', 'at most this many entries (1–1000, default 100)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ tonus audit --action auth.login --limit 20')
    .action(async (flags: AuditFlags) => {
      setCode(await audit(io, flags));
    });
}

async function audit(io: CliIo, flags: AuditFlags): Promise<number> {
  const runtime = runtimeOf(io);
  const options = storeOptions(io, flags);
  if (runtime === undefined || options === undefined) {
    return EXIT.badInput;
  }
  const opened = await runtime.openStore(options);
  if (!opened.ok) {
    return runtimeRefused(io, opened.issues);
  }
  try {
    const query = {
      ...(flags.patient === undefined ? {} : { patientId: flags.patient }),
      ...(flags.actor === undefined ? {} : { actorId: flags.actor }),
      ...(flags.action === undefined ? {} : { action: flags.action }),
      ...(flags.since === undefined ? {} : { since: flags.since }),
      ...(flags.limit === undefined ? {} : { limit: flags.limit }),
    };
    const r = await listAudit(
      opened.value.deps,
      { actor: { kind: 'operator' }, requestId: null },
      query,
    );
    if (!r.ok) {
      for (const i of r.issues) {
        io.err(`error: --${String(i.path[0] ?? 'query')}: ${issueText(i)} [${i.code}]`);
      }
      return EXIT.badInput;
    }
    if (flags.json === true) {
      io.out(JSON.stringify(r.value, null, 2));
    } else {
      io.out('at\tactor role\tactor\taction\tresource\tpatient\toutcome\trequest');
      for (const e of r.value) {
        io.out(
          [
            e.at,
            e.actorRole,
            e.actorId ?? '-',
            e.action,
            `${e.resourceType}:${e.resourceId ?? '-'}`,
            e.patientId ?? '-',
            e.outcome,
            e.requestId ?? '-',
          ].join('\t'),
        );
      }
      io.err(plural('en', r.value.length, { one: '# entry', other: '# entries' }));
    }
    return EXIT.ok;
  } finally {
    await opened.value.close();
  }
}
