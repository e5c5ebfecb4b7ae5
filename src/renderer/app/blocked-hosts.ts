// When the Content-Security-Policy blocks a request to another server (a tile, geocoder or sync
// server that is configured but not admitted), the app says so instead of failing silently.
// The browser reports each block as a `securitypolicyviolation` event on the document.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../host';
import { notifyError } from '../ui/notify';

/** The fields of a SecurityPolicyViolationEvent read here (happy-dom has no such class). */
interface ViolationFields {
  readonly blockedURI?: unknown;
}

/** The host of the server a violation blocked, or null for inline code, eval and own files. */
export function blockedHost(event: Event): string | null {
  const { blockedURI } = event as Event & ViolationFields;
  if (typeof blockedURI !== 'string') return null;
  try {
    // `inline`, `eval`, `wasm-eval` and `data`/`blob` blocks are no server; they stay silent.
    const url = new URL(blockedURI);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'wss:'
      ? url.host
      : null;
  } catch {
    return null;
  }
}

/**
 * Calls `onBlocked` once per blocked server (a map blocks every tile: one notice, not hundreds).
 * Returns the function that stops listening.
 */
export function watchBlockedHosts(target: EventTarget, onBlocked: (host: string) => void) {
  const reported = new Set<string>();
  const listener = (event: Event) => {
    const host = blockedHost(event);
    if (host === null || reported.has(host)) return;
    reported.add(host);
    onBlocked(host);
  };
  target.addEventListener('securitypolicyviolation', listener);
  return () => target.removeEventListener('securitypolicyviolation', listener);
}

/** Shows a German notice naming each blocked server, with what to do on this host. */
export function useBlockedHostNotice(): void {
  const { t } = useTranslation();
  const { networkSettings } = useHost().capabilities;
  useEffect(
    () =>
      watchBlockedHosts(document, (host) =>
        notifyError(
          t('blockedHost.title'),
          t(networkSettings ? 'blockedHost.desktop' : 'blockedHost.web', { host }),
        ),
      ),
    [t, networkSettings],
  );
}

/** Mounted once inside the host context, beside the vault gate. */
export function BlockedHostNotice(): null {
  useBlockedHostNotice();
  return null;
}
