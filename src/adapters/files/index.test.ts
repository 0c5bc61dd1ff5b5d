import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { diskFileStore } from './index.js';

describe('the disk file store keeps a file only when asked', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tonus-files-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const o = { limitBytes: 1000, headBytes: 4 };
  async function* chunks(...parts: (string | Error)[]): AsyncIterable<Uint8Array> {
    for (const p of parts) {
      if (p instanceof Error) {
        throw p;
      }
      yield Buffer.from(p);
      await Promise.resolve();
    }
  }

  test('a kept file is named by its hash and extension; its first bytes come back for checking', async () => {
    const staged = await diskFileStore(dir).put(chunks('ab', 'cdef'), 'rest.EDF', o);
    expect(staged.ok).toBe(true);
    if (!staged.ok) {
      return;
    }
    expect(Buffer.from(staged.value.head).toString()).toBe('abcd');
    staged.value.keep();
    staged.value.discard();
    const sha = createHash('sha256').update('abcdef').digest('hex');
    expect(readdirSync(dir)).toEqual([`${sha}.edf`]);
    expect(readFileSync(join(dir, `${sha}.edf`), 'utf8')).toBe('abcdef');
  });

  test('a discarded file leaves nothing, and neither does a broken stream or one over the limit', async () => {
    const store = diskFileStore(dir);
    const staged = await store.put(chunks('abc'), 'rest.edf', o);
    expect(staged.ok && staged.value.head.length).toBe(3);
    if (staged.ok) {
      staged.value.discard();
      staged.value.keep();
    }
    const broken = await store.put(chunks('abc', new Error('aborted')), 'rest.edf', o);
    expect(broken.ok ? null : broken.issues[0]?.code).toBe('request.invalid');
    const big = await store.put(chunks('x'.repeat(600), 'y'.repeat(600)), 'rest.edf', o);
    expect(big.ok ? null : big.issues[0]?.code).toBe('request.too_large');
    expect(readdirSync(dir)).toEqual([]);
  });
});
