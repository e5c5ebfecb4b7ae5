// Web edition: the same renderer, served from any static web server (intranet) or `vite preview`.
// The browser host (src/renderer/host/browser.ts) replaces the Electron bridge at run time.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.ts';
import { buildCsp } from './src/shared/security/csp.ts';

const base = rendererConfig(resolve(import.meta.dirname, 'out/web'));

export default defineConfig({
  ...base,
  preview: {
    port: Number(process.env.VP_WEB_PORT ?? 4173),
    strictPort: true,
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': buildCsp() },
  },
});
