// Sync server under load (issue 18): 2 nodes on one Redis and one PostgreSQL, 50 clients in 10
// operations, each appending 5 entries a second. Measured: propagation from the writer's append
// (after sealing; the writer's seal and signature are not in it) to each other client of the
// operation having checked and opened it (p95), lost and duplicated entries, the
// nodes' memory and the database's growth. Row: sealed envelopes (part A's frames — AES-GCM and
// an OpenPGP signature per entry, checked and opened by every receiver); baseline: the same
// load with raw bytes. VP_SYNC_BENCH_SECONDS sets the duration (default 10; the is 60).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAesKey, type SecretKey } from '@shared/crypto/aead';
import { readPublic } from '@shared/exchange/keys';
import { openEnvelopeBody, readEnvelope, sealEnvelope } from '@shared/sync/envelope';
import { FrameSigner, frameHash, signatureHolds } from '@shared/sync/frame';
import setupServerBuild from '../server/support/global-setup';
import {
  addMember,
  eventually,
  identity,
  rawClient,
  type Identity,
  type RawClient,
} from '../server/support/clients';
import { missingServices, startCluster, type Cluster } from '../server/support/cluster';
import { percentile, report, withBudget, type Measurement } from './harness';

const SECONDS = Number(process.env.VP_SYNC_BENCH_SECONDS ?? 10);
const OPERATIONS = 10;
const CLIENTS_PER_OPERATION = 5;
const RATE_PER_CLIENT = 5;
const PAYLOAD_BYTES = 200;

interface Variant {
  name: string;
  /** Bytes to append for entry `id` by client `writer`. */
  encode(writer: number, id: string): Promise<Uint8Array>;
  /** The entry id inside received bytes, or null when it does not check out. */
  decode(bytes: Uint8Array): Promise<string | null>;
}

interface Result {
  latencies: number[];
  lost: number;
  duplicated: number;
  rejected: number;
  rssMb: number[];
  dbGrowthMb: number;
  storedMb: number;
}

/** The element at `i`, or a thrown error: indexes here are always in range. */
function at<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`no element ${i}`);
  return v;
}

const idBytes = (id: string) => Buffer.from(id.padEnd(32, ' '), 'utf8');
const idOf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 32)).toString('utf8').trim();

function rawVariant(): Variant {
  return {
    name: 'raw bytes',
    encode: async (_w, id) =>
      new Uint8Array(Buffer.concat([idBytes(id), randomBytes(PAYLOAD_BYTES)])),
    decode: async (bytes) => idOf(bytes),
  };
}

/** Part A's envelope frames: sealed under one epoch key per operation, signed per writer. */
async function sealedVariant(
  people: Identity[],
  keys: SecretKey[],
  opOf: (w: number) => string,
): Promise<Variant> {
  const signers = await Promise.all(people.map((p) => FrameSigner.of(p.privateKey)));
  const publicKeys = new Map(
    await Promise.all(
      people.map(async (p) => [p.fingerprint, await readPublic(p.publicKey)] as const),
    ),
  );
  const chains = people.map(() => ({ seq: 0, prev: '' }));
  const keyOf = (w: number) => at(keys, Math.floor(w / CLIENTS_PER_OPERATION));
  return {
    name: 'sealed envelopes',
    async encode(w, id) {
      const signer = at(signers, w);
      const chain = at(chains, w);
      chain.seq += 1;
      const bytes = await sealEnvelope(
        signer,
        keyOf(w),
        {
          kind: 'update',
          op: opOf(w),
          epoch: 1,
          author: signer.fingerprint,
          device: `bench-${w}`,
          seq: chain.seq,
          prev: chain.prev,
        },
        new Uint8Array(Buffer.concat([idBytes(id), randomBytes(PAYLOAD_BYTES)])),
      );
      chain.prev = await frameHash(bytes);
      return bytes;
    },
    async decode(bytes) {
      const read = readEnvelope(bytes);
      if (!read) return null;
      const key = publicKeys.get(read.header.author);
      if (!key || !(await signatureHolds(read.frame, key))) return null;
      const w = Number(read.header.device.slice('bench-'.length));
      return idOf(await openEnvelopeBody(keyOf(w), read.frame));
    },
  };
}

function rssMb(pid: number | null): number {
  if (pid === null) return NaN;
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : NaN;
}

