/** @module A small seeded synthetic EDF recording with spasms, written with the project's own EMG writer. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSynthetic } from '../../src/app/emg/index.js';
import type { SynthTruth } from '../../src/domain/emg/index.js';
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

/**
 * An EDF+ recording of a rest/task protocol: voluntary bursts only inside the task phases, which the
 * file's annotations mark (rest between them). Returns its bytes and its truth (with the phases).
 */
export async function syntheticTaskEdf(
  dir: string,
  seed = 4,
): Promise<{ path: string; bytes: Buffer; truth: SynthTruth }> {
  const path = join(dir, `tasks-${seed}.edf`);
  const truth = await writeSynthetic(
    {
      seed,
      fs: 1000,
      durationS: 120,
      channels: 1,
      tasks: { count: 3, durationS: [15, 25] },
      bursts: { count: 8, snrDb: 15, durationS: [0.6, 3], minGapS: 1 },
    },
    'edf',
    await createFileSink(path),
  );
  return { path, bytes: readFileSync(path), truth };
}
