// Starts a session's read model: with the read-model worker where the codec has keys to give it
// and the browser has workers, on the page otherwise (plain codec, Node tests).
import type { RecordCodec } from '../codec';
import type { VpDatabase } from '../db';
import type { RecordStore } from '../store';
import { workerTableLoader } from '../worker/table-loader';
import { READ_MODEL_TABLES, ReadModel, type ReadModelTable } from './read-model';

/**
 * The tables the worker builds: the large ones. Operations and agencies (what the operations
 * list needs first) stay on the page: measured under load, handing them to the worker made the
 * list ready later (2.7 s against 1.6 s beside 50 000 warming premises), since their records
 * are cloned back to the page anyway; the large tables' decrypts and garbage leave the page.
 */
export const WORKER_TABLES: ReadonlySet<ReadModelTable> = new Set([
  'participations',
  'targets',
  'premises',
  'results',
  'teams',
]);

export function openReadModel(
  db: VpDatabase,
  store: RecordStore,
  codec: RecordCodec,
  tables: readonly ReadModelTable[] = READ_MODEL_TABLES,
): ReadModel {
  const loader = codec.keys ? workerTableLoader(db.name, codec.keys) : null;
  const model = new ReadModel(
    db,
    store,
    (table, row) => codec.decode(table, row),
    tables,
    loader,
    WORKER_TABLES,
  );
  model.start();
  return model;
}
