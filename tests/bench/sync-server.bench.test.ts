// Sync server under load (issue 18): 2 nodes on one Redis and one PostgreSQL, 50 clients in 10
// operations, each appending 5 entries a second for 60 s. Measured: propagation from the
// writer's append (after sealing; the writer's seal and signature are not in it) to each other
// client of the operation having checked and opened it (p95), lost and duplicated entries, the
// nodes' peak memory and the database's growth. Row: sealed envelopes (part A's frames — AES-GCM
// and an Ed25519 signature per entry, checked and opened by every receiver); baseline: the same
// load with raw bytes, in the same run. Each operation's clients run in their own worker thread
// (sync-load-worker.ts), so that one event loop does not queue fifty clients' signature checks
// behind each other; the printed breakdown says where the latency goes (transit through the
// nodes and Redis, the receiver's check, same node or across nodes, the harness's own event-loop
// delay). VP_SYNC_BENCH_SECONDS shortens the run (default 60, the issue's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import setupServerBuild from '../server/support/global-setup';
import { missingServices, startCluster, type Cluster } from '../server/support/cluster';
import { percentile, report, withBudget, type Measurement } from './harness';
import { buildLoadWorker, runLoad, type LoadOutcome, type LoadResult } from './sync-load';

const SECONDS = Number(process.env.VP_SYNC_BENCH_SECONDS ?? 60);
const OPERATIONS = 10;
const CLIENTS_PER_OPERATION = 5;
const RATE_PER_CLIENT = 5;
const PAYLOAD_BYTES = 200;
const PLANNED = OPERATIONS * CLIENTS_PER_OPERATION * RATE_PER_CLIENT * SECONDS;

const all = (r: LoadResult, pick: (o: LoadOutcome) => number[]) => r.outcomes.flatMap(pick);
const sum = (r: LoadResult, pick: (o: LoadOutcome) => number) =>
  r.outcomes.reduce((s, o) => s + pick(o), 0);
const sent = (r: LoadResult) => sum(r, (o) => o.sent);
const ms = (values: number[], p: number) => `${percentile(values, p).toFixed(0)} ms`;

function workload(r: LoadResult): string {
  return (
    `2 nodes, ${OPERATIONS * CLIENTS_PER_OPERATION} clients in ${OPERATIONS} ops (a worker thread ` +
    `each), ${RATE_PER_CLIENT}/s each, ${SECONDS} s, ${sent(r)} of ${PLANNED} entries sent` +
    `${sent(r) < PLANNED ? ' (the writers could not keep the rate)' : ''}; ` +
    `lost ${sum(r, (o) => o.lost)}, duplicated ${sum(r, (o) => o.duplicated)}, ` +
    `rejected ${sum(r, (o) => o.rejected)}; node peak RSS ${r.peakRssMb
      .map((m) => m.toFixed(0))
      .join(' + ')} MB; Postgres +${r.dbGrowthMb.toFixed(1)} MB (documents ${r.storedMb.toFixed(
      2,
    )} MB)`
  );
}

/** Where the time goes, printed beside the row. */
function breakdown(name: string, r: LoadResult): string {
  const loop = r.outcomes.map((o) => o.loopDelayP99Ms);
  return (
    `[bench] ${name}: p95 transit ${ms(
      all(r, (o) => o.transit),
      95,
    )}, ` +
    `receiver check+open ${ms(
      all(r, (o) => o.decode),
      95,
    )}; ` +
    `same node p95 ${ms(
      all(r, (o) => o.sameNode),
      95,
    )}, ` +
    `across nodes (Redis) p95 ${ms(
      all(r, (o) => o.crossNode),
      95,
    )}; ` +
    `harness event-loop delay p99 ${Math.max(...loop).toFixed(0)} ms (worst worker), ` +
    `max ${Math.max(...r.outcomes.map((o) => o.loopDelayMaxMs)).toFixed(0)} ms`
  );
}

const skip = missingServices();

describe.skipIf(skip)('sync server under load', () => {
  let cluster: Cluster;
  let workerFile: string;

  beforeAll(async () => {
    await setupServerBuild();
    workerFile = await buildLoadWorker();
    cluster = await startCluster(2);
  }, 300_000);

  // Nodes store their open documents before they exit: on a loaded machine more than the
  // default 10 s.
  afterAll(async () => {
    await cluster?.stop();
  }, 120_000);

  it('2 nodes, 50 clients in 10 operations, 5 entries/s each: sealed vs raw', async () => {
    const load = {
      operations: OPERATIONS,
      clients: CLIENTS_PER_OPERATION,
      rate: RATE_PER_CLIENT,
      seconds: SECONDS,
      payloadBytes: PAYLOAD_BYTES,
    };
    const raw = await runLoad(cluster, workerFile, { ...load, tag: 'raw', sealed: false });
    const sealed = await runLoad(cluster, workerFile, { ...load, tag: 'sealed', sealed: true });
    const latencies = all(sealed, (o) => o.total);
    const rawLatencies = all(raw, (o) => o.total);
    const m: Measurement = {
      name: 'sync server: propagation, sealed envelopes',
      workload: workload(sealed),
      runs: latencies.length,
      medianMs: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      baseline: {
        name: `raw bytes (${workload(raw)})`,
        medianMs: percentile(rawLatencies, 50),
        ratio: percentile(latencies, 50) / percentile(rawLatencies, 50),
      },
    };
    const intact = (r: LoadResult) => sum(r, (o) => o.lost + o.duplicated + o.rejected) === 0;
    report(
      withBudget(m, 'p95 ≤ 500 ms, none lost or duplicated', m.p95Ms <= 500 && intact(sealed)),
    );
    console.log(`[bench] raw bytes p95 ${ms(rawLatencies, 95)}`);
    console.log(breakdown('sealed', sealed));
    console.log(breakdown('raw', raw));
    // Every client sent and every other client of its operation received.
    const deliveries = (r: LoadResult) => sent(r) * (CLIENTS_PER_OPERATION - 1);
    expect(rawLatencies.length).toBeGreaterThan(0);
    expect(latencies.length + sum(sealed, (o) => o.lost)).toBe(deliveries(sealed));
  });
});
