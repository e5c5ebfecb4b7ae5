// Schema v2 adds the `results` table: a v1 database upgrades with every row kept as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { VpDatabase } from '../../../src/renderer/data/db';

const opened: VpDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('migration v2 (results)', () => {
  it('upgrades a v1 database: rows kept, results table empty and indexed by operation', async () => {
    const name = `mig2-${newId()}`;
    const v1 = new VpDatabase(name, 1);
    opened.push(v1);
    await v1.rows('operations').put({ id: 'op1', status: 'executed', rev: 3 });
    await v1.rows('findings').put({ id: 'f1', operationId: 'op1', agencyId: 'a', rev: 1 });
    expect(v1.tables.map((t) => t.name)).not.toContain('results');
    v1.close();
    const v2 = new VpDatabase(name, 2);
    opened.push(v2);
    expect(await v2.rows('operations').toArray()).toEqual([
      { id: 'op1', status: 'executed', rev: 3 },
    ]);
    expect(await v2.rows('findings').count()).toBe(1);
    expect(await v2.rows('results').count()).toBe(0);
    await v2.rows('results').put({ id: 'op1', operationId: 'op1', rev: 1 });
    expect(await v2.rows('results').where('operationId').equals('op1').count()).toBe(1);
  });
});
