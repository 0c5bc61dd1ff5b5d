/**
 * @module The CLI bundled with esbuild into one file under node_modules/.cache, so a child `tonus serve`
 * starts as plain Node (packages stay external) instead of loading TypeScript file by file.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function bundleCli(name: string): Promise<{ file: string; remove: () => void }> {
  const file = join('node_modules', '.cache', 'tonus-test', `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: ['src/main/cli.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: file,
    logLevel: 'silent',
  });
  return {
    file,
    remove: () => {
      rmSync(file, { force: true });
    },
  };
}
