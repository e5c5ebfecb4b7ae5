// Finds the Electron executable the way `npm start` checks it (scripts/ensure-electron.mjs), but
// without the download: requiring the electron module starts one when the binary is missing
// (electron ≥ 42 fetches it lazily), which on an offline machine fails instead of letting us skip.
import { electronInstallState, findElectronPackage } from '../../scripts/ensure-electron.mjs';

export type ElectronBinary =
  { available: true; path: string } | { available: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  const packageDir = findElectronPackage();
  if (!packageDir) {
    return { available: false, reason: 'The electron package is not installed (run npm install).' };
  }
  const state = electronInstallState(packageDir);
  if (state.installed) return { available: true, path: state.binary };
  return {
    available: false,
    reason:
      `Electron binary not available on this machine (${state.reason}); it is downloaded on the ` +
      'first `npm start`, which needs internet. Fetch it with `node scripts/ensure-electron.mjs`.',
  };
}
