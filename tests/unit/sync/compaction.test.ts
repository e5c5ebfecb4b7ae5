// Compaction keeps the stored transport doc bounded: after a snapshot replaces the entries it
// covers, the transport doc is at most twice the plain plan doc, every member still converges,
// a newcomer loads the plan from the snapshot, and chains go on across it.
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TRANSPORT } from '@shared/sync/types';
import {
  Network,
  person,
  record,
  rejections,
  writeEpoch,
  type Client,
  type Person,
} from './support';

let lead: Person;
let customs: Person;
let reader: Person;

beforeAll(async () => {
  [lead, customs, reader] = await Promise.all([
    person('Lea Leitung', 'edit'),
    person('Zoe Zoll', 'agency', 'hza-essen'),
    person('Rudi Lesend', 'read', 'ordnungsamt'),
  ]);
});

const TABLES = ['operations', 'targets', 'participations'];
/** The plan's tables as JSON (a root a client never asked for reads as absent in toJSON). */
const planOf = (c: Client): unknown =>
  Object.fromEntries(TABLES.map((t) => [t, c.plan.getMap(t).toJSON()]));
const size = (doc: Y.Doc): number => Y.encodeStateAsUpdate(doc).byteLength;
const logLength = (c: Client): number => c.transport.getArray(TRANSPORT.log).length;

/** A plan of realistic shape, typed in many small steps, each sealed on its own. */
async function planInSteps(a: Client, z: Client, net: Network): Promise<void> {
  for (let t = 0; t < 40; t++) {
    const target = record(a.plan, 'targets', `t${t}`);
    target.set('name', `Objekt ${t} – Gaststätte am Markt ${t}`);
    target.set('street', `Marktstraße ${t}`);
    target.set('risk', t % 3);
    const notes = new Y.Text();
    target.set('notes', notes);
    notes.insert(0, 'Zufahrt über den Hof, Hund im Zwinger. ');
    await a.engine.flush();
    for (let e = 0; e < 4; e++) {
      target.set('status', `Stand ${e}`);
      notes.insert(notes.length, `Nachtrag ${e}. `);
      await a.engine.flush();
    }
  }
  record(a.plan, 'participations', 'p-zoll').set('agencyId', 'hza-essen');
  await net.settle();
  const mine = record(z.plan, 'participations', 'p-zoll');
  for (let n = 1; n <= 40; n++) {
    mine.set('strength', n);
    await z.engine.flush();
  }
  await net.settle();
}

describe('compaction', () => {
  it('keeps the transport doc within 2× the plain plan doc, and everyone converges', async () => {
    const transport = new Y.Doc();
    await writeEpoch(lead, transport, 1, [lead, customs, reader]);
    const net = new Network(lead);
    const a = await net.join('lead', lead, transport);
    const z = await net.join('zoll', customs);
    await planInSteps(a, z, net);

    const plain = size(a.plan);
    // Without compaction the log of small sealed steps is far larger than the plan itself.
    expect(size(a.transport)).toBeGreaterThan(2 * plain);
    expect(await z.engine.compact()).toBe(0); // only a member who may edit everything compacts
    const removed = await a.engine.compact();
    await net.settle();
    expect(removed).toBeGreaterThan(200);
    expect(logLength(a)).toBe(1);
    for (const c of [a, z]) expect(size(c.transport)).toBeLessThanOrEqual(2 * plain);
    expect(planOf(z)).toEqual(planOf(a));

    // Chains go on across the snapshot, for the compacting member and for the others.
    record(z.plan, 'participations', 'p-zoll').set('strength', 41);
    record(a.plan, 'targets', 't0').set('status', 'erledigt');
    await net.settle();
    expect(planOf(a)).toEqual(planOf(z));
    expect(record(a.plan, 'participations', 'p-zoll').get('strength')).toBe(41);

    // A newcomer loads everything from the snapshot and the entries after it.
    const r = await net.join('reader', reader);
    await net.settle();
    expect(planOf(r)).toEqual(planOf(a));

    // A second compaction replaces the first snapshot too.
    await a.engine.compact();
    await net.settle();
    expect(logLength(a)).toBe(1);
    expect(size(a.transport)).toBeLessThanOrEqual(2 * size(a.plan));
    for (const c of [a, z, r]) expect(rejections(c)).toEqual([]);
  }, 60_000);
});
