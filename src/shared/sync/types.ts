// The sealed sync contract: names in the transport document, the envelope header, members and
// the events the SyncEngine reports. Shared by the engine (here), the server (which sees only the
// transport names) and the app (which fills the plan doc and shows the events). Pure.
import type { SyncRights } from './challenge';

export type { SyncRights } from './challenge';

/**
 * Version of the binary frame (envelopes and keyring entries). 2: raw Ed25519 signature with a
 * context prefix (frame.ts) instead of an OpenPGP detached signature; version 1 frames are refused.
 */
export const SYNC_FRAME_VERSION = 2;

/**
 * The transport Y.Doc that Hocuspocus syncs and stores (its document name is the operation id,
 * see `operationIdSchema` in challenge.ts). It holds only opaque sealed bytes.
 */
export const TRANSPORT = {
  /** Y.Array<Uint8Array>: sealed envelopes (updates and snapshots), in any order. */
  log: 'log',
  /** Y.Array<Uint8Array>: the lead's signed keyring entries, one per key epoch (anything else
   *  anyone appends there is refused and cannot displace them). */
  keyring: 'keyring',
} as const;

/** A member of one key epoch, as the lead's signed keyring entry names them (sealed part). */
export interface SyncMember {
  /** Fingerprint of the identity key (40 lowercase hex). */
  fingerprint: string;
  /** Armored public key: verifies the member's envelopes. */
  publicKey: string;
  name: string;
  agency: string;
  /** The agency whose parts an `agency` member may change; null for no agency. */
  agencyId: string | null;
  rights: SyncRights;
}

/** The identity a client syncs with (its private key never leaves the vault/engine). */
export interface SyncIdentity {
  fingerprint: string;
  /** Armored private key of the exchange identity (exchange/keys.ts). */
  privateKey: string;
  publicKey: string;
}

/** Head of one author device's chain: the last accepted sequence number and envelope hash. */
export interface ChainHead {
  seq: number;
  /** SHA-256 of the whole envelope frame, lowercase hex. */
  hash: string;
}

/** `${author fingerprint}/${device id}`: one chain per author and device. */
export type ChainKey = string;
export const chainKeyOf = (author: string, device: string): ChainKey => `${author}/${device}`;

export type EnvelopeKind = 'update' | 'snapshot';

/** The plain (authenticated, not encrypted) header of an envelope: what the server can read. */
export interface EnvelopeHeader {
  kind: EnvelopeKind;
  /** Operation id: the envelope cannot be moved to another operation's document. */
  op: string;
  /** Key epoch whose operation key sealed the body. */
  epoch: number;
  /** Fingerprint of the signing member. */
  author: string;
  /** Random id of the author's installation (one chain per device). */
  device: string;
  /** 1, 2, 3 … per author and device. */
  seq: number;
  /** Hash of the author device's previous envelope; '' for seq 1. */
  prev: string;
  /** Snapshot only: the chain heads whose entries the snapshot contains (and replaces). */
  covers?: Record<ChainKey, ChainHead>;
}

/** Why a received envelope or keyring entry was not applied. Each is reported as an event. */
export type RejectReason =
  /** Not a frame of ours, or its header does not parse. */
  | 'malformed'
  /** The header names another operation. */
  | 'wrong_operation'
  /** No key for the envelope's epoch (not a member of it, or the keyring entry is missing). */
  | 'unknown_epoch'
  /** The signer is not a member of the envelope's epoch, or no longer of the current one. */
  | 'not_member'
  /** The signature does not verify with the member's key. */
  | 'bad_signature'
  /** Already applied: a sequence number at or below the device's chain head. */
  | 'replayed'
  /** Out of order or after a gap: held back until its predecessor arrives. */
  | 'reordered'
  /** Right sequence number, wrong previous hash: a forked or forged chain. */
  | 'chain_broken'
  /** The body does not decrypt under the epoch key (tampered or wrong key). */
  | 'undecryptable'
  /** The update changes parts outside the author's rights (or a reader wrote). */
  | 'outside_rights'
  /** A keyring entry not signed by the lead, or not readable. */
  | 'bad_keyring';

/** How a member is named in events and audit: "von <Name>, <Behörde> (Schlüssel …)". */
export interface SyncAuthor {
  name: string;
  agency: string;
  agencyId: string | null;
  keyFingerprint: string;
}

export const authorOf = (m: SyncMember): SyncAuthor => ({
  name: m.name,
  agency: m.agency,
  agencyId: m.agencyId,
  keyFingerprint: m.fingerprint,
});

/** The origin the engine passes to Y.applyUpdate for a verified remote update. */
export interface RemoteApplyOrigin {
  readonly kind: 'remote';
  /** The signer. For a snapshot: the member who compacted, not who wrote each part. */
  readonly author: SyncAuthor;
  readonly envelope: EnvelopeKind;
}

/** One single value changed concurrently: Yjs kept one, the other is reported here. */
export interface ConcurrentChange {
  /** Top-level map of the plan doc (a table). */
  table: string;
  /** Key in the table map (a record id). */
  recordId: string;
  /** Key in the record map (a field). */
  field: string;
  kept: unknown;
  lost: unknown;
  /** Who wrote the kept / lost value (null: not known, e.g. loaded with a snapshot). */
  keptBy: SyncAuthor | null;
  lostBy: SyncAuthor | null;
}

export type SyncEvent =
  | { type: 'applied'; kind: EnvelopeKind; author: SyncAuthor; device: string; seq: number }
  | {
      type: 'rejected';
      reason: RejectReason;
      /** What the (possibly forged) header claimed, when it parsed. */
      author?: string;
      device?: string;
      seq?: number;
      epoch?: number;
    }
  | ({ type: 'conflict' } & ConcurrentChange)
  /** Own changes not yet confirmed by the server (see SyncEngine.markSynced). */
  | { type: 'pending'; count: number }
  /** A new key epoch is in use (after a member was added or revoked). */
  | { type: 'epoch'; epoch: number; members: readonly SyncMember[] }
  /** This identity is not a member of the current epoch: it can no longer read or write. */
  | { type: 'revoked'; epoch: number }
  | { type: 'compacted'; removed: number };

/** What a client persists between sessions so it neither re-reports nor re-applies. */
export interface EngineState {
  version: 1;
  heads: Record<ChainKey, ChainHead>;
}
