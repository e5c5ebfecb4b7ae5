// One operation of the sync load benchmark in its own worker thread: its clients (one identity
// each, the first one the operation's lead), their entries at the given rate, and what each
// client received. Fifty clients in one event loop would measure the harness: every receiver
// checks an Ed25519 signature per entry, and one thread doing that for all of them queues the
// deliveries behind each other. Built to plain JS by sync-load.ts (a worker cannot load TS).
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { importAesKey } from '@shared/crypto/aead';
import { readPublic } from '@shared/exchange/keys';
import { openEnvelopeBody, readEnvelope, sealEnvelope } from '@shared/sync/envelope';
import { FrameSigner, frameHash, signatureHolds } from '@shared/sync/frame';
import {
  addMember,
  eventually,
  identity,
  rawClient,
  type Identity,
  type RawClient,
} from '../server/support/clients';
import type { LoadJob, LoadOutcome, ToWorker } from './sync-load';

const job = workerData as LoadJob;
const port = parentPort;
if (!port) throw new Error('sync-load-worker runs as a worker thread');

const idBytes = (id: string) => Buffer.from(id.padEnd(32, ' '), 'utf8');
/** Entry ids are `<writer>:<n>`. */
const writerOf = (id: string) => Number(id.split(':')[0]);
const idOf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 32)).toString('utf8').trim();

interface Codec {
  encode(writer: number, id: string): Promise<Uint8Array>;
  /** The entry id, or null when the bytes do not check out. */
  decode(bytes: Uint8Array): Promise<string | null>;
}

async function main(): Promise<void> {
  const people = await Promise.all(
    Array.from({ length: job.clients }, (_, i) => identity(`Bench ${job.op} ${i}`)),
  );
  const nodeOf = (i: number) => {
    const node = job.nodes[(job.firstClient + i) % job.nodes.length];
    if (!node) throw new Error('no node');
    return node;
  };
  const lead = people[0];
  if (!lead) throw new Error('no clients');
  for (const [i, who] of people.entries()) {
    if (i === 0) continue;
    const res = await addMember(nodeOf(i).httpUrl, lead, job.op, who);
    if (res.status !== 200) throw new Error(`member_add: HTTP ${res.status}`);
  }
  const codec = job.sealed ? await sealedCodec(people) : rawCodec();

  const sentAt = new Map<string, number>();
  const seen = people.map(() => new Map<string, number>());
  const out: LoadOutcome = {
    op: job.op,
    sent: 0,
    total: [],
    transit: [],
    decode: [],
    sameNode: [],
    crossNode: [],
    lost: 0,
    duplicated: 0,
    rejected: 0,
    loopDelayP99Ms: 0,
    loopDelayMaxMs: 0,
  };
  const clients: RawClient[] = people.map((who, w) => {
    const node = nodeOf(w);
    const c = rawClient({ wsUrl: node.wsUrl, httpUrl: node.httpUrl, operationId: job.op, who });
    c.entries.observe((event) => {
      // Own entries arrive as local transactions; the app's engine does not check them again
      // either, so the receivers' work is what the others sent.
      if (event.transaction.local) return;
      const arrived = performance.now();
      for (const item of event.changes.added) {
        // A Y.Array<Uint8Array> holds only byte entries.
        for (const bytes of item.content.getContent() as Uint8Array[]) {
          void codec.decode(bytes).then(
            (id) => {
              if (id === null) return void out.rejected++;
              const mine = seen[w];
              if (!mine) return;
              const count = (mine.get(id) ?? 0) + 1;
              mine.set(id, count);
              if (count > 1) out.duplicated++;
              const sent = sentAt.get(id);
              const writer = writerOf(id);
              // Checking and opening count (a receiver has the edit only then).
              if (sent === undefined || writer === w) return;
              const done = performance.now();
              out.total.push(done - sent);
              out.transit.push(arrived - sent);
              out.decode.push(done - arrived);
              const same = nodeOf(writer).wsUrl === node.wsUrl;
              (same ? out.sameNode : out.crossNode).push(done - sent);
            },
            () => void out.rejected++,
          );
        }
      }
    });
    return c;
  });
  await eventually('clients synced', () => clients.every((c) => c.provider.isSynced), 120_000);
  port?.postMessage({ type: 'ready' });
  await new Promise<void>((resolve) =>
    port?.once('message', (m: ToWorker) => {
      if (m.type === 'go') resolve();
    }),
  );

  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const until = performance.now() + job.seconds * 1000;
  await Promise.all(
    clients.map(async (c, w) => {
      // Each client on its own tick, staggered so the load is even.
      await new Promise((r) => setTimeout(r, (w * 1000) / job.rate / clients.length));
      let n = 0;
      while (performance.now() < until) {
        const tick = performance.now();
        const id = `${w}:${n++}`;
        const bytes = await codec.encode(w, id);
        sentAt.set(id, performance.now());
        c.entries.push([bytes]);
        out.sent++;
        const wait = 1000 / job.rate - (performance.now() - tick);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }),
  );
  loop.disable();
  out.loopDelayP99Ms = loop.percentile(99) / 1e6;
  out.loopDelayMaxMs = loop.max / 1e6;
  // Every entry must reach each other client of the operation exactly once.
  const missing = () =>
    seen.reduce(
      (sum, mine, w) =>
        sum + [...sentAt.keys()].filter((id) => writerOf(id) !== w && !mine.has(id)).length,
      0,
    );
  await eventually('every entry delivered', () => missing() === 0, 30_000).catch(() => undefined);
  out.lost = missing();
  clients.forEach((c) => c.destroy());
  port?.postMessage({ type: 'done', outcome: out });
}

function rawCodec(): Codec {
  return {
    encode: async (_w, id) =>
      new Uint8Array(Buffer.concat([idBytes(id), randomBytes(job.payloadBytes)])),
    decode: async (bytes) => idOf(bytes),
  };
}

/** Part A's envelope frames: sealed under the operation's epoch key, signed per writer. */
async function sealedCodec(people: Identity[]): Promise<Codec> {
  const key = await importAesKey(new Uint8Array(randomBytes(32)));
  const signers = await Promise.all(people.map((p) => FrameSigner.of(p.privateKey)));
  const publicKeys = new Map(
    await Promise.all(
      people.map(async (p) => [p.fingerprint, await readPublic(p.publicKey)] as const),
    ),
  );
  const chains = people.map(() => ({ seq: 0, prev: '' }));
  return {
    async encode(w, id) {
      const signer = signers[w];
      const chain = chains[w];
      if (!signer || !chain) throw new Error(`no writer ${w}`);
      chain.seq += 1;
      const bytes = await sealEnvelope(
        signer,
        key,
        {
          kind: 'update',
          op: job.op,
          epoch: 1,
          author: signer.fingerprint,
          device: `bench-${w}`,
          seq: chain.seq,
          prev: chain.prev,
        },
        new Uint8Array(Buffer.concat([idBytes(id), randomBytes(job.payloadBytes)])),
      );
      chain.prev = await frameHash(bytes);
      return bytes;
    },
    async decode(bytes) {
      const read = readEnvelope(bytes);
      if (!read) return null;
      const author = publicKeys.get(read.header.author);
      if (!author || !(await signatureHolds(read.frame, author))) return null;
      return idOf(await openEnvelopeBody(key, read.frame));
    },
  };
}

main().catch((error: unknown) => {
  port.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.stack : String(error),
  });
});
