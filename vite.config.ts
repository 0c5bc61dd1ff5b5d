/**
 * @module The web app's build: React, one patient entry (clinician screens load on demand), a manifest for the
 * size report, and the service worker written with the list of every built file so the app opens offline.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

function serviceWorker(): Plugin {
  return {
    name: 'tonus-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => !f.startsWith('.vite/'))
        .concat(['manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png'])
        .map((f) => `/${f}`)
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync('web/sw.template.js', 'utf8')
        .replace('self.__TONUS_PRECACHE__', JSON.stringify(files))
        .replace('self.__TONUS_VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [react(), serviceWorker()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    reportCompressedSize: false,
    // the clinician chunk carries the engine; the patient bundle's budget is checked by web/scripts/size.ts
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
