// Schema v4: the `distribution` table (the Einsatzbefehl's register of numbered copies, one
// sealed record per copy). Frozen once released.
import type { Migration } from './migration';
import { v3Exchange } from './v3-exchange';

export const v4Distribution: Migration = {
  version: 4,
  stores: { ...v3Exchange.stores, distribution: '&id, operationId' },
};
