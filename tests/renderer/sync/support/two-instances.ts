// Two app instances (two databases, real repositories on fake-indexeddb), each with its plan
// Y.Doc and mirror, connected by passing Y updates directly — what the sync engine carries
// sealed. `online` false is the network dropping; `reconnect` exchanges state vectors.
import * as Y from 'yjs';
import type { PlanSnapshot } from '@shared/domain';
import { PlanMirror, type ConflictNotice } from '../../../../src/renderer/sync/mirror';
import type { RemoteApplyOrigin } from '@shared/sync/types';
import { isRemoteOrigin, type SyncAuthor } from '../../../../src/renderer/sync/plan-doc';
import type { Rejection } from '../../../../src/renderer/sync/remote-apply';
import { demoPlan } from '../../../support/demo-plan';
import { openTestData, type TestData } from '../../support/data';

export const LEAD: SyncAuthor = {
  name: 'Lea Lenz',
  agency: 'Polizeipräsidium Essen',
  agencyId: 'agency-police',
  keyFingerprint: '1a2b3c4d5e6f7a8b',
};
export const CUSTOMS: SyncAuthor = {
  name: 'Zoran Zeller',
  agency: 'Hauptzollamt Essen',
  agencyId: 'agency-customs',
  keyFingerprint: 'c0ffee00aa11bb22',
};

export interface Instance {
  data: TestData;
  doc: Y.Doc;
  mirror: PlanMirror;
  me: SyncAuthor;
  rejected: Rejection[];
  conflicts: ConflictNotice[];
  /** Updates this doc emitted from its own side (local edits, reverts, put-back values). */
  ownUpdates: number;
}

export function instance(me: SyncAuthor, operationId: string): Instance {
  const data = openTestData(undefined, me.name);
  const doc = new Y.Doc();
  const inst: Instance = {
    data,
    doc,
    me,
    rejected: [],
    conflicts: [],
    ownUpdates: 0,
    mirror: new PlanMirror({
      doc,
      operationId,
      repo: data.ctx,
      onRejected: (r) => inst.rejected.push(...r),
      onConflict: (c) => inst.conflicts.push(c),
      onError: (e) => {
        throw e;
      },
    }),
  };
  doc.on('update', (_u: Uint8Array, origin: unknown) => {
    if (!isRemoteOrigin(origin)) inst.ownUpdates++;
  });
  return inst;
}

/** The origin the engine gives a verified update (here: the other instance's own updates). */
export const remote = (author: SyncAuthor): RemoteApplyOrigin => ({
  kind: 'remote',
  author,
  envelope: 'update',
});

export interface Link {
  online: boolean;
  reconnect(): Promise<void>;
  settle(): Promise<void>;
}

/** Connects two instances: every own update of one goes to the other while online. */
export function link(a: Instance, b: Instance): Link {
  const l: Link = {
    online: true,
    async reconnect() {
      l.online = true;
      const toB = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc));
      const toA = Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc));
      Y.applyUpdate(b.doc, toB, remote(a.me));
      Y.applyUpdate(a.doc, toA, remote(b.me));
      await l.settle();
    },
    async settle() {
      // An applied change can send one more (a put-back value, a revert, a stamped late answer).
      for (let i = 0; i < 4; i++) {
        await a.mirror.idle();
        await b.mirror.idle();
      }
    },
  };
  const forward = (from: Instance, to: Instance) =>
    from.doc.on('update', (u: Uint8Array, origin: unknown) => {
      if (l.online && !isRemoteOrigin(origin)) Y.applyUpdate(to.doc, u, remote(from.me));
    });
  forward(a, b);
  forward(b, a);
  return l;
}

/** The lead's demo plan in its own database, shared into its doc. */
export async function leadWithDemo(): Promise<{ lead: Instance; plan: PlanSnapshot }> {
  const { plan, premises } = demoPlan();
  const lead = instance(LEAD, plan.operation.id);
  await lead.data.repos.operations.insertPlan(plan, premises);
  await lead.mirror.start({ share: true });
  return { lead, plan };
}

/** A plan without the store's own bookkeeping, lists in id order: what must converge. */
export async function comparable(i: Pick<Instance, 'data'>, operationId: string): Promise<unknown> {
  const plan = await i.data.repos.operations.loadPlan(operationId);
  const strip = (r: object) => {
    const { rev: _rev, updatedAt: _updatedAt, ...rest } = r as Record<string, unknown>;
    return rest;
  };
  const list = (rs: readonly { id: string }[]) =>
    [...rs].sort((x, y) => x.id.localeCompare(y.id)).map(strip);
  return {
    operation: strip(plan.operation),
    targets: list(plan.targets),
    participations: list(plan.participations),
    teams: list(plan.teams),
    timeline: list(plan.timeline),
    comms: list(plan.comms),
  };
}
