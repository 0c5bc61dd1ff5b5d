/**
 * @module The real CLI program over the real service runtime for the operator's commands in tests: output
 * captured, a fixed day, and files read from a map instead of the disk.
 */
import { runCli, type CliIo } from '../../src/adapters/cli/index.js';
import { emgHost } from '../../src/adapters/emg/index.js';
import { serviceRuntime } from '../../src/main/runtime.js';
import { VERSION } from '../../src/main/version.js';

export type Tonus = (...args: string[]) => Promise<{ code: number; out: string; err: string }>;

export function operatorCli(
  env: Record<string, string>,
  files: Readonly<Record<string, string>> = {},
): Tonus {
  return async (...args) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      readText: (f) => {
        const text = files[f];
        if (text === undefined) {
          throw Object.assign(new Error(`ENOENT: ${f}`), { code: 'ENOENT' });
        }
        return text;
      },
      isDirectory: () => false,
      listJson: () => [],
      today: () => '2026-11-30',
      progress: () => undefined,
      now: () => 0,
      runtime: serviceRuntime(env),
      emg: emgHost,
      version: VERSION,
    };
    const code = await runCli(args, io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}
