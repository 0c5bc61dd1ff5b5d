import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AnalyzeRequest,
  analyzeRecording,
  EmgAnalysisView,
  openRecording,
  toEmgAnalysisView,
} from '../../app/emg/index.js';
import { EMG_EN, NOTICE } from '../../i18n/index.js';
import { analyzeFileInWorker, openFileBytes } from './index.js';
import { writeEdf } from '../../../test/fixtures/emg-recordings.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tonus-emg-worker-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('an EMG analysis in a worker thread', () => {
  test('gives the view the same analysis gives in this thread, with progress on the way', async () => {
    const file = join(dir, 'short.edf');
    writeEdf(file, 2, 60);
    const progress: number[] = [];
    const r = await analyzeFileInWorker(
      {
        path: file,
        kind: 'edf',
        request: { plot: { fromS: 0, toS: 10 } },
        file: 'short.edf',
        plot: true,
      },
      (doneS) => progress.push(doneS),
    );
    if (!r.ok) {
      throw new Error(JSON.stringify(r.issues));
    }
    const bytes = await openFileBytes(file);
    if (!bytes.ok) {
      throw new Error('the file opens');
    }
    const source = await openRecording(bytes.value, 'edf');
    if (!source.ok) {
      throw new Error('the recording opens');
    }
    const here = await analyzeRecording(
      source.value,
      AnalyzeRequest.parse({ plot: { fromS: 0, toS: 10 } }),
    );
    await source.value.close();
    if (!here.ok) {
      throw new Error('the analysis runs');
    }
    const view = toEmgAnalysisView(here.value, { emg: EMG_EN, notice: NOTICE }, 'short.edf');
    expect(EmgAnalysisView.parse(r.value.view)).toEqual(view);
    expect(view.channels[0]?.bursts.length).toBeGreaterThanOrEqual(12);
    expect(r.value.svg).toMatch(/^<svg /);
    expect(progress.length).toBeGreaterThanOrEqual(1);
  });

  test('refuses what is not a recording with the same issues, and a missing file with its system error', async () => {
    const r = await analyzeFileInWorker({
      path: '/dev/zero',
      kind: 'auto',
      request: {},
      file: null,
      plot: false,
    });
    expect(r.ok ? null : r.issues[0]?.code).toBe('emg.not_a_file');
    const bad = await analyzeFileInWorker({
      path: join(dir, 'short.edf'),
      kind: 'edf',
      request: { fromS: -1 },
      file: null,
      plot: false,
    });
    expect(bad.ok ? null : bad.issues[0]).toMatchObject({
      code: 'input.out_of_range',
      path: ['fromS'],
    });
    await expect(
      analyzeFileInWorker({
        path: join(dir, 'none.edf'),
        kind: 'edf',
        request: {},
        file: null,
        plot: false,
      }),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('from plain node, on the JavaScript the build makes, without tsx', () => {
    // the build's JavaScript, made here by TypeScript's own transpiler (no type check: npm test does that)
    const out = mkdtempSync(join(root, 'node_modules', '.cache-tonus-plain-node-'));
    try {
      const walk = (d: string): string[] =>
        readdirSync(d).flatMap((f) => {
          const p = join(d, f);
          return statSync(p).isDirectory() ? walk(p) : [p];
        });
      for (const src of walk(join(root, 'src')).filter(
        (p) => p.endsWith('.ts') && !p.endsWith('.test.ts'),
      )) {
        const js = ts.transpileModule(readFileSync(src, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        }).outputText;
        const dest = join(out, relative(root, src)).replace(/\.ts$/, '.js');
        mkdirSync(dirname(dest), { recursive: true });
        writeFileSync(dest, js);
      }
      writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
      const file = join(dir, 'short.edf');
      writeFileSync(
        join(out, 'run.mjs'),
        `import { analyzeFileInWorker } from './src/adapters/emg/index.js';
const r = await analyzeFileInWorker({ path: ${JSON.stringify(file)}, kind: 'edf', request: {}, file: null, plot: false });
console.log(JSON.stringify({ ok: r.ok, bursts: r.ok ? r.value.view.channels.map((c) => c.bursts.length) : r.issues }));`,
      );
      const run = spawnSync(process.execPath, [join(out, 'run.mjs')], {
        encoding: 'utf8',
        timeout: 60_000,
        // no loader of any kind: the worker must start from JavaScript alone
        env: { ...process.env, NODE_OPTIONS: '' },
      });
      expect(run.stderr).toBe('');
      const doc = JSON.parse(run.stdout.trim());
      expect(doc.ok).toBe(true);
      expect(doc.bursts[0]).toBeGreaterThanOrEqual(12);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
