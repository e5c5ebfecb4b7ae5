// The distribution register on real IndexedDB (fake-indexeddb): numbered copies, a reprint keeps
// its number and adds the revision, returns are recorded, every step is audited with the plan.
import { afterEach, describe, expect, it } from 'vitest';
import { distributionStore } from '../../../src/renderer/features/workspace/briefing/distribution-store';
import { openTestData, type TestData } from '../support/data';

let data: TestData | null = null;
afterEach(async () => {
  await data?.db.delete();
  data = null;
});

describe('distribution register', () => {
  it('numbers copies, keeps the number on reprint, records returns, audits each step', async () => {
    data = openTestData(undefined, 'EPHK Mustermann');
    const reg = distributionStore(data.ctx);
    const lead = await reg.issue('op1', { name: 'Einsatzleitung', agencyId: null }, 1, 'full');
    const oa = await reg.issue('op1', { name: 'Ordnungsamt', agencyId: 'a1' }, 1, 'agency');
    expect([lead.number, oa.number]).toEqual([1, 2]);
    data.setNow('2026-11-21T08:00:00.000Z');
    const again = await reg.issue('op1', { name: 'Ordnungsamt', agencyId: 'a1' }, 2, 'agency');
    expect(again.number).toBe(2);
    expect(again.issues.map((i) => [i.revision, i.by])).toEqual([
      [1, 'EPHK Mustermann'],
      [2, 'EPHK Mustermann'],
    ]);
    // Another operation counts its own copies.
    expect(
      (await reg.issue('op2', { name: 'Einsatzleitung', agencyId: null }, 1, 'full')).number,
    ).toBe(1);

    const back = await reg.dispose(again, 'destroyed');
    expect(back.disposal).toMatchObject({ kind: 'destroyed', by: 'EPHK Mustermann' });
    const stored = await reg.list('op1');
    expect(stored.map((c) => [c.number, c.recipient, c.disposal?.kind ?? null])).toEqual([
      [1, 'Einsatzleitung', null],
      [2, 'Ordnungsamt', 'destroyed'],
    ]);
    const audit = (
      await data.store.where<{ summary: string; operationId: string }>(
        'audit',
        'operationId',
        'op1',
      )
    ).map((a) => a.summary);
    expect(audit).toEqual(
      expect.arrayContaining([
        'Ausfertigung 1 an Einsatzleitung ausgegeben (Revision 1)',
        'Ausfertigung 2 an Ordnungsamt erneut ausgegeben (Revision 2)',
        'Ausfertigung 2 (Ordnungsamt) vernichtet',
      ]),
    );
  });

  it('a stale copy cannot be disposed twice over a newer record', async () => {
    data = openTestData();
    const reg = distributionStore(data.ctx);
    const c = await reg.issue('op1', { name: 'Zoll', agencyId: 'z' }, 1, 'agency');
    await reg.dispose(c, 'returned');
    await expect(reg.dispose(c, 'destroyed')).rejects.toThrow();
  });
});
