// Starts a session's read model: with the read-model worker where the codec has keys to give it
// and the browser has workers, on the page otherwise (plain codec, Node tests).
import type { RecordCodec } from '../codec';
import type { VpDatabase } from '../db';
import type { RecordStore } from '../store';
import { workerTableLoader } from '../worker/table-loader';
import { READ_MODEL_TABLES, ReadModel, type ReadModelTable } from './read-model';

export function openReadModel(
  db: VpDatabase,
  store: RecordStore,
  codec: RecordCodec,
  tables: readonly ReadModelTable[] = READ_MODEL_TABLES,
): ReadModel {
  const loader = codec.keys ? workerTableLoader(db.name, codec.keys) : null;
  const model = new ReadModel(db, store, (table, row) => codec.decode(table, row), tables, loader);
  model.start();
  return model;
}
