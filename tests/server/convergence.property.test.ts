// Model-based: random sequences of appends on two clients (each on its own node), node kills
// (SIGKILL) and restarts, and pauses. Whatever happened, once both nodes run again both clients
// hold every entry either wrote, each once, in the same order. The seed is printed; replay one
// with FC_SEED=<seed>, more cases with FC_RUNS.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fcRuns, fcTimeout } from '../support/fc-runs';
import { addMember, eventually, identity, rawClient, type Identity } from './support/clients';
import { missingServices, startCluster, type Cluster } from './support/cluster';

type Command =
  | { kind: 'append'; client: 0 | 1; count: number }
  | { kind: 'kill'; node: 0 | 1 }
  | { kind: 'restart'; node: 0 | 1 }
  | { kind: 'pause'; ms: number };

const side = fc.constantFrom<0 | 1>(0, 1);
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('append' as const),
      client: side,
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('kill' as const), node: side }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), node: side }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('pause' as const),
      ms: fc.integer({ min: 0, max: 300 }),
    }),
  },
);

const RUNS = 3;
const skip = missingServices();

describe.skipIf(skip)('convergence under node failures (model-based)', () => {
  let cluster: Cluster;
  let lead: Identity;
  let liaison: Identity;

  beforeAll(async () => {
    [cluster, lead, liaison] = await Promise.all([
      startCluster(2),
      identity('Lea Leitung'),
      identity('Zoll Verbindung'),
    ]);
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it(
    'both clients end with every entry written, once, in the same order',
    async () => {
      const seed = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
      console.log(`convergence property: seed ${seed} (FC_SEED=${seed} replays it)`);
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 3, maxLength: 8 }), async (commands) => {
          const op = `op-model-${seed}-${run++}`;
          const [n0, n1] = cluster.nodes;
          if (!n0 || !n1) throw new Error('two nodes expected');
          expect((await addMember(n0.httpUrl, lead, op, liaison)).status).toBe(200);
          const clients = [
            rawClient({ wsUrl: n0.wsUrl, httpUrl: n0.httpUrl, operationId: op, who: lead }),
            rawClient({ wsUrl: n1.wsUrl, httpUrl: n1.httpUrl, operationId: op, who: liaison }),
          ] as const;
          const written: string[] = [];
          try {
            await eventually('both synced', () => clients.every((c) => c.provider.isSynced));
            for (const c of commands) {
              if (c.kind === 'append') written.push(...clients[c.client].append(c.count));
              else if (c.kind === 'kill' && cluster.nodes[c.node]?.running()) {
                await cluster.nodes[c.node]?.kill();
              } else if (c.kind === 'restart' && !cluster.nodes[c.node]?.running()) {
                await cluster.nodes[c.node]?.start();
              } else if (c.kind === 'pause') await new Promise((r) => setTimeout(r, c.ms));
            }
            for (const node of cluster.nodes) if (!node.running()) await node.start();
            await eventually(
              `both hold all ${written.length} entries (commands ${JSON.stringify(commands)})`,
              () => clients.every((c) => c.hex().length >= written.length),
              30_000,
            );
            const [a, b] = clients;
            expect([...a.hex()].sort()).toEqual([...written].sort());
            expect(b.hex()).toEqual(a.hex());
          } finally {
            clients.forEach((c) => c.destroy());
          }
        }),
        { seed, numRuns: fcRuns(RUNS) },
      );
    },
    fcTimeout(RUNS, 240_000, 60_000),
  );
});
