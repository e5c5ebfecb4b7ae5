// Benchmark (Node, fake-indexeddb, real WebCrypto): decrypting premises into the read model
// against a bare AES-GCM loop over the same rows with the same chunked reads, and the record
// codec alone (unseal + decode, no model), so the model's own overhead and the codec's are
// told apart. The Chromium numbers with real IndexedDB are in browser/data-layer.bench.spec.ts.
import { describe, expect, it } from 'vitest';
import { deriveSessionKeys, recordAad, SEAL_VERSION, SEALED_FIELD } from '@shared/crypto';
import { newId } from '@shared/domain';
import { VpDatabase, type StoredRow } from '../../src/renderer/data/db';
import { CHUNK, ReadModel } from '../../src/renderer/data/read-model/read-model';
import { sealingCodec } from '../../src/renderer/data/sealing-codec';
import { RecordStore } from '../../src/renderer/data/store';
import { percentile, report, summarize, withBudget } from './harness';
import { premisesDataset } from './premises-dataset';

const N = 20_000;
const RUNS = 3;

/** The same chunked primary-key reads the read model does, each chunk handed to `each`. */
async function chunked(db: VpDatabase, each: (rows: StoredRow[]) => Promise<unknown>) {
  const table = db.rows('premises');
  let last: string | undefined;
  for (;;) {
    const rows = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last))
      .limit(CHUNK)
      .toArray();
    if (rows.length === 0) return;
    await each(rows);
    last = rows[rows.length - 1]?.id;
    if (rows.length < CHUNK) return;
  }
}

describe('read model decrypt', () => {
  it('read model build vs bare AES-GCM loop vs codec alone', async () => {
    const key = (await deriveSessionKeys(crypto.getRandomValues(new Uint8Array(32)))).record;
    const codec = sealingCodec(key);
    const db = new VpDatabase(`bench-read-model-${newId()}`);
    const store = new RecordStore(db, codec);
    const now = '2026-11-20T10:00:00.000Z';
    const list = premisesDataset(N, now);
    for (let i = 0; i < N; i += 1000) {
      await store.commit(list.slice(i, i + 1000).map((put) => ({ table: 'premises', put })));
    }
    const bare: number[] = [];
    const codecOnly: number[] = [];
    const model: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      // Interleaved, so all three see the same machine state.
      let t0 = performance.now();
      await chunked(db, (rows) =>
        Promise.all(
          rows.map((row) => {
            const sealed = row[SEALED_FIELD] as Uint8Array<ArrayBuffer>;
            return crypto.subtle.decrypt(
              {
                name: 'AES-GCM',
                iv: sealed.subarray(1, 13),
                additionalData: new Uint8Array([SEAL_VERSION, ...recordAad('premises', row.id)]),
              },
              key,
              sealed.subarray(13),
            );
          }),
        ),
      );
      bare.push(performance.now() - t0);
      t0 = performance.now();
      await chunked(db, (rows) => Promise.all(rows.map((row) => codec.decode('premises', row))));
      codecOnly.push(performance.now() - t0);
      t0 = performance.now();
      const m = new ReadModel(db, store, (t, row) => codec.decode(t, row), ['premises']);
      m.start();
      const rows = await m.table('premises');
      model.push(performance.now() - t0);
      expect(rows.size).toBe(N);
      m.dispose();
    }
    const perSecond = (times: number[]) => Math.round((N / percentile(times, 50)) * 1000);
    const m = summarize(
      'decrypt into the read model (Node, fake-indexeddb)',
      `${N} premises: model ${perSecond(model)}/s, codec alone ${perSecond(codecOnly)}/s, bare ${perSecond(bare)}/s`,
      model,
      { name: 'bare AES-GCM loop, same chunked reads', times: bare },
    );
    report(withBudget(m, '≤ 1.5× bare', (m.baseline?.ratio ?? Infinity) <= 1.5));
    await db.delete();
  }, 600_000);
});
