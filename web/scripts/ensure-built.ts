/**
 * @module `npm start` on a fresh checkout (and the e2e tests): builds the web app when `web/dist` is missing or
 * older than its sources, so `npm install && npm start` opens onto the app; otherwise returns at once.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const OUT = 'web/dist/index.html';
// the app bundles the domain core and the use cases as well as the wording: a knowledge-base change (a rule, a
// question) must rebuild it, or `npm start` serves the old rules beside a server that runs the new ones
const SOURCES = [
  'web/src',
  'web/public',
  'web/index.html',
  'web/sw.template.js',
  'src/i18n',
  'src/domain',
  'src/app',
  'vite.config.ts',
];

function newest(path: string): number {
  if (!existsSync(path)) {
    return 0;
  }
  const s = statSync(path);
  if (!s.isDirectory()) {
    return s.mtimeMs;
  }
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** Builds the app if it is stale; returns whether it built. */
export async function ensureWebBuilt(): Promise<boolean> {
  const built = existsSync(OUT) ? statSync(OUT).mtimeMs : 0;
  if (built >= Math.max(...SOURCES.map(newest))) {
    return false;
  }
  // a test runner sets NODE_ENV=test, which would make Vite build React's development bundle
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
  } finally {
    if (env === undefined) {
      delete process.env.NODE_ENV;
    } else {
      process.env.NODE_ENV = env;
    }
  }
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (await ensureWebBuilt()) {
    process.stdout.write('Built the web app into web/dist (`npm run build` does it by hand).\n');
  }
}
