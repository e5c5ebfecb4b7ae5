// Raw Yjs clients of the sync server, as part A's engine will be one: a HocuspocusProvider in
// Node over `ws`, answering the server's challenge with an identity key, and the lead's signed
// membership requests. Entries are plain Y.Array items of random bytes (what the server sees of
// sealed envelopes: opaque bytes).
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { generateIdentity, type IdentityKeyPair } from '@shared/exchange';
import { signStatement, type SyncRights, type SyncStatementInput } from '@shared/sync/challenge';

export type Identity = IdentityKeyPair & { name: string };

export async function identity(name: string): Promise<Identity> {
  const key = await generateIdentity({ name, agency: 'Testbehörde', function: '' });
  return { ...key, name };
}

/**
 * A JSON request with Node's own http client, not `fetch`: the benchmarks run under happy-dom,
 * whose fetch would send the page's Origin and apply browser CORS rules.
 */
export function httpJson(
  url: string,
  method: 'GET' | 'POST' = 'GET',
  body?: string,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function fetchNonce(httpUrl: string): Promise<string> {
  const res = await httpJson(`${httpUrl}/sync/nonce`);
  const nonce = (res.json as { nonce?: unknown }).nonce;
  if (res.status !== 200 || typeof nonce !== 'string') throw new Error(`nonce: HTTP ${res.status}`);
  return nonce;
}

/** A fresh connect token: a new nonce from the server, signed now. */
export async function connectToken(
  httpUrl: string,
  who: Identity,
  operationId: string,
  time = new Date(),
): Promise<string> {
  return signStatement(
    {
      kind: 'connect',
      nonce: await fetchNonce(httpUrl),
      time: time.toISOString(),
      operationId,
      signer: who.fingerprint,
    },
    who.privateKey,
  );
}

export interface MemberResponse {
  status: number;
  body: { ok: boolean; error?: { code: string } };
}

async function postStatement(httpUrl: string, token: string): Promise<MemberResponse> {
  const res = await httpJson(`${httpUrl}/sync/members`, 'POST', token);
  return { status: res.status, body: res.json as MemberResponse['body'] };
}

/** The lead adds a member (the first request registers the lead with its key). */
export async function addMember(
  httpUrl: string,
  lead: Identity,
  operationId: string,
  member: Identity,
  rights: SyncRights = 'edit',
): Promise<MemberResponse> {
  const statement: SyncStatementInput = {
    kind: 'member_add',
    nonce: await fetchNonce(httpUrl),
    time: new Date().toISOString(),
    operationId,
    signer: lead.fingerprint,
    signerKey: lead.publicKey,
    member: { fingerprint: member.fingerprint, publicKey: member.publicKey, rights },
  };
  return postStatement(httpUrl, await signStatement(statement, lead.privateKey));
}

export async function revokeMember(
  httpUrl: string,
  lead: Identity,
  operationId: string,
  member: Identity,
): Promise<MemberResponse> {
  const statement: SyncStatementInput = {
    kind: 'member_revoke',
    nonce: await fetchNonce(httpUrl),
    time: new Date().toISOString(),
    operationId,
    signer: lead.fingerprint,
    member: { fingerprint: member.fingerprint },
  };
  return postStatement(httpUrl, await signStatement(statement, lead.privateKey));
}

export interface RawClient {
  doc: Y.Doc;
  entries: Y.Array<Uint8Array>;
  provider: HocuspocusProvider;
  /** Appends `n` entries of random bytes; returns them hex-encoded. */
  append(n?: number): string[];
  /** The entries as hex strings, in document order. */
  hex(): string[];
  /** Reasons of refused authentications and close events seen so far. */
  refusals: string[];
  closes: string[];
  destroy(): void;
}

export interface ClientOptions {
  wsUrl: string;
  httpUrl: string;
  operationId: string;
  who: Identity;
  /** Replaces the signed challenge (for tests of refused tokens). */
  token?: () => Promise<string>;
}

export const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

export function rawClient(options: ClientOptions): RawClient {
  const doc = new Y.Doc();
  const entries = doc.getArray<Uint8Array>('entries');
  const refusals: string[] = [];
  const closes: string[] = [];
  // Reconnect fast: the tests kill nodes and wait for clients to come back.
  const socket = new HocuspocusProviderWebsocket({
    url: options.wsUrl,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    factor: 1.5,
    messageReconnectTimeout: 5000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.operationId,
    document: doc,
    token: options.token ?? (() => connectToken(options.httpUrl, options.who, options.operationId)),
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => closes.push(event.reason),
  });
  provider.attach();
  return {
    doc,
    entries,
    provider,
    refusals,
    closes,
    append(n = 1) {
      const added = Array.from({ length: n }, () => new Uint8Array(randomBytes(24)));
      entries.push(added);
      return added.map(toHex);
    },
    hex: () => entries.toArray().map(toHex),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Polls `check` every 25 ms until it holds, or fails after `ms` with `what`. */
export async function eventually(
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 15_000,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
