/** @module A small seeded synthetic EDF recording with spasms, written with the project's own EMG writer. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SynthSpec, SynthStream } from '../../src/domain/emg/index.js';
import { writeRecording } from '../../src/adapters/emg/write.js';

export function syntheticEdf(dir: string, seed = 3, durationS = 20): Buffer {
  const path = join(dir, `synthetic-${seed}.edf`);
  const spec = SynthSpec.parse({ seed, fs: 1000, durationS, channels: 2, spasms: { count: 3 } });
  writeRecording(path, 'edf', new SynthStream(spec));
  return readFileSync(path);
}
