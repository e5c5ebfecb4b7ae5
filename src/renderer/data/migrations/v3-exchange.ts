// Schema v3: the `exchange` table (identity keys, trusted keys, sent requests, inbox, imported
// answers; one sealed record each). Frozen once released.
import type { Migration } from './migration';
import { v2Results } from './v2-results';

export const v3Exchange: Migration = {
  version: 3,
  stores: { ...v2Results.stores, exchange: '&id, type' },
};
