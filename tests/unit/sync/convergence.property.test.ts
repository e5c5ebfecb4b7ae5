// Model-based: three members edit one plan through sealed envelopes while transport updates
// arrive in random order, members drop offline and come back, and the lead compacts at random
// moments. In the end every member holds the same plan, every typed piece of text is there,
// every single value is one somebody wrote, and nothing was refused.
// Deep run: FC_RUNS=200 FC_SEED=<seed> npx vitest run --project unit tests/unit/sync/convergence.property.test.ts
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fcRuns, fcTimeout } from '../../support/fc-runs';
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
let planner: Person;
let customs: Person;

beforeAll(async () => {
  [lead, planner, customs] = await Promise.all([
    person('Lea Leitung', 'edit'),
    person('Paul Planung', 'edit'),
    person('Zoe Zoll', 'agency', 'hza-essen'),
  ]);
});

const RECORDS = [
  ['targets', 't1'],
  ['targets', 't2'],
  ['operations', 'op1'],
  ['participations', 'p-zoll'],
] as const;
const FIELDS = ['status', 'meetingPoint'] as const;
const CUSTOMS_RECORD = 3; // p-zoll: the only record the customs member may change

type Action =
  | { kind: 'set'; who: number; rec: number; field: number; value: number }
  | { kind: 'type'; who: number; rec: number }
  | { kind: 'offline' | 'online' | 'flush'; who: number }
  | { kind: 'deliver'; n: number; pick: number }
  | { kind: 'compact' };

const who = fc.integer({ min: 0, max: 2 });
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      who,
      rec: fc.integer({ min: 0, max: RECORDS.length - 1 }),
      field: fc.integer({ min: 0, max: FIELDS.length - 1 }),
      value: fc.integer({ min: 0, max: 999 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      who,
      rec: fc.integer({ min: 0, max: RECORDS.length - 1 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('offline', 'online', 'flush'), who }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      n: fc.integer({ min: 1, max: 8 }),
      pick: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'compact' as const }) },
);

const notesOf = (c: Client, rec: number): Y.Text => {
  const [table, id] = RECORDS[rec] ?? RECORDS[0];
  const notes = record(c.plan, table, id).get('notes');
  if (!(notes instanceof Y.Text)) throw new Error('notes fehlt');
  return notes;
};

const planOf = (c: Client): unknown =>
  Object.fromEntries(
    ['targets', 'operations', 'participations'].map((t) => [t, c.plan.getMap(t).toJSON()]),
  );

async function run(actions: Action[]): Promise<void> {
  const transport = new Y.Doc();
  await writeEpoch(lead, transport, 1, [lead, planner, customs]);
  const net = new Network(lead);
  const a = await net.join('lead', lead, transport);
  for (const [table, id] of RECORDS) {
    const r = record(a.plan, table, id);
    r.set('notes', new Y.Text());
    if (table === 'participations') r.set('agencyId', 'hza-essen');
  }
  await a.engine.flush();
  const clients = [a, await net.join('plan', planner), await net.join('zoll', customs)];
  await net.settle();

  const typed: string[] = [];
  const written = new Map<string, Set<unknown>>();
  let step = 0;
  for (const act of actions) {
    step++;
    if (act.kind === 'deliver') {
      net.deliver(act.n, (size) => act.pick % size);
      continue;
    }
    if (act.kind === 'compact') {
      await a.engine.compact();
      continue;
    }
    const c = clients[act.who];
    if (!c) continue;
    // The customs member's app offers only their own participation.
    const rec = act.who === 2 && 'rec' in act ? CUSTOMS_RECORD : 'rec' in act ? act.rec : 0;
    const [table, id] = RECORDS[rec] ?? RECORDS[0];
    if (act.kind === 'set') {
      const field = FIELDS[act.field] ?? 'status';
      const value = `${c.name}:${act.value}`;
      record(c.plan, table, id).set(field, value);
      const key = `${table}/${id}/${field}`;
      written.set(key, (written.get(key) ?? new Set()).add(value));
    } else if (act.kind === 'type') {
      const piece = `[${c.name}-${step}]`;
      const notes = notesOf(c, rec);
      notes.insert(notes.length, piece);
      typed.push(piece);
    } else if (act.kind === 'offline') net.setOnline(c, false);
    else if (act.kind === 'online') net.setOnline(c, true);
    else await c.engine.flush();
  }
  await net.settle();

  const [first, ...others] = clients.map(planOf);
  for (const other of others) expect(other).toEqual(first);
  for (const piece of typed) {
    const found = RECORDS.some((_, i) => notesOf(a, i).toString().includes(piece));
    expect(found, `typed ${piece} is in the plan`).toBe(true);
  }
  for (const [key, values] of written) {
    const [table = '', id = '', field = ''] = key.split('/');
    const value: unknown = record(a.plan, table, id).get(field);
    expect(values.has(value), `${key} = ${String(value)} was written`).toBe(true);
  }
  for (const c of clients) {
    expect(rejections(c)).toEqual([]);
    for (const e of c.events) {
      if (e.type !== 'conflict') continue;
      const key = `${e.table}/${e.recordId}/${e.field}`;
      expect(written.get(key)?.has(e.lost), `lost ${String(e.lost)} of ${key} was written`).toBe(
        true,
      );
    }
    c.engine.stop();
  }
}

describe('sealed sync converges (model-based)', () => {
  const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
  it(
    'three members, random delivery order, offline periods and compaction',
    async () => {
      console.log(`sealed sync property: seed ${seed}, ${fcRuns(12)} runs`);
      await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 40 }), run), {
        numRuns: fcRuns(12),
        seed,
        // FC_PATH (printed with a failure) replays exactly the failing case.
        path: process.env.FC_PATH,
      });
    },
    fcTimeout(12, 90_000, 4_000),
  );
});
