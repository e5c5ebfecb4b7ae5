// The sealed sync engine with the results record judged per entry: the lead (edit) and the
// customs liaison (agency rights for the customs office). The liaison's numbers in their own row
// reach the lead; another agency's row is kept back by the liaison's own engine, and refused and
// reported by the lead's when a modified client sends it anyway.
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sealEnvelope } from '@shared/sync/envelope';
import { FrameSigner } from '@shared/sync/frame';
import { TRANSPORT } from '@shared/sync/types';
import {
  epochKey,
  Network,
  OP,
  person,
  record,
  rejections,
  writeEpoch,
  type Person,
} from './support';

const AT = '2026-12-20T10:00:00.000Z';
const CUSTOMS = 'hza-essen';
const POLICE = 'pp-essen';

let lead: Person;
let customs: Person;

beforeAll(async () => {
  [lead, customs] = await Promise.all([
    person('Lea Leitung', 'edit'),
    person('Zoe Zoll', 'agency', CUSTOMS),
  ]);
});

/** A row entry as the app's mirror writes it (renderer/sync/results-doc.ts, plan-doc.ts). */
const rowEntry = (agencyId: string, persons: number, sid: string) => ({
  v: { agencyId, targetId: 't1', values: { persons_checked: persons }, goods: [], note: '' },
  at: AT,
  sid,
  seen: null,
});

const persons = (plan: Y.Doc, key: string): unknown =>
  (record(plan, 'results', OP).get(key) as { v?: { values?: { persons_checked?: number } } })?.v
    ?.values?.persons_checked;

/** The two joined, before the lead has started the results record. */
async function joined() {
  const transport = new Y.Doc();
  await writeEpoch(lead, transport, 1, [lead, customs]);
  const net = new Network(lead);
  const a = await net.join('lead', lead, transport);
  const z = await net.join('zoll', customs);
  return { net, a, z };
}

async function leadAndLiaison() {
  const { net, a, z } = await joined();
  // The lead's results record: the police row and a follow-up.
  a.plan.transact(() => {
    const results = record(a.plan, 'results', OP);
    results.set('operationId', { v: OP, at: AT, sid: 's0', seen: null });
    results.set(`rows/${POLICE}/t1`, rowEntry(POLICE, 4, 's1'));
    results.set('followUps/f1', {
      v: { id: 'f1', task: 'Bericht' },
      at: AT,
      sid: 's2',
      seen: null,
    });
  });
  await net.settle();
  return { net, a, z };
}

describe('results per agency row through the sync engine', () => {
  it("applies the liaison's own row on the lead's side", async () => {
    const { net, a, z } = await leadAndLiaison();
    record(z.plan, 'results', OP).set(`rows/${CUSTOMS}/t1`, rowEntry(CUSTOMS, 7, 'z1'));
    await net.settle();
    expect(persons(a.plan, `rows/${CUSTOMS}/t1`)).toBe(7);
    // Changed and deleted again: both arrive.
    record(z.plan, 'results', OP).set(`rows/${CUSTOMS}/t1`, rowEntry(CUSTOMS, 9, 'z2'));
    await net.settle();
    expect(persons(a.plan, `rows/${CUSTOMS}/t1`)).toBe(9);
    record(z.plan, 'results', OP).delete(`rows/${CUSTOMS}/t1`);
    await net.settle();
    expect(record(a.plan, 'results', OP).has(`rows/${CUSTOMS}/t1`)).toBe(false);
    expect(rejections(a)).toEqual([]);
    expect(rejections(z)).toEqual([]);
    expect(a.events).toContainEqual(
      expect.objectContaining({
        type: 'applied',
        author: expect.objectContaining({ agencyId: CUSTOMS }),
      }),
    );
  });

  it('says whether the record is shared: a record only the liaison holds is kept back', async () => {
    const { net, a, z } = await joined();
    expect(z.engine.sharedHas('results', OP)).toBe(false);
    // The liaison's own plan doc gets a record the others lack (as from a store that had it
    // before joining): its first row would create it, which is the lead's — not sent.
    record(z.plan, 'results', OP).set(`rows/${CUSTOMS}/t1`, rowEntry(CUSTOMS, 3, 'z0'));
    await net.settle();
    expect(z.plan.getMap('results').has(OP)).toBe(true);
    expect(z.engine.sharedHas('results', OP)).toBe(false);
    expect(a.plan.getMap('results').has(OP)).toBe(false);
    expect(rejections(z)).toEqual([expect.objectContaining({ reason: 'outside_rights' })]);
  });

  it("lets the liaison's first row through once the lead's (empty) record has arrived", async () => {
    const { net, a, z } = await joined();
    // What marking "Durchgeführt" writes: the record with its plain fields, no row, no number.
    record(a.plan, 'results', OP).set('operationId', { v: OP, at: AT, sid: 's0', seen: null });
    await net.settle();
    expect(z.engine.sharedHas('results', OP)).toBe(true);
    record(z.plan, 'results', OP).set(`rows/${CUSTOMS}/t1`, rowEntry(CUSTOMS, 5, 'z1'));
    await net.settle();
    expect(persons(a.plan, `rows/${CUSTOMS}/t1`)).toBe(5);
    expect(rejections(z)).toEqual([]);
    expect(rejections(a)).toEqual([]);
  });

  it("keeps another agency's row back: not sent by the liaison, refused by the lead", async () => {
    const { net, a, z } = await leadAndLiaison();
    // The liaison's own engine does not send it (and says so) …
    record(z.plan, 'results', OP).set(`rows/${POLICE}/t1`, rowEntry(POLICE, 99, 'z1'));
    await net.settle();
    expect(persons(a.plan, `rows/${POLICE}/t1`)).toBe(4);
    expect(rejections(z)).toEqual([
      expect.objectContaining({ reason: 'outside_rights', author: customs.id.fingerprint }),
    ]);

    // … and a modified client that sends it anyway (signed, sealed) is refused by the lead.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(a.plan));
    const before = Y.encodeStateVector(copy);
    copy.transact(() => {
      record(copy, 'results', OP).set(`rows/${CUSTOMS}/t1`, rowEntry(CUSTOMS, 1, 'm1'));
      record(copy, 'results', OP).set('followUps/f1', {
        v: { id: 'f1', task: 'erledigt' },
        at: AT,
        sid: 'm2',
        seen: 's2',
      });
    });
    const header = { kind: 'update' as const, op: OP, epoch: 1, author: customs.id.fingerprint };
    const forged = await sealEnvelope(
      await FrameSigner.of(customs.id.privateKey),
      await epochKey(a.transport, lead, customs, 1),
      { ...header, device: 'modified', seq: 1, prev: '' },
      Y.encodeStateAsUpdate(copy, before),
    );
    a.transport.getArray<Uint8Array>(TRANSPORT.log).push([forged]);
    await a.engine.flush();
    // Whole update refused: not even the own row in it was applied.
    expect(record(a.plan, 'results', OP).has(`rows/${CUSTOMS}/t1`)).toBe(false);
    expect(record(a.plan, 'results', OP).get('followUps/f1')).toMatchObject({ sid: 's2' });
    expect(rejections(a)).toEqual([
      expect.objectContaining({
        reason: 'outside_rights',
        author: customs.id.fingerprint,
        device: 'modified',
      }),
    ]);
  });
});
