// The sealed sync engine's own cost, without a server (issue 18): sealing one local edit, and
// checking and applying one received envelope — from a member who may edit everything, and from
// one who may edit only their agency's parts (the update is tried on a scratch copy of the plan
// first) — on a plan of 200 targets; baseline: applying the same Yjs update unsealed. And one
// compaction of a 300-entry log. The load is 5 edits/s per client, so a few envelopes a
// second per receiver; the budget leaves most of the 500 ms propagation p95 to the network.
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  Network,
  person,
  record,
  rejections,
  writeEpoch,
  type Client,
  type Person,
} from '../unit/sync/support';
import { percentile, report, summarize, withBudget } from './harness';

const TARGETS = 200;
const EDITS = 150;

let lead: Person;
let planner: Person;
let customs: Person;

beforeAll(async () => {
  [lead, planner, customs] = await Promise.all([
    person('Lea Leitung', 'edit'),
    person('Paul Planung', 'edit'),
    person('Zoe Zoll', 'agency', 'hza-essen'),
  ]);
});

/** Lead, planner and customs on a plan of TARGETS targets and one customs participation. */
async function setup(): Promise<{ net: Network; a: Client; p: Client; z: Client }> {
  const transport = new Y.Doc();
  await writeEpoch(lead, transport, 1, [lead, planner, customs]);
  const net = new Network(lead);
  const a = await net.join('lead', lead, transport);
  for (let t = 0; t < TARGETS; t++) {
    const r = record(a.plan, 'targets', `t${t}`);
    r.set('name', `Objekt ${t} – Gaststätte am Markt ${t}`);
    r.set('street', `Marktstraße ${t}`);
    r.set('risk', t % 3);
    r.set('notes', new Y.Text(`Zufahrt über den Hof ${t}.`));
  }
  record(a.plan, 'participations', 'p-zoll').set('agencyId', 'hza-essen');
  const p = await net.join('plan', planner);
  const z = await net.join('zoll', customs);
  await net.settle();
  return { net, a, p, z };
}

/**
 * `writer` makes EDITS edits, each sealed on its own; the lead receives them one by one.
 * Returns the lead's time per envelope and the time to apply the same updates unsealed.
 */
async function receiveTimes(
  net: Network,
  a: Client,
  writer: Client,
  edit: (n: number) => void,
): Promise<{ sealed: number[]; plain: number[]; sealing: number[] }> {
  net.setOnline(a, false);
  const updates: Uint8Array[] = [];
  const collect = (u: Uint8Array): void => void updates.push(u);
  writer.plan.on('update', collect);
  const sealing: number[] = [];
  for (let n = 0; n < EDITS; n++) {
    const t0 = performance.now();
    edit(n);
    await writer.engine.flush();
    sealing.push(performance.now() - t0);
  }
  writer.plan.off('update', collect);
  const plainDoc = new Y.Doc();
  Y.applyUpdate(plainDoc, Y.encodeStateAsUpdate(a.plan));
  const plain = updates.map((u) => {
    const t0 = performance.now();
    Y.applyUpdate(plainDoc, u);
    return performance.now() - t0;
  });
  // One transport update at a time: each carries one envelope.
  const sealed: number[] = [];
  for (;;) {
    const t0 = performance.now();
    if (net.deliverTo(a, 1) === 0) break;
    await a.engine.flush();
    sealed.push(performance.now() - t0);
  }
  net.setOnline(a, true);
  return { sealed, plain, sealing };
}

describe('bench: sealed sync engine', () => {
  it('seals, checks and applies envelopes; compacts', async () => {
    const { net, a, p, z } = await setup();

    const byPlanner = await receiveTimes(net, a, p, (n) =>
      record(p.plan, 'targets', `t${n % TARGETS}`).set('status', `Stand ${n}`),
    );
    const byCustoms = await receiveTimes(net, a, z, (n) =>
      record(z.plan, 'participations', 'p-zoll').set('strength', n),
    );
    expect(rejections(a)).toEqual([]);
    expect(record(a.plan, 'participations', 'p-zoll').get('strength')).toBe(EDITS - 1);

    const workload = `plan of ${TARGETS} targets, ${EDITS} envelopes`;
    const budget = (times: number[]) => percentile(times, 95) <= 50;
    const seal = summarize('sync engine: seal one local edit', workload, byPlanner.sealing);
    report(withBudget(seal, 'p95 ≤ 50 ms', budget(byPlanner.sealing)));
    const edit = summarize(
      'sync engine: receive one envelope (edit rights)',
      workload,
      byPlanner.sealed,
      {
        name: 'Y.applyUpdate unsealed',
        times: byPlanner.plain,
      },
    );
    report(withBudget(edit, 'p95 ≤ 50 ms', budget(byPlanner.sealed)));
    const agency = summarize(
      'sync engine: receive one envelope (agency rights, scratch check)',
      workload,
      byCustoms.sealed,
      { name: 'Y.applyUpdate unsealed', times: byCustoms.plain },
    );
    report(withBudget(agency, 'p95 ≤ 50 ms', budget(byCustoms.sealed)));

    const compaction: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (let n = 0; n < 300; n++) {
        record(a.plan, 'targets', `t${n % TARGETS}`).set('status', `Runde ${round}.${n}`);
        await a.engine.flush();
      }
      const t0 = performance.now();
      await a.engine.compact();
      compaction.push(performance.now() - t0);
    }
    await net.settle();
    expect(p.plan.getMap('targets').toJSON()).toEqual(a.plan.getMap('targets').toJSON());
    const compact = summarize(
      'sync engine: compact a 300-entry log',
      `plan of ${TARGETS} targets`,
      compaction,
    );
    report(withBudget(compact, 'p95 ≤ 1 s', percentile(compaction, 95) <= 1000));
  }, 300_000);
});
