// One real sync server for a test file's app sessions (a node on a private Redis and PostgreSQL,
// tests/server/support) and what a share needs in Node to reach it. Node only: the tests that
// import it are typechecked by tsconfig.tests.json, not with the browser-typed renderer tests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll } from 'vitest';
import WebSocket from 'ws';
import type { Fetch } from '../../../../src/renderer/sync/server-api';
import { eventually as waitUntil } from '../../../server/support/clients';
import { startCluster, type Cluster } from '../../../server/support/cluster';
import { SERVER_OUT, type SyncNode } from '../../../server/support/nodes';
import { demoPlan } from '../../../support/demo-plan';
import { openTestData } from '../../support/data';
import { leadKeyOf, memberOf, twoIdentities } from './two-members';

export { missingServices } from '../../../server/support/cluster';

// Node's own fetch: happy-dom's would send the test page's Origin and apply browser CORS.
const nodeFetch: Fetch = async (url, init) => {
  const res = await undiciFetch(url, { method: init?.method, body: init?.body as string });
  return new Response(await res.text(), { status: res.status });
};

/** The server tests' wait, with more time: these run a whole app session on each side. */
export const eventually = (
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 30_000,
): Promise<void> => waitUntil(what, check, ms);

export interface SyncServerFixture {
  node(): SyncNode;
  /** The node's two addresses, as a share keeps them. */
  address(): { httpOrigin: string; wsUrl: string };
  /** What a share needs in Node to reach the server. */
  net: { WebSocketPolyfill: unknown; fetch: Fetch };
  /** Closed after the file's tests, the last registered first (a share before its database). */
  closeAfter(thing: { close(): void }): void;
}

/**
 * One sync node on a private Redis and PostgreSQL for the file's tests (call inside a
 * `describe.skipIf(missingServices())`). What the tests register is closed before it stops.
 */
export function useSyncServer(): SyncServerFixture {
  let cluster: Cluster | undefined;
  const open: { close(): void }[] = [];
  beforeAll(async () => {
    // Loaded here: the build brings Vite, which the tests without a server do not need.
    if (!existsSync(resolve(SERVER_OUT, 'main.js')))
      await (await import('../../../server/support/global-setup')).default();
    cluster = await startCluster(1);
  }, 180_000);
  afterAll(async () => {
    for (const thing of open.splice(0).reverse()) thing.close();
    await cluster?.stop();
  }, 60_000);
  const node = () => {
    const n = cluster?.nodes[0];
    if (!n) throw new Error('kein Knoten');
    return n;
  };
  return {
    node,
    address: () => ({ httpOrigin: node().httpUrl, wsUrl: node().wsUrl }),
    net: { WebSocketPolyfill: WebSocket, fetch: nodeFetch },
    closeAfter: (thing) => open.push(thing),
  };
}

/**
 * The demo plan in the lead's own store, the customs liaison's empty store, both identity keys
 * and member entries (the liaison with rights for the plan's second agency), and the options
 * every `SharedOperation.open` of this share takes. Both stores close after the file.
 */
export async function sharedDemo(sync: SyncServerFixture) {
  const { plan, premises } = demoPlan();
  const opId = plan.operation.id;
  const own = plan.participations[1];
  if (!own) throw new Error('demo plan with fewer than two participations');
  const { lead: leadKey, liaison: customsKey } = await twoIdentities();
  const leadMember = memberOf(leadKey, { agency: 'Polizeipräsidium Essen' });
  const customsMember = memberOf(customsKey, {
    agency: 'Hauptzollamt Essen',
    agencyId: own.agencyId,
  });
  const leadData = openTestData(undefined, 'Lea Lenz');
  const memberData = openTestData(undefined, 'Zoran Zeller');
  sync.closeAfter(leadData.db);
  sync.closeAfter(memberData.db);
  await leadData.repos.operations.insertPlan(plan, premises);
  const common = {
    ...sync.net,
    server: sync.address(),
    operationId: opId,
    lead: leadKeyOf(leadKey),
  };
  return {
    plan,
    opId,
    own,
    leadKey,
    customsKey,
    leadMember,
    customsMember,
    leadData,
    memberData,
    common,
  };
}
