// Schema v4 adds the `distribution` table: a v3 database upgrades with every row kept as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { VpDatabase } from '../../../src/renderer/data/db';

const opened: VpDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('migration v4 (distribution)', () => {
  it('upgrades a v3 database: rows kept, distribution table empty and indexed by operation', async () => {
    const name = `mig4-${newId()}`;
    const v3 = new VpDatabase(name, 3);
    opened.push(v3);
    await v3.rows('operations').put({ id: 'op1', status: 'executed', rev: 3 });
    await v3.rows('findings').put({ id: 'f1', operationId: 'op1', agencyId: 'a', rev: 1 });
    expect(v3.tables.map((t) => t.name)).not.toContain('distribution');
    v3.close();
    const v4 = new VpDatabase(name, 4);
    opened.push(v4);
    expect(await v4.rows('operations').toArray()).toEqual([
      { id: 'op1', status: 'executed', rev: 3 },
    ]);
    expect(await v4.rows('findings').count()).toBe(1);
    expect(await v4.rows('distribution').count()).toBe(0);
    await v4.rows('distribution').put({ id: 'c1', operationId: 'op1', rev: 1 });
    expect(await v4.rows('distribution').where('operationId').equals('op1').count()).toBe(1);
  });
});
