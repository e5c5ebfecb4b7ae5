// "Who is connected" (issue 18) through the real sync node: each member's device shows the other
// as connected from its sealed, signed awareness presence; a member who closes drops out at once
// (the cleared state), and a member the lead revokes is no longer shown. Presence timing is
// shortened through the option, not slept through.
import { describe, expect, it } from 'vitest';
import { SharedOperation } from '../../../src/renderer/sync/shared-operation';
import { eventually, missingServices, sharedDemo, useSyncServer } from './support/sync-server';

const skip = missingServices();
const presenceTiming = { refreshMs: 400, staleMs: 1_500 };
const seen = (s: SharedOperation) => [...s.status.connected].sort();

describe.skipIf(skip)('who is connected to a shared operation', () => {
  const sync = useSyncServer();

  it('shows both members connected, drops one who closes, and a revoked one', async () => {
    const demo = await sharedDemo(sync);
    const { leadKey, customsKey, leadMember, customsMember, leadData, memberData } = demo;
    const common = { ...demo.common, presenceTiming };
    const a = await SharedOperation.open({
      ...common,
      repo: leadData.ctx,
      identity: leadKey,
      deviceId: 'dev-lead',
      firstMembers: [leadMember, customsMember],
    });
    sync.closeAfter(a);
    const joinAsCustoms = async (deviceId: string) => {
      const b = await SharedOperation.open({
        ...common,
        repo: memberData.ctx,
        identity: customsKey,
        deviceId,
      });
      sync.closeAfter(b);
      return b;
    };
    const both = [leadKey.fingerprint, customsKey.fingerprint].sort();
    const b = await joinAsCustoms('dev-customs');
    await eventually('beide sehen beide', () => {
      return JSON.stringify(seen(a)) === JSON.stringify(both) && seen(b).length === 2;
    });
    expect(seen(b)).toEqual(both);

    // Closing clears the own state: the lead stops showing the liaison well before staleMs ran
    // out many times over (and would after staleMs even without the cleared state).
    b.close();
    expect(b.status.connected.size).toBe(0);
    await eventually(
      'Zoll nicht mehr verbunden',
      () => !a.status.connected.has(customsKey.fingerprint),
    );
    expect(seen(a)).toEqual([leadKey.fingerprint]);

    // Back again, then revoked: a revoked member's presence does not show.
    const again = await joinAsCustoms('dev-customs');
    await eventually('Zoll wieder verbunden', () => a.status.connected.has(customsKey.fingerprint));
    await a.setMembers([leadMember]);
    await eventually('widerrufen', () => again.status.phase === 'revoked');
    await eventually(
      'Widerrufener nicht verbunden',
      () => !a.status.connected.has(customsKey.fingerprint),
    );
    expect(again.status.connected.size).toBe(0);
  }, 180_000);
});
