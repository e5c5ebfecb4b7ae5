// Electron build: main (Node, externalised deps), preload (sandboxed, so one self-contained
// CommonJS file) and the renderer (same settings as the web edition).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig, sharedAlias } from './vite.renderer.ts';

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron'): bundle everything else into it.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/main/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig(resolve(import.meta.dirname, 'out/renderer')),
});
