// Renderer build settings shared by the Electron build (electron.vite.config.ts) and the web
// edition (vite.web.config.ts), so both editions bundle exactly the same UI.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

export const rendererRoot = resolve(import.meta.dirname, 'src/renderer');

export const sharedAlias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
};

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
  version: string;
};

/**
 * `npm run bench` builds the in-page data-layer benchmarks into the web build as /bench.js
 * (VP_BENCH_PAGE=1); a normal build does not contain them.
 */
const BENCH_ENTRY = resolve(import.meta.dirname, 'tests/bench/browser/page/bench-page.ts');

export function rendererConfig(outDir: string): UserConfig {
  const benchPage = process.env.VP_BENCH_PAGE === '1';
  return {
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    root: rendererRoot,
    base: './',
    resolve: { alias: sharedAlias },
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2023',
      sourcemap: false,
      chunkSizeWarningLimit: 2500,
      rolldownOptions: benchPage
        ? {
            input: { index: resolve(rendererRoot, 'index.html'), bench: BENCH_ENTRY },
            // A fixed name, so the browser benchmarks can import it.
            output: {
              entryFileNames: (chunk) =>
                chunk.name === 'bench' ? 'bench.js' : 'assets/[name]-[hash].js',
            },
          }
        : { input: resolve(rendererRoot, 'index.html') },
    },
  };
}
