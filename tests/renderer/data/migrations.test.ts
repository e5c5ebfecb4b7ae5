import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { VpDatabase } from '../../../src/renderer/data/db';
import { LATEST_VERSION, MIGRATIONS } from '../../../src/renderer/data/migrations';
import { dexieStores } from '../../../src/renderer/data/schema';

const opened: VpDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function open(name: string, version?: number): VpDatabase {
  const db = new VpDatabase(name, version);
  opened.push(db);
  return db;
}

describe('schema migrations', () => {
  it('versions are strictly increasing', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('the latest version declares exactly the tables and indexes of schema.ts', async () => {
    const db = open(`mig-${newId()}`);
    await db.open();
    const actual = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [`&${t.schema.primKey.name}`, ...t.schema.indexes.map((i) => i.name)].join(', '),
      ]),
    );
    expect(actual).toEqual({ ...dexieStores(), meta: '&key' });
    expect(db.verno).toBe(LATEST_VERSION);
  });

  it('v1 creates an empty database whose rows survive reopening', async () => {
    const name = `mig-${newId()}`;
    const db = open(name, 1);
    await db.rows('operations').put({ id: 'op1', status: 'draft', rev: 1 });
    db.close();
    const again = open(name);
    expect(await again.rows('operations').get('op1')).toEqual({
      id: 'op1',
      status: 'draft',
      rev: 1,
    });
  });
});
