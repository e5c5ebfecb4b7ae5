// The agency's sync server address: https (the WebSocket then goes to wss on the same host),
// plain http only on this machine (a test server on loopback). Pure, so the settings panel and
// the connection read the same rule.
export type SyncServerProblem = 'empty' | 'invalid' | 'scheme' | 'credentials';

export type SyncServerAddress =
  | {
      ok: true;
      /** Origin of the HTTP endpoints (nonce, membership requests). */
      httpOrigin: string;
      /** Where the HocuspocusProvider connects. */
      wsUrl: string;
      /** What the desktop app's Content-Security-Policy must admit (connect-src). */
      connectHosts: string[];
    }
  | { ok: false; problem: SyncServerProblem };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function parseSyncServer(input: string): SyncServerAddress {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  const local = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !local) return { ok: false, problem: 'scheme' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  const ws = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  return {
    ok: true,
    httpOrigin: url.origin,
    wsUrl: `${ws}${url.pathname.replace(/\/$/, '')}`,
    connectHosts: [url.origin, ws],
  };
}
