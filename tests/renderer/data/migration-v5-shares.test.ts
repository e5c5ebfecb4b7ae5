// Schema v5 adds the `shares` table: a v4 database upgrades with every row kept as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { VpDatabase } from '../../../src/renderer/data/db';

const opened: VpDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('migration v5 (shares)', () => {
  it('upgrades a v4 database: rows kept, shares table empty and keyed by operation id', async () => {
    const name = `mig5-${newId()}`;
    const v4 = new VpDatabase(name, 4);
    opened.push(v4);
    await v4.rows('operations').put({ id: 'op1', status: 'planning', rev: 2 });
    await v4.rows('distribution').put({ id: 'c1', operationId: 'op1', rev: 1 });
    expect(v4.tables.map((t) => t.name)).not.toContain('shares');
    v4.close();
    const v5 = new VpDatabase(name, 5);
    opened.push(v5);
    expect(await v5.rows('operations').toArray()).toEqual([
      { id: 'op1', status: 'planning', rev: 2 },
    ]);
    expect(await v5.rows('distribution').count()).toBe(1);
    expect(await v5.rows('shares').count()).toBe(0);
    await v5.rows('shares').put({ id: 'op1', rev: 1 });
    expect(await v5.rows('shares').get('op1')).toEqual({ id: 'op1', rev: 1 });
  });
});
