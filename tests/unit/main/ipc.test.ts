// handle(): the sender-origin check, strict input parsing with size caps, error mapping and the
// output check, driven through a plain registry in place of ipcMain.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createVaultService } from '@shared/crypto';
import { CHANNELS, MAX_SAVE_BYTES } from '@shared/ipc/contract';
import type { VaultStatus } from '@shared/crypto/vault-api';
import type { AppInfo } from '@shared/ipc/contract';
import { CodedError } from '@shared/result';
import type { Result } from '@shared/result';
import { buildCsp } from '@shared/security/csp';
import { handle, registerIpc } from '../../../src/main/ipc';
import type { IpcEventLike, IpcRegistry, Services } from '../../../src/main/ipc';
import { backupServices, createBackupService } from '../../../src/main/services/backups';
import {
  createSettingsService,
  SETTINGS_FILE,
  settingsServices,
} from '../../../src/main/services/settings';
import { createFileVaultStore, vaultServices } from '../../../src/main/services/vault';

// The Electron binary cannot run here; ipc.ts only needs ipcMain for its production wiring,
// which these tests replace with a plain registry.
vi.mock('electron', () => ({ ipcMain: { handle: () => undefined } }));

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

function fakeRegistry() {
  const listeners = new Map<string, Listener>();
  const ipc: IpcRegistry = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const invoke = async (channel: string, input: unknown, from: IpcEventLike = appFrame) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no listener for ${channel}`);
    return (await listener(from, input)) as Result<unknown>;
  };
  return { ipc, listeners, invoke };
}

const appFrame: IpcEventLike = {
  senderFrame: { url: 'app://verbundplaner/index.html#/einsaetze' },
};
const frameAt = (url: string): IpcEventLike => ({ senderFrame: { url } });
const logs: unknown[] = [];
const options = {
  trustedOrigins: ['app://verbundplaner'],
  logError: (message: string, detail: unknown) => void logs.push([message, detail]),
};

const info: AppInfo = {
  name: 'Verbundplaner',
  version: '0.1.0',
  host: 'electron',
  electron: '45.4.1',
  chrome: '142.0.0.0',
  platform: 'linux',
  packaged: false,
};

const saveRequest = {
  suggestedName: 'Einsatzplan.docx',
  data: new Uint8Array([1, 2, 3]),
  filters: [{ name: 'Word', extensions: ['docx'] }],
};

function setup<C extends keyof Services>(channel: C, service: Services[C]) {
  const registry = fakeRegistry();
  handle(registry.ipc, channel, service, options);
  return registry;
}

describe('handle()', () => {
  it('accepts a valid call from the app origin and returns the value', async () => {
    const saveAs = vi.fn(async () => ({ saved: true as const, fileName: 'Einsatzplan.docx' }));
    const { invoke } = setup('files:saveAs', saveAs);
    const result = await invoke('files:saveAs', saveRequest);
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'Einsatzplan.docx' } });
    expect(saveAs).toHaveBeenCalledWith(saveRequest);
  });

  it('rejects extra keys without calling the service and without echoing them', async () => {
    const saveAs = vi.fn(async () => ({ saved: false as const }));
    const { invoke } = setup('files:saveAs', saveAs);
    const result = await invoke('files:saveAs', { ...saveRequest, path: '/etc/passwd' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toBe('Ungültige Eingabe: unbekanntes Feld.');
    expect(result.error.message).not.toContain('/etc/passwd');
    expect(saveAs).not.toHaveBeenCalled();
  });

  it.each([
    ['a number instead of a name', { ...saveRequest, suggestedName: 42 }],
    ['a folder in the name', { ...saveRequest, suggestedName: '../../.bashrc' }],
    ['an array instead of bytes', { ...saveRequest, data: [1, 2, 3] }],
    ['a missing field', { suggestedName: 'a.docx', filters: [] }],
    ['no input at all', undefined],
    ['a string instead of an object', 'files:saveAs'],
  ])('rejects %s as invalid_input', async (_label, input) => {
    const saveAs = vi.fn(async () => ({ saved: false as const }));
    const { invoke } = setup('files:saveAs', saveAs);
    const result = await invoke('files:saveAs', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(saveAs).not.toHaveBeenCalled();
  });

  it('names the field in a short German message, never the value', async () => {
    const { invoke } = setup('files:saveAs', async () => ({ saved: false as const }));
    const result = await invoke('files:saveAs', { ...saveRequest, suggestedName: 'geheim/x' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Ungültige Eingabe im Feld „suggestedName“.' },
    });
  });

  it('rejects a payload over the size cap (101 MB for files:saveAs)', async () => {
    const saveAs = vi.fn(async () => ({ saved: false as const }));
    const { invoke } = setup('files:saveAs', saveAs);
    // Zero-filled memory is cheap to allocate; the cap is what matters here.
    const data = new Uint8Array(101 * 1024 * 1024);
    expect(data.byteLength).toBeGreaterThan(MAX_SAVE_BYTES);
    const result = await invoke('files:saveAs', { ...saveRequest, data });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Ungültige Eingabe im Feld „data“.' },
    });
    expect(saveAs).not.toHaveBeenCalled();
  });

  it('rejects an oversized string and an open request above the open cap', async () => {
    const external = setup('shell:openExternal', async () => ({ opened: true }));
    const url = `https://github.com/${'a'.repeat(5_000)}`;
    expect(await external.invoke('shell:openExternal', { url })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Eingabe zu groß im Feld „url“.' },
    });
    const open = setup('files:open', async () => null);
    const tooMuch = { filters: [], maxBytes: 10 * 1024 * 1024 * 1024 };
    expect(await open.invoke('files:open', tooMuch)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it.each([
    ['an https page', frameAt('https://evil.example/index.html')],
    ['a file:// page', frameAt('file:///home/user/evil.html')],
    ['another app:// host', frameAt('app://evil/index.html')],
    ['app:// with a port', frameAt('app://verbundplaner:1/index.html')],
    ['about:blank', frameAt('about:blank')],
    ['a garbage URL', frameAt('not a url')],
    ['a missing senderFrame', { senderFrame: null }],
  ])('refuses a call from %s as forbidden', async (_label, event) => {
    const appInfo = vi.fn(() => info);
    const { invoke } = setup('app:info', appInfo);
    const result = await invoke('app:info', {}, event);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame throws on access (destroyed)', async () => {
    const { invoke } = setup('app:info', () => info);
    const destroyed = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed');
      },
    };
    expect(await invoke('app:info', {}, destroyed)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('accepts the dev server origin only when it is in the trusted list', async () => {
    const dev = frameAt('http://localhost:5173/');
    const registry = fakeRegistry();
    handle(registry.ipc, 'app:info', () => info, {
      ...options,
      trustedOrigins: ['app://verbundplaner', 'http://localhost:5173'],
    });
    expect((await registry.invoke('app:info', {}, dev)).ok).toBe(true);
    const strict = setup('app:info', () => info);
    expect((await strict.invoke('app:info', {}, dev)).ok).toBe(false);
    expect((await strict.invoke('app:info', {}, frameAt('http://localhost:5174/'))).ok).toBe(false);
  });

  it('maps a CodedError to its code and message', async () => {
    const { invoke } = setup('files:open', async () => {
      throw new CodedError('too_large', 'Die Datei ist zu groß.');
    });
    expect(await invoke('files:open', { filters: [], maxBytes: 1024 })).toEqual({
      ok: false,
      error: { code: 'too_large', message: 'Die Datei ist zu groß.' },
    });
  });

  it('maps any other error to internal with a generic message, logging the detail', async () => {
    logs.length = 0;
    const { invoke } = setup('files:open', async () => {
      throw new Error('EACCES: /home/kommissar/geheim.vpk');
    });
    const result = await invoke('files:open', { filters: [], maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('geheim');
    expect(JSON.stringify(logs)).toContain('files:open');
  });

  it('turns invalid service output into internal instead of passing it on', async () => {
    const leaky = (() => ({ ...info, secret: 'Schlüssel' })) as unknown as Services['app:info'];
    const { invoke } = setup('app:info', leaky);
    const result = await invoke('app:info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('Schlüssel');

    const wrongType = (async () => ({
      opened: 'yes',
    })) as unknown as Services['shell:openExternal'];
    const external = setup('shell:openExternal', wrongType);
    expect(
      await external.invoke('shell:openExternal', { url: 'https://github.com/' }),
    ).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('rejects extra arguments', async () => {
    const registry = fakeRegistry();
    handle(registry.ipc, 'app:info', () => info, options);
    const listener = registry.listeners.get('app:info');
    expect(await listener?.(appFrame, {}, { more: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});

const status: VaultStatus = {
  exists: false,
  keychain: {
    available: false,
    reason: 'basic_text',
    backend: 'basic_text',
    enabled: false,
    backendChanged: false,
  },
  throttle: { failedAttempts: 0, retryAfterMs: 0 },
};
const unused = () => {
  throw new Error('not called in this test');
};

describe('registerIpc()', () => {
  it('registers every channel of the contract, and only those', async () => {
    const registry = fakeRegistry();
    const services: Services = {
      'app:info': () => info,
      'files:saveAs': async () => ({ saved: false }),
      'files:open': async () => null,
      'shell:openExternal': async () => ({ opened: false }),
      'vault:status': async () => status,
      'vault:create': unused,
      'vault:unlock': unused,
      'vault:changePassphrase': unused,
      'vault:recover': unused,
      'vault:setKeychain': unused,
      'vault:backupHeader': unused,
      'vault:newRecoveryCode': unused,
      'vault:startRotation': unused,
      'vault:rotationState': unused,
      'vault:finishRotation': unused,
      'backups:store': unused,
      'backups:list': async () => [],
      'backups:read': unused,
      'settings:networkHosts': async () => ({ tileHosts: [], connectHosts: [] }),
      'settings:setNetworkHosts': unused,
      'sentinel:get': async () => ({ id: null }),
      'sentinel:set': unused,
      'basemap:state': unused,
      'basemap:install': unused,
      'basemap:remove': unused,
      'basemap:setSettings': unused,
      'basemap:readRange': unused,
      'print:toPdf': unused,
    };
    registerIpc(registry.ipc, services, options);
    expect([...registry.listeners.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(await registry.invoke('app:info', {})).toEqual({ ok: true, value: info });
    expect(await registry.invoke('files:open', { filters: [], maxBytes: 10 })).toEqual({
      ok: true,
      value: null,
    });
    expect(await registry.invoke('vault:status', {})).toEqual({ ok: true, value: status });
    expect(await registry.invoke('backups:list', {})).toEqual({ ok: true, value: [] });
  });
});

describe('vault and backup channels', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vp-ipc-vault-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function vaultRegistry() {
    const registry = fakeRegistry();
    const vault = createVaultService({
      store: createFileVaultStore(dir),
      keychain: null,
      now: () => new Date('2026-11-20T10:00:00.000Z'),
      kdfParams: { memoryKiB: 1024, iterations: 1, parallelism: 1 },
    });
    // Exactly main's wiring for these channels; the others are not called here.
    registerIpc(
      registry.ipc,
      {
        'app:info': () => info,
        'files:saveAs': unused,
        'files:open': unused,
        'shell:openExternal': unused,
        ...vaultServices(vault),
        ...backupServices(
          createBackupService({ dir: join(dir, 'backups'), now: () => new Date() }),
        ),
        'settings:networkHosts': unused,
        'settings:setNetworkHosts': unused,
        'sentinel:get': unused,
        'sentinel:set': unused,
        'basemap:state': unused,
        'basemap:install': unused,
        'basemap:remove': unused,
        'basemap:setSettings': unused,
        'basemap:readRange': unused,
        'print:toPdf': unused,
      },
      options,
    );
    return registry;
  }

  it('rejects vault:create with a 9-character passphrase as invalid_input', async () => {
    const create = vi.fn(unused);
    const { invoke } = setup('vault:create', create);
    const result = await invoke('vault:create', { passphrase: '123456789', useKeychain: false });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Ungültige Eingabe im Feld „passphrase“.' },
    });
    expect(create).not.toHaveBeenCalled();
  });

  it('carries the real service through the envelope: key, wrong passphrase, throttle', async () => {
    const { invoke } = vaultRegistry();
    const created = await invoke('vault:create', {
      passphrase: 'Lange Passphrase 2026',
      useKeychain: false,
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const { dataKey } = created.value as { dataKey: Uint8Array };
    expect(dataKey.byteLength).toBe(32);
    expect(
      await invoke('vault:unlock', { method: 'passphrase', passphrase: 'Lange Passphrase 2026' }),
    ).toEqual({
      ok: true,
      value: { dataKey },
    });
    for (let i = 0; i < 5; i++) {
      expect(
        await invoke('vault:unlock', { method: 'passphrase', passphrase: 'falsch' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'wrong_passphrase' },
      });
    }
    expect(
      await invoke('vault:unlock', { method: 'passphrase', passphrase: 'Lange Passphrase 2026' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'throttled', message: expect.stringContaining('Fehlversuche') },
    });
    expect(await invoke('vault:status', {})).toMatchObject({
      ok: true,
      value: { exists: true, throttle: { failedAttempts: 5, retryAfterMs: 30_000 } },
    });
    expect(await invoke('vault:unlock', { method: 'keychain' })).toMatchObject({
      ok: false,
      error: { code: 'not_allowed' },
    });
  });

  it('refuses extra keys on vault:unlock and path-like names on backups:read', async () => {
    const { invoke } = vaultRegistry();
    expect(await invoke('vault:unlock', { method: 'keychain', passphrase: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await invoke('backups:read', { name: '../vault.json' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await invoke('backups:store', { data: new Uint8Array(3), reason: 'manual' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('Keine Verbundplaner-Sicherung'),
      },
    });
  });
});

describe('settings channels: the servers the CSP admits', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vp-ipc-settings-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function settingsRegistry() {
    const registry = fakeRegistry();
    const settings = createSettingsService({ dir, logError: (m, d) => void logs.push([m, d]) });
    await settings.load();
    const services = settingsServices(settings);
    handle(registry.ipc, 'settings:networkHosts', services['settings:networkHosts'], options);
    handle(registry.ipc, 'settings:setNetworkHosts', services['settings:setNetworkHosts'], options);
    const csp = () => buildCsp(settings.networkHosts());
    return { ...registry, settings, csp };
  }

  const hosts = {
    tileHosts: ['https://tiles.example.org'],
    connectHosts: ['https://geo.example.org:8443'],
  };

  it('starts with no servers, stores valid ones privately and keeps them across a restart', async () => {
    const { invoke, csp } = await settingsRegistry();
    expect(await invoke('settings:networkHosts', {})).toEqual({
      ok: true,
      value: { tileHosts: [], connectHosts: [] },
    });
    expect(csp()).toContain("img-src 'self' data: blob:;");

    expect(await invoke('settings:setNetworkHosts', hosts)).toEqual({ ok: true, value: hosts });
    expect(csp()).toContain("img-src 'self' data: blob: https://tiles.example.org;");
    expect(csp()).toContain("connect-src 'self' https://geo.example.org:8443;");
    if (process.platform !== 'win32') {
      expect((await stat(join(dir, SETTINGS_FILE))).mode & 0o777).toBe(0o600);
    }

    const restarted = await settingsRegistry();
    expect(await restarted.invoke('settings:networkHosts', {})).toEqual({ ok: true, value: hosts });
  });

  it.each([
    ['http', { tileHosts: ['http://tiles.example.org'], connectHosts: [] }],
    ['a wildcard', { tileHosts: ['https://*.example.org'], connectHosts: [] }],
    ['a path', { tileHosts: [], connectHosts: ['https://geo.example.org/search'] }],
    [
      'a directive',
      { tileHosts: [], connectHosts: ["https://a.example.org; script-src 'unsafe-inline'"] },
    ],
    ['upper case (not canonical)', { tileHosts: ['https://Tiles.example.org'], connectHosts: [] }],
    ['an extra key', { ...hosts, scriptHosts: ['https://evil.example.org'] }],
    [
      'too many',
      {
        tileHosts: Array.from({ length: 21 }, (_, i) => `https://t${i}.example.org`),
        connectHosts: [],
      },
    ],
  ])('refuses %s as invalid_input and keeps the stored servers', async (_name, input) => {
    const { invoke, csp } = await settingsRegistry();
    await invoke('settings:setNetworkHosts', hosts);
    const before = csp();
    expect(await invoke('settings:setNetworkHosts', input)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(csp()).toBe(before);
    const restarted = await settingsRegistry();
    expect(await restarted.invoke('settings:networkHosts', {})).toEqual({ ok: true, value: hosts });
  });

  it('admits no servers when settings.json is damaged or was edited to something hostile', async () => {
    await writeFile(
      join(dir, SETTINGS_FILE),
      JSON.stringify({ version: 1, networkHosts: { tileHosts: ['*'], connectHosts: [] } }),
    );
    const { invoke, csp } = await settingsRegistry();
    expect(await invoke('settings:networkHosts', {})).toEqual({
      ok: true,
      value: { tileHosts: [], connectHosts: [] },
    });
    expect(csp()).toBe(buildCsp());
    await writeFile(join(dir, SETTINGS_FILE), '{ nicht json');
    expect((await settingsRegistry()).csp()).toBe(buildCsp());
  });
});
