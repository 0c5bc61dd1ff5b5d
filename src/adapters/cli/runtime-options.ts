/** @module Options shared by the service commands: the runtime port, `--port` and `--data`. */
import type { RuntimeOptions, ServiceRuntime } from '../../app/runtime/index.js';
import type { CliIo } from './io.js';

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
