// A private sync cluster for a browser journey (issue 18): Redis, PostgreSQL and sync nodes from
// tests/server/support, admitted by the web edition's policy the way docs/SECURITY.md tells an
// agency (connect-src widened in the meta tag and the header), and a network switch per browser
// context that really cuts the WebSocket: Playwright's setOffline fails new requests but leaves
// open WebSockets talking (microsoft/playwright#4910), so the socket is routed and closed here.
import { resolve } from 'node:path';
import type { BrowserContext, WebSocketRoute } from '@playwright/test';
import { missingServices, startCluster, type Cluster } from '../../server/support/cluster';
import { buildServer } from '../../server/support/global-setup';
import type { test as fixtureTest } from '../fixtures';

/** The built server of this e2e run: not the server tests' folder, which they empty on build. */
const SERVER_OUT = resolve(import.meta.dirname, '../../../out/server-e2e');

export { missingServices, type Cluster };

/** Builds the server and starts Redis, PostgreSQL and `nodes` nodes admitting `webOrigin`. */
export async function startSyncCluster(nodes: number, webOrigin: string): Promise<Cluster> {
  await buildServer(SERVER_OUT);
  return startCluster(nodes, { allowedOrigins: [webOrigin], serverOut: SERVER_OUT });
}

/**
 * The spec file's private cluster: started before its tests, stopped after them. Where
 * redis-server or postgresql is missing the file is skipped with the reason (on CI that fails
 * instead, see missingServices).
 */
export function useSyncCluster(
  test: typeof fixtureTest,
  nodes: number,
  webOrigin: string,
): () => Cluster {
  const missing = missingServices();
  test.skip(missing !== null, `Kein Sync-Cluster: ${missing ?? ''}`);
  let cluster: Cluster | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    cluster = await startSyncCluster(nodes, webOrigin);
  });
  test.afterAll(async () => {
    await cluster?.stop();
  });
  return () => {
    if (!cluster) throw new Error('sync cluster not started');
    return cluster;
  };
}

/** The origins a page must be allowed to reach for a node: its HTTP routes and its WebSocket. */
export function connectOrigins(cluster: Cluster): string[] {
  return cluster.nodes.flatMap((n) => [n.httpUrl, n.httpUrl.replace(/^http/, 'ws')]);
}

/**
 * What the agency's web server does: the page's policy (meta tag and header) admits the sync
 * nodes in connect-src. Applies to every load of the app's HTML in `context` from now on.
 */
export async function admitSyncServer(context: BrowserContext, origins: string[]): Promise<void> {
  const widen = (csp: string) =>
    csp.replace("connect-src 'self'", `connect-src 'self' ${origins.join(' ')}`);
  await context.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('.html'),
    async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      const header = headers['content-security-policy'];
      if (header) headers['content-security-policy'] = widen(header);
      await route.fulfill({ response, headers, body: widen(await response.text()) });
    },
  );
}

export interface NetworkSwitch {
  /** Fails new requests and closes the open sync sockets, as a pulled cable does. */
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
}

/**
 * Routes the context's WebSockets to the sync nodes through Playwright, so that going offline
 * can close them. Install before the page connects.
 */
export async function networkSwitch(
  context: BrowserContext,
  cluster: Cluster,
): Promise<NetworkSwitch> {
  const ports = new Set(cluster.nodes.map((n) => String(n.port)));
  const open = new Set<WebSocketRoute>();
  let offline = false;
  await context.routeWebSocket(
    (url) => ports.has(url.port),
    (ws) => {
      // Offline: the connection attempt fails at once, as it would without a network.
      if (offline) return void ws.close({ code: 4000, reason: 'offline' });
      const server = ws.connectToServer();
      open.add(ws);
      const forget = () => open.delete(ws);
      ws.onClose(() => {
        forget();
        void server.close();
      });
      server.onClose((code, reason) => {
        forget();
        void ws.close({ code, reason });
      });
    },
  );
  return {
    async goOffline() {
      offline = true;
      await context.setOffline(true);
      await Promise.all([...open].map((ws) => ws.close({ code: 4000, reason: 'offline' })));
      open.clear();
    },
    async goOnline() {
      offline = false;
      await context.setOffline(false);
    },
  };
}
