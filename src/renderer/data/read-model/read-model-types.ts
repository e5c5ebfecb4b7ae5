// What the read model holds and publishes: its tables, their build order and the snapshot that
// `useReadModel` selectors read. Apart from the model itself so readers import types only.
import type {
  Agency,
  Operation,
  OperationTarget,
  Participation,
  Premises,
  Team,
} from '@shared/domain';
import type { OperationResults } from '@shared/results';
import type { StoredRow } from '../db';
import type { TableName } from '../schema';

/** The records each modelled table holds. */
export interface ReadModelRecords {
  operations: Operation;
  agencies: Agency;
  participations: Participation;
  targets: OperationTarget;
  premises: Premises;
  /** One record per completed operation: what Auswertung sums. */
  results: OperationResults;
  /** Team leaders across plans: the Kalender's deconfliction by person. */
  teams: Team;
}
export type ReadModelTable = keyof ReadModelRecords;

/** Build order: what the operations list needs first, the large premises table last. */
export const READ_MODEL_TABLES: readonly ReadModelTable[] = [
  'operations',
  'agencies',
  'participations',
  'targets',
  'premises',
  'results',
  'teams',
];

/** Rows per read and per parallel decrypt; small enough that one chunk stays well under 50 ms. */
export const CHUNK = 500;
export interface TableView<T> {
  readonly ready: boolean;
  /**
   * A new view object is published on every change, so selectors can memoise on its identity.
   * The map itself is patched in place (copying 100 000 entries per edit would cost more than
   * the edit); read it through the newest view only.
   */
  readonly rows: ReadonlyMap<string, T>;
}

export interface ReadModelSnapshot {
  readonly tables: { readonly [K in ReadModelTable]: TableView<ReadModelRecords[K]> };
  /** The first build error (a locked store, a record that fails its integrity check). */
  readonly error: unknown;
}

export type DecodeRow = (table: TableName, row: StoredRow) => Promise<unknown>;
