import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newOperation, newPremises } from '@shared/domain';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { openTestData, type TestData } from '../support/data';
import { testKeys } from '../support/keys';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

describe('encryption at rest through the record store', () => {
  it('stores only plain fields readable; repositories see whole records', async () => {
    const keys = await testKeys();
    t = openTestData(sealingCodec(keys.record));
    const p = await t.repos.premises.create(
      newPremises(
        {
          name: 'Shisha-Lounge Testoase',
          kind: 'shisha_bar',
          address: {
            street: 'Musterstraße',
            houseNumber: '12',
            postalCode: '45127',
            city: 'Essen',
            district: '',
          },
        },
        t.ctx.now(),
      ),
    );
    const raw = await t.db.rows('premises').get(p.id);
    expect(Object.keys(raw ?? {}).sort()).toEqual([
      '_sealed',
      'createdAt',
      'id',
      'kind',
      'rev',
      'updatedAt',
    ]);
    const rawText = new TextDecoder('latin1').decode(raw?._sealed as Uint8Array);
    expect(rawText).not.toContain('Testoase');
    expect(rawText).not.toContain('Musterstraße');
    expect((await t.repos.premises.get(p.id)).address.street).toBe('Musterstraße');
    // The audit entry, which repeats the values, is sealed too.
    const audits = await t.db.rows('audit').toArray();
    expect(audits.every((a) => a._sealed instanceof Uint8Array && !('changes' in a))).toBe(true);
  });

  it('a ciphertext moved to another row is refused, not misread', async () => {
    const keys = await testKeys();
    t = openTestData(sealingCodec(keys.record));
    const a = await t.repos.operations.create(newOperation({ codeName: 'ALPHA' }, t.ctx.now()));
    const b = await t.repos.operations.create(newOperation({ codeName: 'BRAVO' }, t.ctx.now()));
    const rawA = await t.db.rows('operations').get(a.id);
    await t.db.rows('operations').update(b.id, { _sealed: rawA?._sealed });
    await expect(t.repos.operations.get(b.id)).rejects.toMatchObject({ code: 'integrity' });
    expect((await t.repos.operations.get(a.id)).codeName).toBe('ALPHA');
  });

  it('another key cannot read the data', async () => {
    t = openTestData(sealingCodec((await testKeys()).record));
    const op = await t.repos.operations.create(newOperation({ codeName: 'ALPHA' }, t.ctx.now()));
    t.store.setCodec(sealingCodec((await testKeys()).record));
    await expect(t.repos.operations.get(op.id)).rejects.toMatchObject({ code: 'integrity' });
  });

  it('a locked store refuses reads and writes', async () => {
    t = openTestData(sealingCodec((await testKeys()).record));
    t.store.setCodec(null);
    await expect(t.repos.operations.count()).resolves.toBe(0);
    await expect(t.repos.operationQueries.overview()).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('live queries keep updating through decryption', async () => {
    t = openTestData(sealingCodec((await testKeys()).record));
    const seen: string[][] = [];
    const sub = liveQuery(async () =>
      (await t.repos.operationQueries.overview()).active.map((o) => o.codeName),
    ).subscribe((v) => seen.push(v));
    const until = async (n: number) => {
      for (let i = 0; i < 100 && seen.length < n; i++) await new Promise((r) => setTimeout(r, 20));
    };
    await until(1);
    await t.repos.operations.create(newOperation({ codeName: 'ALPHA' }, t.ctx.now()));
    await until(2);
    await t.repos.operations.create(newOperation({ codeName: 'BRAVO' }, t.ctx.now()));
    await until(3);
    sub.unsubscribe();
    expect(seen.at(-1)?.sort()).toEqual(['ALPHA', 'BRAVO']);
  });
});
