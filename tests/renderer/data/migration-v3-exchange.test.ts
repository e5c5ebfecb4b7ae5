// Schema v3 adds the `exchange` table: a v2 database upgrades with every row kept as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { VpDatabase } from '../../../src/renderer/data/db';

const opened: VpDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('migration v3 (exchange)', () => {
  it('upgrades a v2 database: rows kept, exchange table empty and indexed by type', async () => {
    const name = `mig3-${newId()}`;
    const v2 = new VpDatabase(name, 2);
    opened.push(v2);
    await v2.rows('participations').put({ id: 'p1', operationId: 'op1', agencyId: 'a', rev: 2 });
    expect(v2.tables.map((t) => t.name)).not.toContain('exchange');
    v2.close();
    const v3 = new VpDatabase(name, 3);
    opened.push(v3);
    expect(await v3.rows('participations').toArray()).toEqual([
      { id: 'p1', operationId: 'op1', agencyId: 'a', rev: 2 },
    ]);
    expect(await v3.rows('exchange').count()).toBe(0);
    await v3.rows('exchange').put({ id: 'x1', type: 'trust', rev: 1 });
    expect(await v3.rows('exchange').where('type').equals('trust').count()).toBe(1);
  });
});
