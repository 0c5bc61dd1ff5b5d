/**
 * @module The CLI bundled with esbuild under node_modules, so a child `tonus serve` starts as plain
 * Node (packages stay external) instead of loading TypeScript file by file. The EMG analysis worker is
 * bundled beside it as `analysis-worker.js`, where the worker client of built code looks for it, so
 * the child's EMG jobs run as they do from `npm run build`. Each bundle has a folder of its own.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function bundleCli(name: string): Promise<{ file: string; remove: () => void }> {
  // two folders below the project, as src/main is: the composition root reads ../../package.json
  const dir = join('node_modules', `.tonus-test-${name}-${process.pid}`);
  await build({
    entryPoints: {
      cli: 'src/main/cli.ts',
      'analysis-worker': 'src/adapters/emg/analysis-worker.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: dir,
    logLevel: 'silent',
  });
  return {
    file: join(dir, 'cli.js'),
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
