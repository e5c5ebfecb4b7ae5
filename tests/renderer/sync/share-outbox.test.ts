// Save before send (share-outbox.ts): what this machine writes into the transport doc reaches
// the provider's doc only after a save that holds it has committed; a failed save holds it
// back until the next one succeeds; what the server sends is in the local doc at once.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ShareOutbox } from '../../../src/renderer/sync/share-outbox';

const log = (d: Y.Doc) => d.getArray<string>('log').toArray();

function setup(failFirst = 0) {
  const local = new Y.Doc();
  local.getArray<string>('log').push(['kept']);
  const saved: string[][] = [];
  const errors: unknown[] = [];
  let fail = failFirst;
  let release: () => void = () => {};
  let gate: Promise<void> | null = null;
  const outbox = new ShareOutbox(
    local,
    async () => {
      // The state is read when the save runs, as the share does.
      const state = log(local);
      if (gate) await gate;
      if (fail-- > 0) throw new Error('Tresor gesperrt');
      saved.push(state);
    },
    (e) => errors.push(e),
  );
  return {
    local,
    outbox,
    saved,
    errors,
    hold() {
      gate = new Promise((r) => (release = r));
    },
    open() {
      gate = null;
      release();
    },
  };
}

describe('share outbox', () => {
  it('hands an own change to the provider only after the save holding it', async () => {
    const t = setup();
    expect(log(t.outbox.wire)).toEqual(['kept']);
    t.hold();
    t.local.getArray<string>('log').push(['seq 1']);
    await Promise.resolve();
    expect(log(t.outbox.wire)).toEqual(['kept']);
    expect(t.outbox.waiting).toBe(1);
    t.open();
    await t.outbox.drain();
    expect(t.saved.at(-1)).toEqual(['kept', 'seq 1']);
    expect(log(t.outbox.wire)).toEqual(['kept', 'seq 1']);
    expect(t.outbox.waiting).toBe(0);
  });

  it('holds changes back while saving fails and sends them with the next save', async () => {
    const t = setup(1);
    t.local.getArray<string>('log').push(['seq 1']);
    await t.outbox.drain();
    expect(t.errors).toHaveLength(1);
    expect(log(t.outbox.wire)).toEqual(['kept']);
    expect(t.outbox.waiting).toBe(1);
    t.local.getArray<string>('log').push(['seq 2']);
    await t.outbox.drain();
    expect(t.saved.at(-1)).toEqual(['kept', 'seq 1', 'seq 2']);
    expect(log(t.outbox.wire)).toEqual(['kept', 'seq 1', 'seq 2']);
  });

  it("passes the server's changes to the engine's doc at once, and never back as own", async () => {
    const t = setup();
    const server = new Y.Doc();
    server.getArray<string>('log').push(['from lead']);
    Y.applyUpdate(t.outbox.wire, Y.encodeStateAsUpdate(server));
    expect(log(t.local)).toContain('from lead');
    await t.outbox.drain();
    expect(t.saved).toEqual([]);
    t.outbox.stop();
    t.local.getArray<string>('log').push(['after stop']);
    await t.outbox.drain();
    expect(t.saved).toEqual([]);
  });
});
