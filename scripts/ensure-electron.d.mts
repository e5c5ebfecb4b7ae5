// Types for scripts/ensure-electron.mjs (a plain Node script, so `npm start` needs no build step).
export const MIN_NODE: readonly number[];
export const DEFAULT_TIMEOUT_MS: number;
export interface InstallState {
  installed: boolean;
  binary: string;
  reason: string;
}
export interface InstallResult {
  code: number | null;
  timedOut: boolean;
  stderr: string;
}
export type Installer = (
  pkgDir: string,
  options: { env: NodeJS.ProcessEnv; timeoutMs: number },
) => Promise<InstallResult>;
export function platformPath(platform?: string): string;
export function findElectronPackage(env?: NodeJS.ProcessEnv): string | null;
export function electronInstallState(
  pkgDir: string,
  env?: NodeJS.ProcessEnv,
  platform?: string,
): InstallState;
export function nodeIsSupported(version?: string): boolean;
export function failureMessage(
  kind: 'node' | 'missing' | 'download' | 'timeout',
  detail?: string,
): string;
export const runInstaller: Installer;
export function installerReason(stderr: string): string;
export function ensureElectron(options?: {
  env?: NodeJS.ProcessEnv;
  nodeVersion?: string;
  install?: Installer;
  log?: (message: string) => void;
  error?: (message: string) => void;
  timeoutMs?: number;
}): Promise<number>;
