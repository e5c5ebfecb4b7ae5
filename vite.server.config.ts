// The sync server (src/server) as one Node ES module in out/server/main.js: our TypeScript and
// src/shared bundled, npm packages left to node_modules. No Electron, no browser.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  // The same alias as the app's builds, without their React and renderer settings.
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  build: {
    ssr: resolve(import.meta.dirname, 'src/server/main.ts'),
    outDir: resolve(import.meta.dirname, process.env.VP_SERVER_OUT ?? 'out/server'),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rolldownOptions: { output: { entryFileNames: 'main.js' } },
  },
});
