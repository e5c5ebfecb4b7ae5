// What this installation keeps of one shared operation between app runs (table `shares`, one
// sealed record per operation, id = the operation's id): where and as whom it syncs, its own
// envelope chain, and the two Y.Docs as they stood at the last save — so the share reopens
// after a restart or an unlock, continues the same chain and sends edits made offline.
//
// Relative imports on purpose: the table registry (schema.ts) imports this file, and the e2e
// backup fixture loads the registry in Node without the bundler's `@shared` alias.
import { z } from 'zod';
import { entityBase, instantSchema } from '../../shared/domain/common';
import { fingerprintSchema as fingerprint } from '../../shared/exchange/envelope';
import type { SyncRights } from '../../shared/sync/challenge';

const armoredKey = z.string().max(20_000);
// Spelled out, not imported: challenge.ts brings openpgp, which the registry must not load.
const RIGHTS = ['edit', 'agency', 'read'] as const satisfies readonly SyncRights[];
const chainHead = z.strictObject({ seq: z.number().int().min(1), hash: z.string().max(128) });

/** A Y.Doc state; bounded by compaction (the transport doc stays within 2× the plan doc). */
const docState = z.instanceof(Uint8Array);

export const shareRecordSchema = z.strictObject({
  ...entityBase,
  /** The server address used (not the one in the settings now: a share stays where it began). */
  server: z.strictObject({ httpOrigin: z.string().max(2_000), wsUrl: z.string().max(2_000) }),
  role: z.enum(['lead', 'member']),
  /** Own rights in the latest key epoch this member read (null: not yet known). */
  rights: z.enum(RIGHTS).nullable(),
  /** The identity key this share syncs as (the exchange identity with this fingerprint). */
  identity: fingerprint,
  /** The lead's key from the invitation: the only signer of key epochs. */
  lead: z.strictObject({ fingerprint, publicKey: armoredKey }),
  /** One envelope chain per installation and operation; continued across restarts. */
  deviceId: z.string().min(8).max(100),
  /** The engine's chain heads (own and others'): `EngineState.heads`. */
  heads: z.record(z.string().max(200), chainHead),
  /** Key epochs this member could open at the last save (the keys themselves stay in the
   *  transport doc's keyring, each encrypted to the member's identity key). */
  epochs: z.array(z.number().int().min(1)).max(10_000),
  /** `Y.encodeStateAsUpdate` of the plan doc: the plaintext plan as shared. */
  plan: docState,
  /** `Y.encodeStateAsUpdate` of the transport doc: sealed envelopes, including every own one
   *  that ever left this machine (see share-outbox.ts). */
  transport: docState,
  savedAt: instantSchema,
});
export type ShareRecord = z.infer<typeof shareRecordSchema>;
