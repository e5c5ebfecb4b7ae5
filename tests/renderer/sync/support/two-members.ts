// Two members sharing one operation — the lead (Lea Lenz, police) and the customs liaison (Zoran
// Zeller) — at each level the sync tests work on: their identity keys and member entries, and the
// two mirrored instances linked directly (two-instances.ts) with the lead's demo plan caught up on
// the liaison's side. The real sync server their app sessions connect through is sync-server.ts
// (Node only, so apart from what the browser-typed tests import).
import { afterEach } from 'vitest';
import type { PlanSnapshot } from '@shared/domain';
import { generateIdentity, type IdentityInfo } from '@shared/exchange/keys';
import type { SyncIdentity, SyncMember, SyncRights } from '@shared/sync/types';
import type { RepoContext } from '../../../../src/renderer/data/repositories';
import { exchangeStore } from '../../../../src/renderer/features/exchange/exchange-store';
import type { SyncAuthor } from '../../../../src/renderer/sync/plan-doc';
import { approveWithReasons } from '../../support/approval';
import { CUSTOMS, instance, leadWithDemo, link, type Instance, type Link } from './two-instances';

export const LEAD_INFO: IdentityInfo = {
  name: 'Lea Lenz',
  agency: 'Polizei',
  function: 'Einsatzleitung',
};
export const LIAISON_INFO: IdentityInfo = {
  name: 'Zoran Zeller',
  agency: 'Zoll',
  function: 'Verbindung',
};

/** An identity key with the name and agency it was made for. */
export type MemberIdentity = SyncIdentity & { name: string; agency: string };

/**
 * The two identity keys. With app sessions, each is that session's exchange identity (what a
 * kept share reopens as); without, they are generated.
 */
export async function twoIdentities(sessions?: {
  lead: RepoContext;
  liaison: RepoContext;
}): Promise<{ lead: MemberIdentity; liaison: MemberIdentity }> {
  const make = async (info: IdentityInfo, ctx?: RepoContext): Promise<MemberIdentity> =>
    ctx
      ? exchangeStore(ctx).ensureIdentity(info)
      : { ...(await generateIdentity(info)), name: info.name, agency: info.agency };
  const [lead, liaison] = await Promise.all([
    make(LEAD_INFO, sessions?.lead),
    make(LIAISON_INFO, sessions?.liaison),
  ]);
  return { lead, liaison };
}

/** A member entry: the key's own name and agency, whole-plan rights, no agency of the plan,
 *  unless told otherwise. */
export function memberOf(
  id: MemberIdentity,
  over: { agency?: string; agencyId?: string | null; rights?: SyncRights } = {},
): SyncMember {
  return {
    fingerprint: id.fingerprint,
    publicKey: id.publicKey,
    name: id.name,
    agency: over.agency ?? id.agency,
    agencyId: over.agencyId ?? null,
    rights: over.rights ?? 'edit',
  };
}

/** The lead's key as members hold it: the only signer of key epochs. */
export const leadKeyOf = (id: SyncIdentity) => ({
  fingerprint: id.fingerprint,
  publicKey: id.publicKey,
});

export interface LinkedMembers {
  lead: Instance;
  member: Instance;
  l: Link;
  plan: PlanSnapshot;
  opId: string;
}

export interface LinkOptions {
  /** Yjs keeps the write of the higher client id: true favours the lead's, false the member's. */
  leadFirst?: boolean;
  /** Who the member is (default: the customs liaison without an agency of the plan). */
  memberAs?(plan: PlanSnapshot): SyncAuthor;
}

/**
 * The lead's demo plan in its doc and the customs liaison's instance linked to it, caught up.
 * Returns the function that builds the pair; every pair is stopped and closed after its test.
 */
export function useLinkedMembers(): (options?: LinkOptions) => Promise<LinkedMembers> {
  const open: Instance[] = [];
  afterEach(() => {
    for (const i of open.splice(0)) {
      i.mirror.stop();
      i.data.db.close();
    }
  });
  return async (options = {}) => {
    const { lead, plan } = await leadWithDemo();
    const opId = plan.operation.id;
    const member = instance(options.memberAs?.(plan) ?? CUSTOMS, opId);
    if (options.leadFirst !== undefined) {
      lead.doc.clientID = options.leadFirst ? 2 : 1;
      member.doc.clientID = options.leadFirst ? 1 : 2;
    }
    open.push(lead, member);
    await member.mirror.start();
    const l = link(lead, member);
    await l.reconnect();
    return { lead, member, l, plan, opId };
  };
}

/**
 * Takes the pair's operation to "Durchgeführt" (results are facts after it) one status at a
 * time, as a lead would: each reaches the member before the next; both clocks are past H then.
 */
export async function executeTogether({ lead, member, l, opId }: LinkedMembers): Promise<void> {
  await lead.data.repos.operations.transition(opId, 'in_review');
  await l.settle();
  await approveWithReasons(lead.data, opId);
  await l.settle();
  lead.data.setNow('2026-12-20T10:00:00.000Z');
  member.data.setNow('2026-12-20T10:00:00.000Z');
  await lead.data.repos.operations.transition(opId, 'executed');
  await l.settle();
}
