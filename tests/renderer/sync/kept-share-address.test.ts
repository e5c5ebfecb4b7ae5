// A share opened the way the screens open it (JoinSharedPanel, SharingView): with the server
// address as parseSyncServer reads it from the settings, which carries more than the two
// addresses the kept record holds. The first save must still commit — until it does, nothing
// of this machine's own reaches the provider (save before send), so a lead's plan never left.
// The server is away (a closed port): the share opens offline and saves all the same.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { generateIdentity } from '@shared/exchange/keys';
import { exchangeStore } from '../../../src/renderer/features/exchange/exchange-store';
import { parseSyncServer } from '../../../src/renderer/sync/server-url';
import { openKeptShare } from '../../../src/renderer/sync/share-keeping';
import { shareStore } from '../../../src/renderer/sync/share-store';
import type { SharedOperation } from '../../../src/renderer/sync/shared-operation';
import { openTestData, type TestData } from '../support/data';

let t: TestData | undefined;
let share: SharedOperation | undefined;
afterEach(async () => {
  share?.close();
  await t?.db.delete();
});

const OP = 'op-kept-address';

describe('a share opened with the settings address', () => {
  it('keeps only the two addresses and its first save commits', async () => {
    const data = openTestData(undefined, 'Zoran Zeller');
    t = data;
    const identity = await exchangeStore(data.ctx).ensureIdentity({
      name: 'Zoran Zeller',
      agency: 'Zoll',
      function: 'Verbindung',
    });
    const lead = await generateIdentity({
      name: 'Lea Lenz',
      agency: 'Polizei',
      function: 'Einsatzleitung',
    });
    const address = parseSyncServer('http://127.0.0.1:9');
    if (!address.ok) throw new Error('Adresse ungültig');
    expect(Object.keys(address)).toContain('connectHosts');
    let saveError: unknown = null;
    share = await openKeptShare({
      onSaveError: (e) => {
        saveError = e;
      },
      WebSocketPolyfill: WebSocket,
      server: address,
      operationId: OP,
      repo: data.ctx,
      identity,
      lead: { fingerprint: lead.fingerprint, publicKey: lead.publicKey },
    });
    // The share saves right after it opened (what the engine sealed at start goes out then).
    let kept = null;
    for (let i = 0; i < 200 && !kept && saveError === null; i++) {
      await new Promise((r) => setTimeout(r, 25));
      kept = await shareStore(data.ctx).get(OP);
    }
    expect(saveError).toBeNull();
    expect(kept?.server).toEqual({ httpOrigin: 'http://127.0.0.1:9', wsUrl: 'ws://127.0.0.1:9' });
    expect(kept?.role).toBe('member');
  });
});
