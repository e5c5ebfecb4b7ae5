// Who the sync server admits: only a member's key answering a fresh nonce of this cluster, within
// the time window, once; only the lead changes membership; a revoked member is cut off on every
// node and stays out; browsers only from the configured origins.
import { createMessage } from 'openpgp';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signStatement } from '@shared/sync/challenge';
import {
  addMember,
  connectToken,
  eventually,
  fetchNonce,
  identity,
  rawClient,
  revokeMember,
  type Identity,
  type RawClient,
} from './support/clients';
import { missingServices, startCluster, type Cluster } from './support/cluster';
import type { SyncNode } from './support/nodes';

const skip = missingServices();
const OP = 'op-admission';
const ALLOWED = 'https://planer.behoerde.example';

describe.skipIf(skip)('admission to the sync server', () => {
  let cluster: Cluster;
  let n1: SyncNode;
  let n2: SyncNode;
  let lead: Identity;
  let liaison: Identity;
  let reader: Identity;
  let stranger: Identity;
  const clients: RawClient[] = [];

  const connect = (node: SyncNode, who: Identity, token?: () => Promise<string>) => {
    const c = rawClient({ wsUrl: node.wsUrl, httpUrl: node.httpUrl, operationId: OP, who, token });
    clients.push(c);
    return c;
  };
  /** The reason the server gives for refusing `token`. */
  const refusal = async (token: string, operationId = OP): Promise<string> => {
    const c = rawClient({
      wsUrl: n1.wsUrl,
      httpUrl: n1.httpUrl,
      operationId,
      who: lead,
      token: async () => token,
    });
    clients.push(c);
    await eventually('refused', () => c.refusals.length > 0 || c.provider.isAuthenticated);
    c.destroy();
    return c.provider.isAuthenticated ? 'admitted' : (c.refusals[0] ?? '');
  };
  const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    [cluster, lead, liaison, reader, stranger] = await Promise.all([
      startCluster(2, { allowedOrigins: [ALLOWED] }),
      identity('Lea Leitung'),
      identity('Zoll Verbindung'),
      identity('Nur Lesen'),
      identity('Fremd'),
    ]);
    [n1, n2] = cluster.nodes as [SyncNode, SyncNode];
    expect((await addMember(n1.httpUrl, lead, OP, liaison, 'agency')).status).toBe(200);
    expect((await addMember(n2.httpUrl, lead, OP, reader, 'read')).status).toBe(200);
  });

  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await cluster?.stop();
  });

  it('admits a member answering a fresh nonce with its key', async () => {
    expect(await refusal(await connectToken(n1.httpUrl, lead, OP))).toBe('admitted');
  });

  it('refuses an unsigned token, a token by the wrong key, and garbage', async () => {
    const statement = JSON.stringify({
      format: 'verbundplaner-sync-statement',
      version: 1,
      kind: 'connect',
      nonce: await fetchNonce(n1.httpUrl),
      time: new Date().toISOString(),
      operationId: OP,
      signer: lead.fingerprint,
    });
    const unsigned = (await createMessage({ text: statement, format: 'utf8' })).armor();
    expect(await refusal(unsigned)).toBe('bad_signature');
    const forged = await signStatement(
      {
        kind: 'connect',
        nonce: await fetchNonce(n1.httpUrl),
        time: new Date().toISOString(),
        operationId: OP,
        signer: lead.fingerprint,
      },
      stranger.privateKey,
    );
    expect(await refusal(forged)).toBe('bad_signature');
    expect(await refusal('let me in')).toBe('malformed');
  });

  it('refuses a replayed token, on the same node and on the other', async () => {
    const token = await connectToken(n1.httpUrl, lead, OP);
    expect(await refusal(token)).toBe('admitted');
    expect(await refusal(token)).toBe('bad_nonce');
    const c = connect(n2, lead, async () => token);
    await eventually('refused on node 2', () => c.refusals.length > 0);
    expect(c.refusals[0]).toBe('bad_nonce');
  });

  it('accepts a nonce issued by the other node, but no nonce it did not issue', async () => {
    expect(await refusal(await connectToken(n2.httpUrl, lead, OP))).toBe('admitted');
    const invented = await signStatement(
      {
        kind: 'connect',
        nonce: 'B'.repeat(43),
        time: new Date().toISOString(),
        operationId: OP,
        signer: lead.fingerprint,
      },
      lead.privateKey,
    );
    expect(await refusal(invented)).toBe('bad_nonce');
  });

  it('refuses a token from outside the time window', async () => {
    const old = new Date(Date.now() - 10 * 60_000);
    expect(await refusal(await connectToken(n1.httpUrl, lead, OP, old))).toBe('expired');
  });

  it('refuses a token for another operation and a key that is no member', async () => {
    expect(await refusal(await connectToken(n1.httpUrl, lead, 'op-other'))).toBe('wrong_operation');
    expect(await refusal(await connectToken(n1.httpUrl, stranger, OP))).toBe('not_member');
  });

  it('the lead naming itself only registers, once; the lead cannot be revoked', async () => {
    const again = await addMember(n2.httpUrl, lead, OP, lead);
    expect(again.status).toBe(200);
    const self = await revokeMember(n1.httpUrl, lead, OP, lead);
    expect([self.status, self.body.error?.code]).toEqual([409, 'is_lead']);
    // Another key cannot register an operation that has a lead.
    const takeover = await addMember(n1.httpUrl, stranger, OP, stranger);
    expect([takeover.status, takeover.body.error?.code]).toEqual([401, 'unknown_signer']);
    const solo = 'op-solo';
    expect((await addMember(n1.httpUrl, stranger, solo, stranger)).status).toBe(200);
    expect(await refusal(await connectToken(n1.httpUrl, stranger, solo), solo)).toBe('admitted');
  });

  it('refuses an oversized membership request without reading it all', async () => {
    const res = await fetch(`${n2.httpUrl}/sync/members`, {
      method: 'POST',
      body: 'x'.repeat(200_000),
    });
    expect(res.status).toBe(413);
    // The node is still there for everyone else.
    expect((await fetch(`${n2.httpUrl}/sync/health`)).status).toBe(200);
  });

  it('only the lead changes membership; nobody registers an operation twice', async () => {
    const byLiaison = await addMember(n1.httpUrl, liaison, OP, stranger);
    expect([byLiaison.status, byLiaison.body.error?.code]).toEqual([401, 'unknown_signer']);
    const byStranger = await revokeMember(n2.httpUrl, stranger, OP, liaison);
    expect(byStranger.status).toBe(401);
    expect(await refusal(await connectToken(n1.httpUrl, stranger, OP))).toBe('not_member');
  });

  it('a read-only member receives but cannot write', async () => {
    const writer = connect(n1, liaison);
    const readOnly = connect(n2, reader);
    await eventually('both synced', () => writer.provider.isSynced && readOnly.provider.isSynced);
    const [written] = writer.append();
    await eventually('reader receives', () => readOnly.hex().includes(written ?? '-'));
    const [attempt] = readOnly.append();
    await settle(1500);
    expect(writer.hex()).not.toContain(attempt);
    writer.destroy();
    readOnly.destroy();
  });

  it('revoking a member closes its connection on the other node and refuses it after', async () => {
    const leadClient = connect(n1, lead);
    const revoked = connect(n2, liaison);
    await eventually(
      'both synced',
      () => leadClient.provider.isSynced && revoked.provider.isSynced,
    );
    const res = await revokeMember(n1.httpUrl, lead, OP, liaison);
    expect(res.status).toBe(200);
    await eventually('closed as revoked', () => revoked.closes.includes('revoked'));
    const [secret] = leadClient.append();
    const [late] = revoked.append();
    await settle(1500);
    expect(revoked.hex()).not.toContain(secret);
    expect(leadClient.hex()).not.toContain(late);
    expect(await refusal(await connectToken(n2.httpUrl, liaison, OP))).toBe('revoked');
    expect(await refusal(await connectToken(n1.httpUrl, liaison, OP))).toBe('revoked');
  });

  it('refuses browsers from other origins, on the WebSocket and on HTTP', async () => {
    const status = (origin: string, url = n1.wsUrl) =>
      new Promise<number | 'open'>((resolve) => {
        const ws = new WebSocket(url, { headers: { Origin: origin } });
        ws.on('open', () => {
          ws.close();
          resolve('open');
        });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => undefined);
      });
    expect(await status('https://evil.example')).toBe(403);
    expect(await status(ALLOWED)).toBe('open');
    // The server's bare address works as the WebSocket url too; other paths are not ours.
    expect(await status(ALLOWED, `ws://127.0.0.1:${n1.port}`)).toBe('open');
    expect(await status(ALLOWED, `ws://127.0.0.1:${n1.port}/other`)).toBe(404);
    const evil = await fetch(`${n1.httpUrl}/sync/nonce`, {
      headers: { Origin: 'https://evil.example' },
    });
    expect(evil.status).toBe(403);
    const ok = await fetch(`${n1.httpUrl}/sync/nonce`, { headers: { Origin: ALLOWED } });
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    // A page of the allowed origin may post membership requests (CORS preflight answered).
    const preflight = await fetch(`${n1.httpUrl}/sync/members`, {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });
});
