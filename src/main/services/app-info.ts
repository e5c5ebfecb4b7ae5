// app:info: what the About box and diagnostics show about this build and its runtime.
import type { AppInfo } from '@shared/ipc/contract';

export interface AppInfoSource {
  name: string;
  version: string;
  packaged: boolean;
  /** Defaults to the running process; injectable so tests need no Electron. */
  versions?: Readonly<Record<string, string | undefined>>;
  platform?: NodeJS.Platform;
}

export function createAppInfoService(source: AppInfoSource): () => AppInfo {
  const versions = source.versions ?? process.versions;
  return () => ({
    name: source.name,
    version: source.version,
    host: 'electron',
    electron: versions.electron ?? null,
    chrome: versions.chrome ?? null,
    platform: source.platform ?? process.platform,
    packaged: source.packaged,
  });
}
