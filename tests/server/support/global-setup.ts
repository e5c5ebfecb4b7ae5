// Builds the sync server once for the server test project, as `npm run sync-server` does, so the
// tests run the very program an agency runs (as child processes they can SIGKILL).
import { resolve } from 'node:path';
import { build } from 'vite';
import { SERVER_OUT } from './nodes';

export default async function setup(): Promise<void> {
  await buildServer(SERVER_OUT);
}

/**
 * Builds the server into `outDir`. A Playwright run builds into its own folder: the server
 * tests of another run on the same checkout empty SERVER_OUT while they build.
 */
export async function buildServer(outDir: string): Promise<void> {
  await build({
    configFile: resolve(import.meta.dirname, '../../../vite.server.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
}