async function runLoad(
  cluster: Cluster,
  people: Identity[],
  variant: Variant,
  tag: string,
): Promise<Result> {
  const db = new pg.Client({ connectionString: cluster.postgres.url });
  await db.connect();
  const dbSize = async () =>
    Number(
      (await db.query<{ n: string }>("SELECT pg_database_size('postgres') AS n")).rows[0]?.n ?? 0,
    );
  const sizeBefore = await dbSize();
  // One lead registers every operation of the run and adds the others to theirs.
  const lead = at(people, 0);
  const clients: RawClient[] = [];
  const sentAt = new Map<string, number>();
  const seen: Map<string, number>[] = [];
  const latencies: number[] = [];
  let duplicated = 0;
  let rejected = 0;
  try {
    for (let w = 0; w < people.length; w++) {
      const op = `${tag}-${Math.floor(w / CLIENTS_PER_OPERATION)}`;
      const who = at(people, w);
      const node = cluster.nodes[w % cluster.nodes.length];
      if (!node) throw new Error('no node');
      if (who !== lead) await addMember(node.httpUrl, lead, op, who);
      const c = rawClient({ wsUrl: node.wsUrl, httpUrl: node.httpUrl, operationId: op, who });
      const mine = new Map<string, number>();
      seen.push(mine);
      c.entries.observe((event) => {
        for (const item of event.changes.added) {
          // A Y.Array<Uint8Array> holds only byte entries.
          for (const bytes of item.content.getContent() as Uint8Array[]) {
            void variant.decode(bytes).then(
              (id) => {
                if (id === null) return void rejected++;
                const count = (mine.get(id) ?? 0) + 1;
                mine.set(id, count);
                if (count > 1) duplicated++;
                const sent = sentAt.get(id);
                // Own entries are not propagation; the decode time counts (a client must check
                // and open an envelope before the entry is there for it).
                if (sent !== undefined && !id.startsWith(`${w}:`))
                  latencies.push(performance.now() - sent);
              },
              () => void rejected++,
            );
          }
        }
      });
      clients.push(c);
    }
    await eventually('all clients synced', () => clients.every((c) => c.provider.isSynced), 60_000);
    // Each client appends on its own 200 ms tick, staggered so the load is even.
    const until = performance.now() + SECONDS * 1000;
    let counter = 0;
    await Promise.all(
      clients.map(async (c, w) => {
        await new Promise((r) => setTimeout(r, (w * 1000) / RATE_PER_CLIENT / clients.length));
        while (performance.now() < until) {
          const tick = performance.now();
          const id = `${w}:${counter++}`;
          const bytes = await variant.encode(w, id);
          sentAt.set(id, performance.now());
          c.entries.push([bytes]);
          const wait = 1000 / RATE_PER_CLIENT - (performance.now() - tick);
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
      }),
    );
    // Every entry of an operation must reach each of its clients exactly once.
    const expectedAt = (w: number) =>
      [...sentAt.keys()].filter(
        (id) =>
          Math.floor(Number(id.split(':')[0]) / CLIENTS_PER_OPERATION) ===
          Math.floor(w / CLIENTS_PER_OPERATION),
      );
    const missing = () =>
      seen.reduce((sum, mine, w) => sum + expectedAt(w).filter((id) => !mine.has(id)).length, 0);
    await eventually('every entry delivered', () => missing() === 0, 30_000).catch(() => undefined);
    // Let the nodes store (debounce 1 s, at most 5 s) before the database is measured.
    await new Promise((r) => setTimeout(r, 6000));
    const stored = await db.query<{ n: string }>(
      'SELECT coalesce(sum(length(state)), 0) AS n FROM sync_documents WHERE name LIKE $1',
      [`${tag}-%`],
    );
    return {
      latencies,
      lost: missing(),
      duplicated,
      rejected,
      rssMb: cluster.nodes.map((n) => rssMb(n.pid())),
      dbGrowthMb: ((await dbSize()) - sizeBefore) / 1024 / 1024,
      storedMb: Number(stored.rows[0]?.n ?? 0) / 1024 / 1024,
    };
  } finally {
    clients.forEach((c) => c.destroy());
    await db.end();
  }
}

const skip = missingServices();

describe.skipIf(skip)('sync server under load', () => {
  let cluster: Cluster;
  let people: Identity[];

  beforeAll(async () => {
    await setupServerBuild();
    cluster = await startCluster(2);
    people = await Promise.all(
      Array.from({ length: OPERATIONS * CLIENTS_PER_OPERATION }, (_, i) => identity(`Bench ${i}`)),
    );
  }, 300_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('2 nodes, 50 clients in 10 operations, 5 entries/s each: sealed vs raw', async () => {
    const keys = await Promise.all(
      Array.from({ length: OPERATIONS }, () => importAesKey(new Uint8Array(randomBytes(32)))),
    );
    const raw = await runLoad(cluster, people, rawVariant(), 'raw');
    const sealed = await runLoad(
      cluster,
      people,
      await sealedVariant(people, keys, (w) => `sealed-${Math.floor(w / CLIENTS_PER_OPERATION)}`),
      'sealed',
    );
    const workload = (r: Result) =>
      `2 nodes, ${people.length} clients in ${OPERATIONS} ops, ${RATE_PER_CLIENT}/s each, ${SECONDS} s; ` +
      `lost ${r.lost}, duplicated ${r.duplicated}, rejected ${r.rejected}; node RSS ${r.rssMb
        .map((m) => m.toFixed(0))
        .join(
          ' + ',
        )} MB; Postgres +${r.dbGrowthMb.toFixed(1)} MB (documents ${r.storedMb.toFixed(2)} MB)`;
    const m: Measurement = {
      name: 'sync server: propagation, sealed envelopes',
      workload: workload(sealed),
      runs: sealed.latencies.length,
      medianMs: percentile(sealed.latencies, 50),
      p95Ms: percentile(sealed.latencies, 95),
      baseline: {
        name: `raw bytes (${workload(raw)})`,
        medianMs: percentile(raw.latencies, 50),
        ratio: percentile(sealed.latencies, 50) / percentile(raw.latencies, 50),
      },
    };
    report(
      withBudget(
        m,
        'p95 ≤ 500 ms, none lost or duplicated',
        m.p95Ms <= 500 && sealed.lost === 0 && sealed.duplicated === 0,
      ),
    );
    console.log(`[bench] raw bytes p95 ${percentile(raw.latencies, 95).toFixed(1)} ms`);
    expect(raw.latencies.length).toBeGreaterThan(0);
  });
});
