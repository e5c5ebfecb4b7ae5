// Builds the sync server once for the server test project, as `npm run sync-server` does, so the
// tests run the very program an agency runs (as child processes they can SIGKILL).
import { resolve } from 'node:path';
import { build } from 'vite';
import { SERVER_OUT } from './nodes';

export default async function setup(): Promise<void> {
  await build({
    configFile: resolve(import.meta.dirname, '../../../vite.server.config.ts'),
    build: { outDir: SERVER_OUT, emptyOutDir: true },
    logLevel: 'warn',
  });
}
