// Origins, web preferences and the window/session guards. The guards are attached to small
// recording stand-ins for WebContents and Session (the Electron binary cannot run here).
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  devRendererOrigin,
  isAppUrl,
  originOf,
  trustedOrigins,
} from '../../../src/main/origins';
import {
  decideNavigation,
  handleWindowOpen,
  hardenSession,
  hardenWebContents,
  isDownloadAllowed,
  isPermissionAllowed,
  secureWebPreferences,
} from '../../../src/main/security';

const DEV = 'http://localhost:5173';

describe('origins', () => {
  it('computes the app origin by hand (Node gives "null" for custom schemes)', () => {
    expect(APP_ORIGIN).toBe('app://verbundplaner');
    expect(APP_ENTRY_URL).toBe('app://verbundplaner/index.html');
    expect(originOf('app://verbundplaner/index.html#/karte')).toBe('app://verbundplaner');
    expect(originOf('app://Verbundplaner/x')).toBe('app://verbundplaner');
    expect(originOf('app://verbundplaner:80/x')).toBeNull();
    expect(originOf('app://u:p@verbundplaner/x')).toBeNull();
    expect(originOf('https://example.org/a?b')).toBe('https://example.org');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });

  it('trusts the dev server only when unpackaged', () => {
    expect(devRendererOrigin(`${DEV}/`, false)).toBe(DEV);
    expect(devRendererOrigin(`${DEV}/`, true)).toBeNull();
    expect(devRendererOrigin(undefined, false)).toBeNull();
    expect(devRendererOrigin('file:///x/index.html', false)).toBeNull();
    expect(trustedOrigins(`${DEV}/`, false)).toEqual([APP_ORIGIN, DEV]);
    expect(trustedOrigins(`${DEV}/`, true)).toEqual([APP_ORIGIN]);
  });

  it.each([
    ['app://verbundplaner/index.html', undefined, false, true],
    ['app://verbundplaner/', undefined, true, true],
    ['app://other/index.html', undefined, false, false],
    ['https://example.org/', undefined, false, false],
    ['file:///home/user/index.html', undefined, false, false],
    ['http://localhost:5173/#/karte', `${DEV}/`, false, true],
    ['http://localhost:5173/#/karte', `${DEV}/`, true, false],
    ['http://localhost:5174/', `${DEV}/`, false, false],
    ['http://127.0.0.1:5173/', `${DEV}/`, false, false],
  ])('isAppUrl(%s, dev=%s, packaged=%s) → %s', (url, devUrl, packaged, expected) => {
    expect(isAppUrl(url, devUrl, packaged)).toBe(expected);
  });
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page, without Node and without webviews', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(secureWebPreferences('/p', { devTools: true }).devTools).toBe(true);
  });
});

describe('navigation and window.open', () => {
  const trust = { devUrl: `${DEV}/`, packaged: false };

  it.each([
    ['app://verbundplaner/index.html', 'allow'],
    ['http://localhost:5173/', 'allow'],
    ['https://www.bsi.bund.de/DE/Home/home_node.html', 'open-externally'],
    ['https://example.org/', 'block'],
    ['http://www.bsi.bund.de/', 'block'],
    ['file:///etc/passwd', 'block'],
    ['javascript:alert(1)', 'block'],
  ])('decideNavigation(%s) → %s', (url, decision) => {
    expect(decideNavigation(url, trust)).toBe(decision);
  });

  it('blocks the dev server origin in a packaged app', () => {
    expect(decideNavigation('http://localhost:5173/', { devUrl: `${DEV}/`, packaged: true })).toBe(
      'block',
    );
  });

  it('always denies window.open, handing only allow-listed links to the system browser', () => {
    const opened: string[] = [];
    const open = (url: string) => opened.push(url);
    expect(handleWindowOpen('https://github.com/verbundplaner', open)).toEqual({ action: 'deny' });
    expect(handleWindowOpen('https://example.org/', open)).toEqual({ action: 'deny' });
    expect(handleWindowOpen('app://verbundplaner/index.html', open)).toEqual({ action: 'deny' });
    expect(handleWindowOpen('https://user@github.com/', open)).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://github.com/verbundplaner']);
  });

  it('denies every permission and every browser download', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid']) {
      expect(isPermissionAllowed(permission, APP_ORIGIN)).toBe(false);
    }
    expect(isDownloadAllowed('blob:app://verbundplaner/123')).toBe(false);
  });
});

