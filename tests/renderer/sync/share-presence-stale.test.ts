// The app's presence reader on real engines and real y-protocols awareness (linked directly, no
// server): a presence that is not renewed drops out after staleMs, one from a clock more than
// 90 s off never shows, and a state that is not a presence is ignored.
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SyncEngine } from '@shared/sync/engine';
import { FrameSigner, KeyCache } from '@shared/sync/frame';
import { createEpochEntry, publishEpoch } from '@shared/sync/keyring';
import { SharePresence } from '../../../src/renderer/sync/share-presence';
import { leadKeyOf, memberOf, twoIdentities, type MemberIdentity } from './support/two-members';

const OP = 'op-presence-1';
const T0 = Date.UTC(2026, 11, 6, 7, 0);
const timing = { refreshMs: 3_600_000, staleMs: 30_000 };
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((s) => s()));

async function engineOf(who: MemberIdentity, lead: MemberIdentity, transport: Y.Doc) {
  const engine = await SyncEngine.start({
    operationId: OP,
    planDoc: new Y.Doc(),
    transportDoc: transport,
    identity: who,
    deviceId: `dev-${who.fingerprint.slice(0, 8)}`,
    lead: leadKeyOf(lead),
  });
  stops.push(() => engine.stop());
  return engine;
}

/** Each awareness change reaches the other side, as the server would relay it. */
function link(a: Awareness, b: Awareness): void {
  const relay = (from: Awareness, to: Awareness) => {
    const onUpdate = ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === 'relay') return;
      const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), 'relay');
    };
    from.on('update', onUpdate);
    stops.push(() => from.off('update', onUpdate));
  };
  relay(a, b);
  relay(b, a);
}

describe('the presence reader', () => {
  it('drops a presence not renewed, refuses a skewed clock, ignores foreign states', async () => {
    const { lead, liaison } = await twoIdentities();
    const transport = new Y.Doc();
    const signer = await FrameSigner.of(lead.privateKey);
    const members = [memberOf(lead), memberOf(liaison)];
    publishEpoch(transport, 1, await createEpochEntry(signer, OP, 1, members, new KeyCache()));
    const leadEngine = await engineOf(lead, lead, transport);
    const liaisonEngine = await engineOf(liaison, lead, transport);

    let leadClock = T0;
    let liaisonClock = T0;
    const awA = new Awareness(new Y.Doc());
    const awB = new Awareness(new Y.Doc());
    stops.push(
      () => awA.destroy(),
      () => awB.destroy(),
    );
    link(awA, awB);
    let seenByLead: ReadonlySet<string> = new Set();
    const a = new SharePresence(
      awA,
      leadEngine,
      (c) => (seenByLead = c),
      timing,
      () => leadClock,
    );
    const b = new SharePresence(
      awB,
      liaisonEngine,
      () => {},
      timing,
      () => liaisonClock,
    );
    stops.push(
      () => a.stop(),
      () => b.stop(),
    );
    await b.refresh();
    await a.refresh();
    expect([...seenByLead].sort()).toEqual([lead.fingerprint, liaison.fingerprint].sort());

    // The liaison stops renewing (a dropped connection the server has not noticed yet).
    leadClock = T0 + timing.staleMs + 1;
    await a.refresh();
    expect([...seenByLead]).toEqual([lead.fingerprint]);

    // Renewed, but by a clock more than 90 s ahead: a presence from the future does not show.
    liaisonClock = leadClock + 90_001;
    await b.refresh();
    await a.read();
    expect(seenByLead.has(liaison.fingerprint)).toBe(false);
    liaisonClock = leadClock;
    await b.refresh();
    await a.read();
    expect(seenByLead.has(liaison.fingerprint)).toBe(true);

    // Anything else in an awareness state counts for nobody.
    awB.setLocalState({ p: 'kein Rahmen' });
    await a.read();
    expect([...seenByLead]).toEqual([lead.fingerprint]);
  }, 60_000);
});
