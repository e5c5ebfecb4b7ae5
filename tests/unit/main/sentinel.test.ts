// F8: the desktop copy of the "database emptied" sentinel, sentinel.json beside vault.json. It
// is on disk when the call returns (atomic write, 0600), survives a restart of main, refuses
// hostile names through the channel and reports a damaged file instead of "no sentinel".
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '@shared/result';
import { handle } from '../../../src/main/ipc';
import type { IpcEventLike, IpcRegistry } from '../../../src/main/ipc';
import {
  createSentinelService,
  SENTINEL_FILE_NAME,
  sentinelServices,
} from '../../../src/main/services/sentinel';

vi.mock('electron', () => ({ ipcMain: { handle: () => undefined } }));

const appFrame: IpcEventLike = { senderFrame: { url: 'app://verbundplaner/index.html' } };
const options = { trustedOrigins: ['app://verbundplaner'], logError: () => undefined };
const ID = '8b6f5a52-0d2e-4d8e-9a51-3c1f0b0e7c11';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vp-sentinel-'));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** main's wiring of the two channels, on a plain registry in place of ipcMain. */
function channels() {
  const listeners = new Map<string, (e: IpcEventLike, ...args: unknown[]) => unknown>();
  const ipc: IpcRegistry = { handle: (c, l) => void listeners.set(c, l) };
  const services = sentinelServices(createSentinelService(dir));
  handle(ipc, 'sentinel:get', services['sentinel:get'], options);
  handle(ipc, 'sentinel:set', services['sentinel:set'], options);
  return async (channel: string, input: unknown): Promise<Result<unknown>> => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no listener for ${channel}`);
    return (await listener(appFrame, input)) as Result<unknown>;
  };
}

describe('sentinel copy in the user-data folder', () => {
  it('is none at first, then on disk (0600) as soon as set returns, also after a restart', async () => {
    const invoke = channels();
    const name = 'verbundplaner.sentinel.verbundplaner';
    expect(await invoke('sentinel:get', { name })).toEqual({ ok: true, value: { id: null } });
    expect(await invoke('sentinel:set', { name, id: ID })).toEqual({ ok: true, value: {} });
    // Read straight from disk: nothing waits in a cache that a crash could lose.
    const file = JSON.parse(await readFile(join(dir, SENTINEL_FILE_NAME), 'utf8')) as unknown;
    expect(file).toEqual({ version: 1, databases: { [name]: ID } });
    if (process.platform !== 'win32') {
      expect((await stat(join(dir, SENTINEL_FILE_NAME))).mode & 0o777).toBe(0o600);
    }
    const restarted = channels();
    expect(await restarted('sentinel:get', { name })).toEqual({ ok: true, value: { id: ID } });
    expect(await restarted('sentinel:get', { name: 'other' })).toEqual({
      ok: true,
      value: { id: null },
    });
  });

  it.each([
    { name: '__proto__', id: ID },
    { name: '../vault', id: ID },
    { name: '', id: ID },
    { name: 'x'.repeat(121), id: ID },
    { name: 'ok', id: 'a b' },
    { name: 'ok', id: ID, extra: 1 },
  ])('refuses %j as invalid_input', async (input) => {
    const invoke = channels();
    expect(await invoke('sentinel:set', input)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('reports a damaged file as integrity, never as "no sentinel"', async () => {
    await writeFile(join(dir, SENTINEL_FILE_NAME), '{"version":1,"databases":{"a":"b c"}}');
    const invoke = channels();
    expect(await invoke('sentinel:get', { name: 'a' })).toMatchObject({
      ok: false,
      error: { code: 'integrity' },
    });
    expect(await invoke('sentinel:set', { name: 'a', id: ID })).toMatchObject({
      ok: false,
      error: { code: 'integrity' },
    });
  });
});
