/** @module A small seeded synthetic EDF recording with spasms, written with the project's own EMG writer. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSynthetic } from '../../src/app/emg/index.js';
import { createFileSink } from '../../src/adapters/emg/index.js';

/** Writes the recording to `dir` and returns its path and its bytes. */
export async function syntheticEdf(
  dir: string,
  seed = 3,
  durationS = 20,
): Promise<{ path: string; bytes: Buffer }> {
  const path = join(dir, `synthetic-${seed}.edf`);
  await writeSynthetic(
    { seed, fs: 1000, durationS, channels: 2, spasms: { count: 3 } },
    'edf',
    await createFileSink(path),
  );
  return { path, bytes: readFileSync(path) };
}
