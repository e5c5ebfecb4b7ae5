// Main's own settings (settings.json in the user-data folder): today the servers the app's CSP
// admits. Main keeps them, not the renderer, because the policy that restrains the renderer must
// not be widened by whatever runs in it without going through the validated settings channel.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { networkHostsSchema, type NetworkHosts } from '@shared/ipc/contract';
import type { Service } from '../ipc';
import { atomicWriteFile, codeOf } from './files';

export const SETTINGS_FILE = 'settings.json';

const settingsFileSchema = z.strictObject({
  version: z.literal(1),
  networkHosts: networkHostsSchema,
});
type SettingsFile = z.infer<typeof settingsFileSchema>;

export interface SettingsService {
  /** Reads the file once at start-up; a missing or damaged file means no extra servers. */
  load(): Promise<void>;
  /** The current servers, synchronously: the app:// protocol asks on every response. */
  networkHosts(): NetworkHosts;
  setNetworkHosts(hosts: NetworkHosts): Promise<NetworkHosts>;
}

export interface SettingsServiceOptions {
  dir: string;
  logError?: (message: string, detail: unknown) => void;
}

const copy = (hosts: NetworkHosts): NetworkHosts => ({
  tileHosts: [...hosts.tileHosts],
  connectHosts: [...hosts.connectHosts],
});

export function createSettingsService(options: SettingsServiceOptions): SettingsService {
  const path = join(options.dir, SETTINGS_FILE);
  const logError = options.logError ?? ((message, detail) => console.error(message, detail));
  let current: SettingsFile = { version: 1, networkHosts: { tileHosts: [], connectHosts: [] } };

  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if (codeOf(error) !== 'ENOENT') logError('settings.json could not be read', error);
        return;
      }
      try {
        current = settingsFileSchema.parse(JSON.parse(text));
      } catch (error) {
        // Falling back to no servers is the safe side: the policy stays self-only.
        logError('settings.json is damaged; no extra servers are admitted', error);
      }
    },
    networkHosts: () => copy(current.networkHosts),
    async setNetworkHosts(hosts) {
      const next: SettingsFile = { version: 1, networkHosts: networkHostsSchema.parse(hosts) };
      await atomicWriteFile(path, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
      current = next;
      return copy(next.networkHosts);
    },
  };
}

type SettingsChannel = 'settings:networkHosts' | 'settings:setNetworkHosts';

export function settingsServices(settings: SettingsService): {
  [C in SettingsChannel]: Service<C>;
} {
  return {
    'settings:networkHosts': () => settings.networkHosts(),
    'settings:setNetworkHosts': (hosts) => settings.setNetworkHosts(hosts),
  };
}
