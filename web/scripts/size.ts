/**
 * @module Prints the gzip size of the patient bundle (the entry chunk, everything it imports statically and
 * its CSS: what a patient's first visit downloads; clinician screens and the chart load on demand) and of
 * every chunk; fails above the budget of 150 KB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'web/dist';
const BUDGET = 150 * 1000;

interface Chunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;
const gz = (file: string): number => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

const seen = new Set<string>();
function collect(key: string): void {
  const c = manifest[key];
  if (c === undefined || seen.has(c.file)) {
    return;
  }
  seen.add(c.file);
  for (const css of c.css ?? []) {
    seen.add(css);
  }
  for (const i of c.imports ?? []) {
    collect(i);
  }
}
for (const [key, c] of Object.entries(manifest)) {
  if (c.isEntry === true) {
    collect(key);
  }
}
seen.add('index.html');
const patient = [...seen].reduce((s, f) => s + gz(f), 0);
const all = [...new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])]))];
for (const f of all.sort()) {
  process.stdout.write(
    `  ${f.padEnd(48)} ${(gz(f) / 1000).toFixed(1).padStart(7)} KB gzip${seen.has(f) ? '  (patient bundle)' : ''}\n`,
  );
}
process.stdout.write(
  `patient bundle: ${(patient / 1000).toFixed(1)} KB gzip (budget ${BUDGET / 1000} KB)\n`,
);
if (patient > BUDGET) {
  process.stderr.write('the patient bundle is over its budget\n');
  process.exit(1);
}