/** Records listeners like WebContents does and lets a test fire them. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function fire(contents: FakeContents, name: string, fields: Record<string, unknown>) {
  let prevented = false;
  contents.emit(name, { ...fields, preventDefault: () => (prevented = true) });
  return prevented;
}

describe('hardenWebContents', () => {
  const setup = (packaged = false) => {
    const contents = new FakeContents();
    const opened: string[] = [];
    hardenWebContents(contents as unknown as WebContents, {
      devUrl: `${DEV}/`,
      packaged,
      openExternal: async (url) => void opened.push(url),
    });
    return { contents, opened };
  };

  it('blocks navigation away from the app and opens allow-listed links outside', () => {
    const { contents, opened } = setup();
    expect(fire(contents, 'will-navigate', { url: 'https://example.org/' })).toBe(true);
    expect(fire(contents, 'will-navigate', { url: 'https://www.im.nrw/' })).toBe(true);
    expect(fire(contents, 'will-navigate', { url: 'app://verbundplaner/index.html' })).toBe(false);
    expect(fire(contents, 'will-navigate', { url: `${DEV}/` })).toBe(false);
    expect(opened).toEqual(['https://www.im.nrw/']);
  });

  it('blocks redirects and sub-frame navigations leaving the app', () => {
    const { contents, opened } = setup(true);
    expect(fire(contents, 'will-redirect', { url: 'https://www.im.nrw/' })).toBe(true);
    expect(fire(contents, 'will-redirect', { url: `${DEV}/` })).toBe(true);
    const frame = { url: 'https://example.org/', isMainFrame: false };
    expect(fire(contents, 'will-frame-navigate', frame)).toBe(true);
    expect(opened).toEqual([]);
  });

  it('denies window.open and prevents webviews', () => {
    const { contents, opened } = setup();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'https://github.com/' })).toEqual({
      action: 'deny',
    });
    expect(opened).toEqual(['https://github.com/']);
    expect(fire(contents, 'will-attach-webview', {})).toBe(true);
  });
});

describe('hardenSession', () => {
  it('denies permission requests and checks, devices and downloads', () => {
    const events = new EventEmitter();
    const recorded: Record<string, (...args: never[]) => unknown> = {};
    const fake = {
      setPermissionRequestHandler: (h: (...args: never[]) => unknown) => (recorded.request = h),
      setPermissionCheckHandler: (h: (...args: never[]) => unknown) => (recorded.check = h),
      setDevicePermissionHandler: (h: (...args: never[]) => unknown) => (recorded.device = h),
      on: (name: string, listener: (...args: unknown[]) => void) => events.on(name, listener),
    };
    hardenSession(fake as unknown as Session);

    const answers: boolean[] = [];
    const request = recorded.request as unknown as (
      contents: { getURL(): string },
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    request({ getURL: () => APP_ENTRY_URL }, 'media', (granted) => answers.push(granted));
    const check = recorded.check as unknown as (c: null, p: string, o: string) => boolean;
    const device = recorded.device as unknown as () => boolean;
    expect(answers).toEqual([false]);
    expect(check(null, 'geolocation', APP_ORIGIN)).toBe(false);
    expect(device()).toBe(false);

    let prevented = false;
    events.emit(
      'will-download',
      { preventDefault: () => (prevented = true) },
      { getURL: () => 'blob:x' },
    );
    expect(prevented).toBe(true);
  });
});
