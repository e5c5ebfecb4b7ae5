// Small main-process pieces: the user-data override, app info and the external-link service.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appInfoSchema } from '@shared/ipc/contract';
import { createAppInfoService } from '../../../src/main/services/app-info';
import { createExternalService } from '../../../src/main/services/external';
import { userDataOverride } from '../../../src/main/user-data';

describe('userDataOverride', () => {
  const dir = resolve('/tmp/vp-e2e-profile');

  it('uses VP_USER_DATA_DIR when unpackaged', () => {
    expect(userDataOverride({ VP_USER_DATA_DIR: dir }, false)).toBe(dir);
  });

  it('is ignored in a packaged app', () => {
    expect(userDataOverride({ VP_USER_DATA_DIR: dir }, true)).toBeNull();
  });

  it('ignores empty and relative values', () => {
    expect(userDataOverride({}, false)).toBeNull();
    expect(userDataOverride({ VP_USER_DATA_DIR: '' }, false)).toBeNull();
    expect(userDataOverride({ VP_USER_DATA_DIR: '   ' }, false)).toBeNull();
    expect(userDataOverride({ VP_USER_DATA_DIR: 'profile' }, false)).toBeNull();
  });
});

describe('app info service', () => {
  it('reports the build and runtime, matching the contract', () => {
    const info = createAppInfoService({
      name: 'Verbundplaner',
      version: '0.1.0',
      packaged: true,
      versions: { electron: '45.4.1', chrome: '142.0.7444.0', node: '22.20.0' },
      platform: 'win32',
    })();
    expect(info).toEqual({
      name: 'Verbundplaner',
      version: '0.1.0',
      host: 'electron',
      electron: '45.4.1',
      chrome: '142.0.7444.0',
      platform: 'win32',
      packaged: true,
    });
    expect(appInfoSchema.safeParse(info).success).toBe(true);
  });

  it('reports null versions outside Electron', () => {
    const info = createAppInfoService({ name: 'Verbundplaner', version: '0.1.0', packaged: false });
    expect(info()).toMatchObject({ electron: null, chrome: null, platform: process.platform });
  });
});

describe('external link service', () => {
  it('opens allow-listed https links and refuses the rest without throwing', async () => {
    const opened: string[] = [];
    const open = createExternalService({ openExternal: async (url) => void opened.push(url) });
    expect(await open({ url: 'https://www.bsi.bund.de/DE/Home/home_node.html' })).toEqual({
      opened: true,
    });
    expect(await open({ url: 'https://example.org/' })).toEqual({ opened: false });
    expect(await open({ url: 'file:///etc/passwd' })).toEqual({ opened: false });
    expect(await open({ url: 'http://www.bsi.bund.de/' })).toEqual({ opened: false });
    expect(opened).toEqual(['https://www.bsi.bund.de/DE/Home/home_node.html']);
  });

  it('reports io_error when the system cannot open the link', async () => {
    const open = createExternalService({
      openExternal: () => Promise.reject(new Error('no browser')),
    });
    await expect(open({ url: 'https://github.com/' })).rejects.toMatchObject({ code: 'io_error' });
  });
});
