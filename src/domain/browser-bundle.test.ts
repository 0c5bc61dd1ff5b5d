import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { strainAda } from '../../test/fixtures/assessments.js';
import type * as Domain from './index.js';

/**
 * The domain bundled as a browser would load it, then run where only the JavaScript built-ins and the
 * WHATWG text codecs exist: no `process`, no `Buffer`, no `require`, no `node:*`.
 */
describe('the domain in a browser', () => {
  test('bundles for the browser platform and assesses a patient with no Node.js globals', async () => {
    const out = await build({
      entryPoints: ['src/domain/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'Tonus',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/\brequire\(|node:/);
    const sandbox: Record<string, unknown> = { TextDecoder, TextEncoder };
    runInNewContext(`${code}\nglobalThis.Tonus = Tonus;`, sandbox);
    const domain = sandbox.Tonus as typeof Domain;
    const parsed = domain.assessment.parseAssessment(strainAda);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) {
      return;
    }
    const result = domain.engine.assess(parsed.value, { audience: 'patient', asOf: '2026-11-25' });
    expect(result.triage.level).toBe('self_care');
    expect(result.groups[0]?.group).toBe('muscle');
  });
});
