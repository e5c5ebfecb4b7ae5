// Web edition: the same renderer, served from any static web server (intranet) or `vite preview`.
// The browser host (src/renderer/host/browser.ts) replaces the Electron bridge at run time.
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { rendererConfig } from './vite.renderer.ts';
import { buildCsp } from './src/shared/security/csp.ts';
import { withCspMeta } from './src/shared/security/csp-meta.ts';

const base = rendererConfig(resolve(import.meta.dirname, 'out/web'));

/**
 * The self-only policy as a meta tag in the built index.html, so any static server delivers the
 * page guarded (F2). Build only: the dev server's inline React refresh script would be blocked,
 * and the desktop build gets its policy, with the configured servers, from main's header.
 */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'verbundplaner-csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withCspMeta(html, buildCsp()) },
  };
}

export default defineConfig({
  ...base,
  plugins: [...(base.plugins ?? []), cspMetaPlugin()],
  preview: {
    port: Number(process.env.VP_WEB_PORT ?? 4173),
    strictPort: true,
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': buildCsp() },
  },
});
