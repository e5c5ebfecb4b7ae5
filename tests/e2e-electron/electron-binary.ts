// Finds the Electron executable the way node_modules/electron/index.js does, but without its
// side effect: requiring that module starts a download when the binary is missing (electron ≥ 42
// fetches it lazily), which on an offline machine hangs or fails instead of letting us skip.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary =
  { available: true; path: string } | { available: false; reason: string };

function platformPath(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

export function findElectronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { available: false, reason: 'The electron package is not installed (run npm install).' };
  }
  let relative = platformPath();
  try {
    relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim() || relative;
  } catch {
    // path.txt is written by the download; without it the binary has never been fetched.
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override ? join(override, relative) : join(packageDir, 'dist', relative);
  if (existsSync(path)) return { available: true, path };
  return {
    available: false,
    reason:
      'Electron binary not available on this machine (it is downloaded on first launch, which ' +
      `needs internet): ${path}. Fetch it with \`npx install-electron\` or start the app once.`,
  };
}
