// profile: start bundled tonus serve with --cpu-prof, load GET summary, stop, write profile
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { bundleCli } from '../../test/support/bundle.js';

const cli = await bundleCli('prof');
const dir = mkdtempSync(join(tmpdir(), 'tonus-prof-'));
const profDir = process.env.PROF_DIR ?? '/tmp/perf2/prof';
const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, cli.file, 'serve', '--demo'], {
  env: { ...process.env, TONUS_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', TONUS_LOG_LEVEL: 'silent', TONUS_SCRYPT_LOG2N: '12', TONUS_EMG_WORKER: 'off' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const base: string = await new Promise<string>((res) => {
  let out = '';
  child.stdout.on('data', (d) => { out += d; const m = /serving on (http:\/\/\S+)/.exec(out); if (m?.[1] !== undefined) res(m[1].replace('localhost', '127.0.0.1')); });
  child.stderr.on('data', (d) => process.stderr.write(d));
});
const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ada@demo.tonus.invalid', password: 'demo-patient-2026' }) });
const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0];
const pid = ((await r.json()) as { patientId: string }).patientId;
const url = process.env.PROF_URL === 'health' ? `${base}/api/health` : `${base}/api/patients/${pid}/summary`;
const res = await autocannon({ url, headers: { cookie }, connections: 50, duration: Number(process.env.PROF_SECONDS ?? 8) });
console.log('rps', res.requests.average, 'p50', res.latency.p50, 'p99', res.latency.p99, 'non2xx', res.non2xx, 'errors', res.errors);
child.kill('SIGINT');
await new Promise((r) => child.once('exit', r));
cli.remove();
