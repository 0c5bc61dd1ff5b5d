/** @module Options shared by the service commands: the runtime port, `--port` and `--data`. */
import type { RuntimeOptions, ServiceRuntime } from '../../app/runtime/index.js';
import type { DomainIssue } from '../../domain/shared/index.js';
import { issueText } from '../../i18n/index.js';
import { EXIT, type CliIo } from './io.js';

export function runtimeOf(io: CliIo): ServiceRuntime | undefined {
  if (io.runtime === undefined) {
    io.err('error: this build of tonus has no service runtime');
  }
  return io.runtime;
}

/** `undefined` (after saying why) when an option is malformed. */
export function storeOptions(
  io: CliIo,
  opts: { port?: string; data?: string },
): RuntimeOptions | undefined {
  let port: number | undefined;
  if (opts.port !== undefined) {
    port = Number(opts.port);
    if (!/^\d{1,5}$/.test(opts.port) || port > 65535) {
      io.err(
        `error: --port: must be a whole number from 0 to 65535 (got ${JSON.stringify(opts.port)})`,
      );
      return undefined;
    }
  }
  return {
    ...(port === undefined ? {} : { port }),
    ...(opts.data === undefined ? {} : { dataDir: opts.data }),
  };
}

/**
 * Says why the runtime refused, one line per issue, and returns the exit code: 69 when the database could not
 * be reached or opened (the operator fixes it outside Tonus), 2 for anything else refused.
 */
export function runtimeRefused(io: CliIo, issues: readonly DomainIssue[]): number {
  for (const i of issues) {
    io.err(`error: ${issueText(i)} [${i.code}]`);
  }
  return issues.some((i) => i.code === 'operator.database_unavailable')
    ? EXIT.unavailable
    : EXIT.badInput;
}
