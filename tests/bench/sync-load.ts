// The sync load benchmark's driver: builds the per-operation worker (sync-load-worker.ts) to
// plain JS, runs one worker thread per operation against a cluster, and gathers what they
// measured together with the nodes' memory and the database's growth.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { build } from 'vite';
import type { Cluster } from '../server/support/cluster';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKER_OUT = resolve(ROOT, 'out/bench-sync-load');

export interface LoadJob {
  op: string;
  nodes: { wsUrl: string; httpUrl: string }[];
  /** Index of the operation's first client overall: clients alternate between the nodes. */
  firstClient: number;
  clients: number;
  rate: number;
  seconds: number;
  payloadBytes: number;
  sealed: boolean;
}

export type ToWorker = { type: 'go' };

export interface LoadOutcome {
  op: string;
  sent: number;
  /** Per delivery to another client: from the writer's append to the receiver having opened it. */
  total: number[];
  /** The part until the entry arrived in the receiver's Yjs doc (server, Redis, event loop). */
  transit: number[];
  /** The receiver's check and opening (signature, AES-GCM; nothing for raw bytes). */
  decode: number[];
  /** `total`, split by whether writer and receiver were on the same node. */
  sameNode: number[];
  crossNode: number[];
  lost: number;
  duplicated: number;
  rejected: number;
  /** The worker's event-loop delay during the load: the harness's own queueing. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

type FromWorker =
  { type: 'ready' } | { type: 'done'; outcome: LoadOutcome } | { type: 'failed'; message: string };

export interface LoadResult {
  outcomes: LoadOutcome[];
  /** Peak resident memory of each node during the run. */
  peakRssMb: number[];
  dbGrowthMb: number;
  storedMb: number;
}

/** Builds the worker (npm packages stay in node_modules, src/shared is bundled). */
export async function buildLoadWorker(): Promise<string> {
  await build({
    configFile: false,
    resolve: { alias: { '@shared': resolve(ROOT, 'src/shared') } },
    build: {
      ssr: resolve(import.meta.dirname, 'sync-load-worker.ts'),
      outDir: WORKER_OUT,
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'sync-load-worker.js' } },
    },
    logLevel: 'warn',
  });
  return resolve(WORKER_OUT, 'sync-load-worker.js');
}

function rssMb(pid: number | null): number {
  if (pid === null) return NaN;
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : NaN;
}

/** Starts a worker and resolves once its clients are connected and synced. */
function startWorker(
  file: string,
  job: LoadJob,
): Promise<{ go(): void; done: Promise<LoadOutcome>; stop(): Promise<number> }> {
  const worker = new Worker(file, { workerData: job });
  let settle: (o: LoadOutcome) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const done = new Promise<LoadOutcome>((res, rej) => {
    settle = res;
    fail = rej;
  });
  return new Promise((ready, refuse) => {
    const failed = (e: Error) => {
      refuse(e);
      fail(e);
    };
    worker.on('error', failed);
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready')
        ready({
          go: () => worker.postMessage({ type: 'go' } satisfies ToWorker),
          done,
          stop: () => worker.terminate(),
        });
      else if (m.type === 'done') settle(m.outcome);
      else failed(new Error(`${job.op}: ${m.message}`));
    });
  });
}

export async function runLoad(
  cluster: Cluster,
  workerFile: string,
  options: Omit<LoadJob, 'op' | 'nodes' | 'firstClient'> & { tag: string; operations: number },
): Promise<LoadResult> {
  const db = new pg.Client({ connectionString: cluster.postgres.url });
  await db.connect();
  const dbSize = async () =>
    Number(
      (await db.query<{ n: string }>("SELECT pg_database_size('postgres') AS n")).rows[0]?.n ?? 0,
    );
  const sizeBefore = await dbSize();
  const { tag, operations, ...load } = options;
  const nodes = cluster.nodes.map((n) => ({ wsUrl: n.wsUrl, httpUrl: n.httpUrl }));
  const workers = await Promise.all(
    Array.from({ length: operations }, (_, i) =>
      startWorker(workerFile, {
        ...load,
        op: `${tag}-${i}`,
        nodes,
        firstClient: i * load.clients,
      }),
    ),
  );
  try {
    const peak = cluster.nodes.map(() => 0);
    const sampler = setInterval(() => {
      cluster.nodes.forEach((n, i) => (peak[i] = Math.max(peak[i] ?? 0, rssMb(n.pid()))));
    }, 1000);
    workers.forEach((w) => w.go());
    const outcomes = await Promise.all(workers.map((w) => w.done)).finally(() =>
      clearInterval(sampler),
    );
    // Let the nodes store (debounce 1 s, at most 5 s) before the database is measured.
    await new Promise((r) => setTimeout(r, 6000));
    const stored = await db.query<{ n: string }>(
      'SELECT coalesce(sum(length(state)), 0) AS n FROM sync_documents WHERE name LIKE $1',
      [`${tag}-%`],
    );
    return {
      outcomes,
      peakRssMb: peak,
      dbGrowthMb: ((await dbSize()) - sizeBefore) / 1024 / 1024,
      storedMb: Number(stored.rows[0]?.n ?? 0) / 1024 / 1024,
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await db.end();
  }
}
