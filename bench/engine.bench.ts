/**
 * @module Benchmark of one full assessment (evidence, classifier, triage, next tests and questions,
 * plan) on one core, over the bundled public cases repeated. Prints assessments per second and the
 * p50/p99 latency of a single assessment. Targets: ≥ 10,000 per second and p99 < 1 ms.
 */
import { cpus } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { parseCase, type ParsedCase } from '../src/domain/cases/index.js';
import { assess } from '../src/domain/engine/index.js';

const DIR = 'cases/public';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1500);

const cases: ParsedCase[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const r = parseCase(JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')));
    if (!r.ok) {
      throw new Error(`${f} does not load`);
    }
    return r.value;
  });

function once(c: ParsedCase, audience: 'patient' | 'clinician'): number {
  const t0 = process.hrtime.bigint();
  const r = assess(c.parsed, { audience, asOf: '2026-11-25' });
  const dt = Number(process.hrtime.bigint() - t0);
  if (r.differential.length === 0) {
    throw new Error('empty result');
  }
  return dt;
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function run(audience: 'patient' | 'clinician'): void {
  for (let i = 0; i < 200; i++) {
    for (const c of cases) {
      once(c, audience);
    }
  }
  const n = ROUNDS * cases.length;
  const lat = new Float64Array(n);
  const start = process.hrtime.bigint();
  let k = 0;
  for (let i = 0; i < ROUNDS; i++) {
    for (const c of cases) {
      lat[k++] = once(c, audience);
    }
  }
  const wallS = Number(process.hrtime.bigint() - start) / 1e9;
  lat.sort();
  const us = (ns: number): string => (ns / 1000).toFixed(1);
  console.log(
    `${audience.padEnd(9)} ${n} assessments in ${wallS.toFixed(2)} s: ${(n / wallS).toFixed(0)} per second; ` +
      `latency p50 ${us(quantile(lat, 0.5))} µs, p99 ${us(quantile(lat, 0.99))} µs, max ${us(lat[n - 1] ?? NaN)} µs`,
  );
}

console.log(
  `engine benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, one thread, ${cases.length} public cases × ${ROUNDS}`,
);
run('clinician');
run('patient');
console.log('targets: ≥ 10000 per second, p99 < 1000 µs');
