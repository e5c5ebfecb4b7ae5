// Who may open a transport document and who may change its membership: the signed statements of
// src/shared/sync/challenge.ts checked against the membership table and the cluster's nonces.
import {
  checkStatement,
  publicKeyFingerprint,
  readClaim,
  type StatementRefusal,
} from '../shared/sync/challenge';
import type { NonceStore } from './redis';
import type { Member, MembershipChange, SyncStore } from './store';

export type AuthRefusal =
  | StatementRefusal
  /** The statement is not for this document, or not a connect statement. */
  | 'wrong_operation'
  | 'not_member'
  | 'revoked'
  /** The nonce was not issued by this cluster, has expired, or was used before (replay). */
  | 'bad_nonce';

export class AuthError extends Error {
  /** Hocuspocus sends `reason` to the client in its permission-denied message. */
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface Admitted {
  fingerprint: string;
  rights: Member['rights'];
}

export class Gatekeeper {
  constructor(
    private readonly store: SyncStore,
    private readonly nonces: NonceStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Admits a connection to `documentName` or throws an AuthError with the reason. */
  async admit(token: string, documentName: string): Promise<Admitted> {
    const claim = await readClaim(token);
    if (!claim) throw new AuthError('malformed');
    if (claim.kind !== 'connect' || claim.operationId !== documentName) {
      throw new AuthError('wrong_operation');
    }
    const member = await this.store.member(documentName, claim.signer);
    if (!member) throw new AuthError('not_member');
    if (member.revokedAt) throw new AuthError('revoked');
    const check = await checkStatement(token, member.publicKey, this.now());
    if (!check.ok) throw new AuthError(check.reason);
    // Last, after the signature: only the key's holder can spend the nonce it signed.
    if (!(await this.nonces.consume(check.statement.nonce))) throw new AuthError('bad_nonce');
    return { fingerprint: member.fingerprint, rights: member.rights };
  }

  /**
   * Reads a lead's signed request into a membership change. The first request for an operation
   * registers its signer as the lead with the key it carries; later ones must be the lead's.
   */
  async membershipChange(
    token: string,
  ): Promise<{ ok: true; change: MembershipChange } | { ok: false; reason: AuthRefusal }> {
    const claim = await readClaim(token);
    if (!claim || claim.kind === 'connect') return { ok: false, reason: 'malformed' };
    const lead = await this.store.lead(claim.operationId);
    let key: string | null = lead && lead.fingerprint === claim.signer ? lead.publicKey : null;
    let registerLead: { fingerprint: string; publicKey: string } | null = null;
    if (!lead && claim.kind === 'member_add' && claim.signerKey) {
      if ((await publicKeyFingerprint(claim.signerKey)) === claim.signer) {
        key = claim.signerKey;
        registerLead = { fingerprint: claim.signer, publicKey: claim.signerKey };
      }
    }
    const check = await checkStatement(token, key, this.now());
    if (!check.ok) return { ok: false, reason: check.reason };
    if (!(await this.nonces.consume(check.statement.nonce))) {
      return { ok: false, reason: 'bad_nonce' };
    }
    const s = check.statement;
    if (s.kind === 'member_add') {
      if ((await publicKeyFingerprint(s.member.publicKey)) !== s.member.fingerprint) {
        return { ok: false, reason: 'malformed' };
      }
      return {
        ok: true,
        change: {
          kind: 'add',
          operationId: s.operationId,
          by: s.signer,
          registerLead,
          member: s.member,
        },
      };
    }
    if (s.kind === 'member_revoke') {
      return {
        ok: true,
        change: { kind: 'revoke', operationId: s.operationId, by: s.signer, member: s.member },
      };
    }
    return { ok: false, reason: 'malformed' };
  }
}
