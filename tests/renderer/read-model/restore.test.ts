// A restore clears every table and puts the backup's records back in the same commit — often
// the very ids (and revisions) that were there. The read model must end with the restored
// records: applying the delete and the put of one id with one ticket once dropped the put, and
// the operations list showed "Noch keine Einsätze" after restoring a backup (e2e backup.spec).
import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { replaceDatabase } from '../../../src/renderer/data/backup';
import { VpDatabase } from '../../../src/renderer/data/db';
import { ReadModel } from '../../../src/renderer/data/read-model/read-model';
import { TABLE_NAMES } from '../../../src/renderer/data/schema';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { RecordStore } from '../../../src/renderer/data/store';
import { testKeys } from '../support/keys';

describe('read model after a restore', () => {
  it('holds the restored records when the backup has the same ids and revisions', async () => {
    const codec = sealingCodec((await testKeys()).record);
    const db = new VpDatabase(`vp-read-model-restore-${newId()}`);
    const store = new RecordStore(db, codec);
    const model = new ReadModel(db, store, (t, row) => codec.decode(t, row), ['operations']);
    model.start();
    const same = { id: 'same', rev: 1, v: 'before' };
    const gone = { id: 'gone', rev: 3, v: 'not in the backup' };
    await store.commit([
      { table: 'operations', put: same },
      { table: 'operations', put: gone },
    ]);
    await model.settled();

    const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as unknown[]]));
    tables.operations = [{ id: 'same', rev: 1, v: 'restored' }];
    await replaceDatabase(store, tables as never, {
      actor: 'Test',
      now: new Date().toISOString(),
      summary: 'Sicherung wiederhergestellt',
    });
    await model.settled();

    const rows = model.getSnapshot().tables.operations.rows;
    expect([...rows.keys()]).toEqual(['same']);
    expect(rows.get('same')).toMatchObject({ v: 'restored' });
    model.dispose();
    db.close();
  }, 60_000);
});
