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

export function rendererConfig(outDir: string): UserConfig {
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
      rolldownOptions: { input: resolve(rendererRoot, 'index.html') },
    },
  };
}
