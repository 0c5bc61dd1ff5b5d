/** @module A real `tonus serve` child process (of a bundled CLI) on a free port, for crash and operator tests. */
import { spawn, type ChildProcess } from 'node:child_process';

export function startChild(
  cli: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', TONUS_EMG_WORKER: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${out}`));
    }, 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ child, base: m[1].replace('localhost', '127.0.0.1') });
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`server exited: ${out}`));
    });
  });
}

/** Kills the child with SIGKILL (no clean-up of any kind) and waits until it has gone. */
export async function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  child.kill('SIGKILL');
  await exited;
}
