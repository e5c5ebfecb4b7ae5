// Window and session hardening: the web preferences, what a page may open or navigate to, and
// the permissions and downloads a session refuses. Decisions are pure functions; the wiring
// below only attaches them to Electron objects.
import type { Session, WebContents, WebPreferences } from 'electron';
import { isAllowedExternalUrl } from '@shared/ipc/external-links';
import { isAppUrl } from './origins';

/** The only web preferences our windows use: an isolated, sandboxed page without Node. */
export function secureWebPreferences(
  preloadPath: string,
  options: { devTools?: boolean } = {},
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    plugins: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // DevTools only while developing; a packaged build has no way to poke at decrypted data.
    devTools: options.devTools ?? false,
  };
}

export interface TrustOptions {
  /** ELECTRON_RENDERER_URL while developing; ignored when packaged. */
  devUrl?: string | null;
  packaged: boolean;
}

export type NavigationDecision = 'allow' | 'open-externally' | 'block';

/**
 * A page may only navigate within the app. An allow-listed https link (a plain `<a href>`)
 * goes to the system browser instead; everything else is blocked.
 */
export function decideNavigation(url: string, trust: TrustOptions): NavigationDecision {
  if (isAppUrl(url, trust.devUrl, trust.packaged)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-externally' : 'block';
}

/** window.open never creates a window; allow-listed https links open in the system browser. */
export function handleWindowOpen(
  url: string,
  openExternal: (url: string) => unknown,
): { action: 'deny' } {
  if (isAllowedExternalUrl(url)) openExternal(url);
  return { action: 'deny' };
}

/** Camera, notifications, geolocation, clipboard reads …: the app needs none of them. */
export function isPermissionAllowed(_permission: string, _requestingOrigin: string): boolean {
  return false;
}

/** Files are saved only through main's own dialog (files:saveAs), never as browser downloads. */
export function isDownloadAllowed(_url: string): boolean {
  return false;
}

export interface WebContentsHardening extends TrustOptions {
  openExternal: (url: string) => Promise<void>;
}

function openSafely(openExternal: (url: string) => Promise<void>, url: string): void {
  openExternal(url).catch((error: unknown) => console.error('openExternal failed', error));
}

/** Attaches the navigation, window-open and webview guards to one window's contents. */
export function hardenWebContents(contents: WebContents, options: WebContentsHardening): void {
  contents.setWindowOpenHandler(({ url }) =>
    handleWindowOpen(url, (allowed) => openSafely(options.openExternal, allowed)),
  );
  const guard = (event: { preventDefault(): void; url: string }): void => {
    const decision = decideNavigation(event.url, options);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openSafely(options.openExternal, event.url);
  };
  contents.on('will-navigate', guard);
  // Server redirects and sub-frames: block anything leaving the app without opening it.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, options.devUrl, options.packaged)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url, options.devUrl, options.packaged)) {
      event.preventDefault();
    }
  });
  preventWebviews(contents);
}

/** No contents (including DevTools or ones we did not create) may attach a `<webview>`. */
export function preventWebviews(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission request and check, device access and browser downloads. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) =>
    callback(isPermissionAllowed(permission, contents.getURL())),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event, item) => {
    if (!isDownloadAllowed(item.getURL())) event.preventDefault();
  });
}
