// The sync server's HTTP side as the app uses it: a nonce for each signed statement, the connect
// token the HocuspocusProvider sends, and the lead's membership requests (sign, post). The
// server admits keys, not passwords: every statement is signed with the exchange identity key.
import { signStatement, type SyncRights, type SyncStatementInput } from '@shared/sync/challenge';
import type { SyncIdentity } from '@shared/sync/types';

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export class SyncServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`Der Synchronisierungsserver hat abgelehnt (${status}, ${code}).`);
  }
}

async function json(res: Response): Promise<unknown> {
  try {
    return (await res.json()) as unknown;
  } catch {
    return null;
  }
}

export async function fetchNonce(origin: string, fetchFn: Fetch = fetch): Promise<string> {
  const res = await fetchFn(`${origin}/sync/nonce`, { cache: 'no-store' });
  const body = await json(res);
  const nonce = (body as { nonce?: unknown } | null)?.nonce;
  if (!res.ok || typeof nonce !== 'string') throw new SyncServerError(res.status, 'nonce');
  return nonce;
}

/** A fresh connect token for the provider: a new nonce, signed now. */
export async function connectToken(
  origin: string,
  identity: SyncIdentity,
  operationId: string,
  fetchFn: Fetch = fetch,
): Promise<string> {
  return signStatement(
    {
      kind: 'connect',
      nonce: await fetchNonce(origin, fetchFn),
      time: new Date().toISOString(),
      operationId,
      signer: identity.fingerprint,
    },
    identity.privateKey,
  );
}

async function post(origin: string, token: string, fetchFn: Fetch): Promise<void> {
  const res = await fetchFn(`${origin}/sync/members`, { method: 'POST', body: token });
  if (res.ok) return;
  const code = (await json(res)) as { error?: { code?: unknown } } | null;
  throw new SyncServerError(res.status, String(code?.error?.code ?? 'unknown'));
}

export interface MemberKey {
  fingerprint: string;
  publicKey: string;
  rights: SyncRights;
}

/**
 * The lead admits members on the server. The first request of an operation registers the lead
 * with its own key (the server refuses a second lead); naming the lead alone only registers.
 */
export async function admitMembers(
  origin: string,
  lead: SyncIdentity,
  operationId: string,
  members: readonly MemberKey[],
  fetchFn: Fetch = fetch,
): Promise<void> {
  const others = members.filter((m) => m.fingerprint !== lead.fingerprint);
  for (const member of others.length > 0 ? others : [{ ...lead, rights: 'edit' as const }]) {
    const statement: SyncStatementInput = {
      kind: 'member_add',
      nonce: await fetchNonce(origin, fetchFn),
      time: new Date().toISOString(),
      operationId,
      signer: lead.fingerprint,
      signerKey: lead.publicKey,
      member: {
        fingerprint: member.fingerprint,
        publicKey: member.publicKey,
        rights: member.rights,
      },
    };
    await post(origin, await signStatement(statement, lead.privateKey), fetchFn);
  }
}

/** The lead revokes a member on the server: their connections close, reconnects are refused. */
export async function revokeMember(
  origin: string,
  lead: SyncIdentity,
  operationId: string,
  fingerprint: string,
  fetchFn: Fetch = fetch,
): Promise<void> {
  const statement: SyncStatementInput = {
    kind: 'member_revoke',
    nonce: await fetchNonce(origin, fetchFn),
    time: new Date().toISOString(),
    operationId,
    signer: lead.fingerprint,
    member: { fingerprint },
  };
  await post(origin, await signStatement(statement, lead.privateKey), fetchFn);
}
