// The app's own origin(s): app://verbundplaner, plus the Vite dev server while developing.
// IPC sender checks and navigation guards both ask these questions, so they live in one place.

export const APP_SCHEME = 'app';
export const APP_HOST = 'verbundplaner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The origin of a URL as Chromium sees it. Node's URL gives `null` for custom schemes, so
 * app:// is computed by hand; userinfo or a port on app:// make it foreign.
 */
export function originOf(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === `${APP_SCHEME}:`) {
    if (url.username || url.password || url.port || url.host === '') return null;
    return `${APP_SCHEME}://${url.host.toLowerCase()}`;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  return null;
}

/**
 * The dev server origin (electron-vite sets ELECTRON_RENDERER_URL), trusted only in an
 * unpackaged app so a packaged build cannot be pointed at a foreign page by the environment.
 */
export function devRendererOrigin(devUrl: string | undefined, packaged: boolean): string | null {
  if (packaged || !devUrl) return null;
  return originOf(devUrl);
}

/** Every origin whose pages may call IPC and navigate inside the window. */
export function trustedOrigins(devUrl: string | undefined, packaged: boolean): string[] {
  const dev = devRendererOrigin(devUrl, packaged);
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

/** Whether `url` belongs to the app itself (`devUrl` only when running unpackaged). */
export function isAppUrl(url: string, devUrl?: string | null, packaged = false): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins(devUrl ?? undefined, packaged).includes(origin);
}
