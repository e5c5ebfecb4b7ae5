// What save-before-send relies on (share-outbox.ts): a kept transport doc may hold own envelopes
// beyond the kept chain heads (the app stopped after sending, before the heads were saved again).
// The reopened engine reads them from the kept log and continues after them — the next envelope
// is not a second "seq 2" — and the lead accepts the whole chain without a refusal.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SyncEngine } from '@shared/sync/engine';
import { FrameSigner, KeyCache } from '@shared/sync/frame';
import { createEpochEntry, publishEpoch } from '@shared/sync/keyring';
import type { SyncEvent } from '@shared/sync/types';
import { leadKeyOf, memberOf, twoIdentities } from './support/two-members';

const OP = 'op-chain';

describe('a kept chain', () => {
  it('continues after own envelopes the kept heads do not know yet', async () => {
    const { lead: leadId, liaison: memberId } = await twoIdentities();
    const lead = leadKeyOf(leadId);
    const server = new Y.Doc();
    const signer = await FrameSigner.of(leadId.privateKey);
    const members = [memberOf(leadId), memberOf(memberId)];
    publishEpoch(server, 1, await createEpochEntry(signer, OP, 1, members, new KeyCache()));

    // The liaison's first run: two envelopes; the heads were last saved after the first.
    const plan1 = new Y.Doc();
    const transport1 = new Y.Doc();
    Y.applyUpdate(transport1, Y.encodeStateAsUpdate(server));
    const run1 = await SyncEngine.start({
      operationId: OP,
      planDoc: plan1,
      transportDoc: transport1,
      identity: memberId,
      deviceId: 'dev-zoll',
      lead,
    });
    plan1.getMap('operations').set('a', 1);
    await run1.flush();
    const keptHeads = run1.exportState().heads;
    plan1.getMap('operations').set('b', 2);
    await run1.flush();
    const chain = `${memberId.fingerprint}/dev-zoll`;
    expect(keptHeads[chain]?.seq).toBe(1);
    expect(run1.exportState().heads[chain]?.seq).toBe(2);
    const keptPlan = Y.encodeStateAsUpdate(plan1);
    const keptTransport = Y.encodeStateAsUpdate(transport1);
    run1.stop();

    // Reopened from the kept docs with the older heads: the next edit is seq 3 after seq 2.
    const plan2 = new Y.Doc();
    const transport2 = new Y.Doc();
    Y.applyUpdate(plan2, keptPlan);
    Y.applyUpdate(transport2, keptTransport);
    const run2 = await SyncEngine.start({
      operationId: OP,
      planDoc: plan2,
      transportDoc: transport2,
      identity: memberId,
      deviceId: 'dev-zoll',
      lead,
      state: { version: 1, heads: keptHeads },
    });
    expect(run2.exportState().heads[chain]?.seq).toBe(2);
    plan2.getMap('operations').set('c', 3);
    await run2.flush();
    expect(run2.exportState().heads[chain]?.seq).toBe(3);

    // The lead receives the whole chain: applied in order, nothing refused.
    const leadPlan = new Y.Doc();
    const leadTransport = new Y.Doc();
    Y.applyUpdate(leadTransport, Y.encodeStateAsUpdate(server));
    const leadEngine = await SyncEngine.start({
      operationId: OP,
      planDoc: leadPlan,
      transportDoc: leadTransport,
      identity: leadId,
      deviceId: 'dev-lead',
      lead,
    });
    const events: SyncEvent[] = [];
    leadEngine.on((e) => events.push(e));
    Y.applyUpdate(leadTransport, Y.encodeStateAsUpdate(transport2));
    await leadEngine.flush();
    expect(events.filter((e) => e.type === 'rejected')).toEqual([]);
    expect(leadEngine.exportState().heads[chain]?.seq).toBe(3);
    expect(leadPlan.getMap('operations').toJSON()).toEqual({ a: 1, b: 2, c: 3 });
    run2.stop();
    leadEngine.stop();
  }, 60_000);
});
