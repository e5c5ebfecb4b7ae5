// The test-only override of Electron's user-data folder (VP_USER_DATA_DIR), so every end-to-end
// run starts with empty storage. A packaged app ignores it: users cannot be redirected by an
// environment variable to a folder someone else prepared.
import { isAbsolute, resolve } from 'node:path';

export const USER_DATA_ENV = 'VP_USER_DATA_DIR';

export function userDataOverride(
  env: Readonly<Record<string, string | undefined>>,
  packaged: boolean,
): string | null {
  if (packaged) return null;
  const value = env[USER_DATA_ENV]?.trim();
  if (!value || !isAbsolute(value) || value.includes('\0')) return null;
  return resolve(value);
}
