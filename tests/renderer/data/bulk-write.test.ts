// The bulk write path on fake-indexeddb: 50 000 sealed rows in one batch, one audit entry,
// chunks reported to the store's listeners, and a failure halfway leaving a visible batch that
// running the same import again resumes — never a silent half.
import { afterEach, describe, expect, it } from 'vitest';
import { isSealedRow } from '@shared/crypto';
import { newId, newPremises, type AuditEntry, type Premises } from '@shared/domain';
import { unfinishedBatches } from '../../../src/renderer/data/chunked-batch';
import type { RecordCodec } from '../../../src/renderer/data/codec';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import type { CommittedChange } from '../../../src/renderer/data/store';
import { openTestData, type TestData } from '../support/data';
import { testKeys } from '../support/keys';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

function premisesList(n: number, now: string): Premises[] {
  return Array.from({ length: n }, (_, i) =>
    newPremises(
      {
        id: newId(),
        name: `Objekt ${i} Musterbetrieb`,
        kind: i % 2 ? 'kiosk' : 'shisha_bar',
        operator: { name: `Betreiber ${i}`, legalForm: 'GmbH', contact: '', notes: '' },
      },
      now,
    ),
  );
}

/** The real sealing codec, except that encoding fails from the `failAt`-th record on. */
function failingFrom(codec: RecordCodec, failAt: number): RecordCodec {
  let n = 0;
  return {
    ...codec,
    encode: async (table, record) => {
      if (table === 'premises' && n++ >= failAt) throw new Error('Datenträger voll (Test)');
      return codec.encode(table, record);
    },
  };
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const importAudits = async (td: TestData) =>
  (await td.store.all<AuditEntry>('audit')).filter((a) => a.action === 'import');

describe('bulk write path', () => {
  it('imports 50 000 premises in one batch: exact round trip, sealed, one audit entry', async () => {
    const keys = await testKeys();
    t = openTestData(sealingCodec(keys.record));
    const list = premisesList(50_000, t.ctx.now());
    const progress: number[] = [];
    const committed: CommittedChange[] = [];
    t.store.subscribe((changes) => committed.push(...changes));

    await t.repos.premises.importMany(list, { onProgress: (p) => progress.push(p.done) });

    const stored = await t.store.all<Premises>('premises');
    const expected = list.map((p) => ({ ...p, rev: 1, updatedAt: t.ctx.now() }));
    expect(stored.sort(byId)).toEqual([...expected].sort(byId));
    const raw = await t.db.rows('premises').limit(100).toArray();
    expect(raw.every(isSealedRow)).toBe(true);
    expect(JSON.stringify(raw[0])).not.toContain('Musterbetrieb');

    const audits = await importAudits(t);
    expect(audits).toHaveLength(1);
    expect(audits[0]?.summary).toBe('50.000 Objekte importiert');
    expect(audits[0]?.changes).toContainEqual({ path: 'count', before: null, after: 50_000 });
    const ids = audits[0]?.changes.find((c) => c.path === 'ids')?.after;
    expect(ids).toEqual(list.map((p) => p.id));
    expect(await t.store.count('audit')).toBe(1);

    // Progress rises chunk by chunk to the total; listeners saw every record once.
    expect(progress.length).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(50_000);
    const puts = committed.filter((c) => 'put' in c && c.table === 'premises');
    expect(puts).toHaveLength(50_000);
    expect(await unfinishedBatches(t.db)).toEqual([]);
  }, 120_000);

  it('a failure in the first chunk leaves nothing written and no batch', async () => {
    const keys = await testKeys();
    t = openTestData(failingFrom(sealingCodec(keys.record), 10));
    const list = premisesList(100, t.ctx.now());
    await expect(t.repos.premises.importMany(list, { chunkSize: 50 })).rejects.toThrow(
      'Datenträger voll',
    );
    expect(await t.db.rows('premises').count()).toBe(0);
    expect(await t.db.rows('audit').count()).toBe(0);
    expect(await unfinishedBatches(t.db)).toEqual([]);
  });

  it('a failure halfway leaves a visible batch; importing again resumes it', async () => {
    const keys = await testKeys();
    const codec = sealingCodec(keys.record);
    t = openTestData(failingFrom(codec, 250));
    const list = premisesList(1_000, t.ctx.now());
    await expect(t.repos.premises.importMany(list, { chunkSize: 100 })).rejects.toThrow(
      'Datenträger voll',
    );

    // Not silent: the committed chunks are written and the batch says how far it got.
    const [journal, ...more] = await unfinishedBatches(t.db);
    expect(more).toEqual([]);
    expect(journal).toMatchObject({
      label: '1.000 Objekte importiert',
      status: 'failed',
      total: 1_000,
    });
    const written = await t.db.rows('premises').count();
    expect(written).toBe(journal?.done);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(1_000);
    // The audit entry belongs to the finished batch only.
    expect(await t.db.rows('audit').count()).toBe(0);

    // Same import again (e.g. the same file after a restart): it continues after the last
    // committed chunk instead of failing on the rows it wrote itself.
    t.store.setCodec(codec);
    const progress: number[] = [];
    await t.repos.premises.importMany(list, {
      chunkSize: 100,
      onProgress: (p) => progress.push(p.done),
    });
    expect(progress[0]).toBe(written + 100);
    const stored = await t.store.all<Premises>('premises');
    expect(stored.map((p) => p.id).sort()).toEqual(list.map((p) => p.id).sort());
    expect(await importAudits(t)).toHaveLength(1);
    expect(await unfinishedBatches(t.db)).toEqual([]);
  });

  it('an abort between chunks leaves a visible, resumable batch', async () => {
    const keys = await testKeys();
    t = openTestData(sealingCodec(keys.record));
    const list = premisesList(600, t.ctx.now());
    const abort = new AbortController();
    await expect(
      t.repos.premises.importMany(list, {
        chunkSize: 200,
        signal: abort.signal,
        onProgress: () => abort.abort(),
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    const [journal] = await unfinishedBatches(t.db);
    expect(journal).toMatchObject({ done: 200, total: 600, status: 'failed' });
    expect(await t.db.rows('premises').count()).toBe(200);
    await t.repos.premises.importMany(list, { chunkSize: 200 });
    expect(await t.db.rows('premises').count()).toBe(600);
    expect(await unfinishedBatches(t.db)).toEqual([]);
  });

  it('a batch insert refuses an id that exists and writes nothing of that chunk', async () => {
    t = openTestData();
    const [first, ...rest] = premisesList(20, t.ctx.now());
    if (!first) throw new Error('no premises');
    await t.repos.premises.create(first);
    await expect(t.repos.premises.importMany([...rest, first])).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await t.db.rows('premises').count()).toBe(1);
  });

  it('a conflict in the last slice of a chunk takes back the slices written before it', async () => {
    // The chunk's rows go out in slices of 250 inside one transaction: an id that exists,
    // refused by the add in the third slice, must abort the whole chunk, not leave 500 rows.
    t = openTestData();
    const list = premisesList(600, t.ctx.now());
    const existing = list[550];
    if (!existing) throw new Error('no premises');
    await t.repos.premises.create(existing);
    await expect(t.repos.premises.importMany(list)).rejects.toMatchObject({ code: 'conflict' });
    expect(await t.db.rows('premises').count()).toBe(1);
    expect(await unfinishedBatches(t.db)).toEqual([]);
  });

  it('an invalid record stops the import before anything is written', async () => {
    t = openTestData();
    const list = premisesList(30, t.ctx.now());
    const broken = { ...list[29], name: '' } as Premises;
    await expect(t.repos.premises.importMany([...list.slice(0, 29), broken])).rejects.toMatchObject(
      { code: 'invalid_input' },
    );
    expect(await t.db.rows('premises').count()).toBe(0);
  });

  it('bulkGet is aligned with the ids; bulkDelete reports every deleted id', async () => {
    t = openTestData();
    const list = premisesList(5, t.ctx.now());
    await t.repos.premises.importMany(list);
    const got = await t.store.bulkGet<Premises>('premises', [list[1]?.id ?? '', 'fehlt']);
    expect(got.map((p) => p?.id)).toEqual([list[1]?.id, undefined]);
    const committed: CommittedChange[] = [];
    t.store.subscribe((changes) => committed.push(...changes));
    await t.store.bulkDelete(
      'premises',
      list.map((p) => p.id),
      { key: 'test-delete', label: 'Objekte gelöscht', now: t.ctx.now() },
    );
    expect(await t.db.rows('premises').count()).toBe(0);
    expect(committed).toEqual(list.map((p) => ({ table: 'premises', delete: p.id })));
  });
});
