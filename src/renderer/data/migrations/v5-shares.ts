// Schema v5: the `shares` table (one sealed record per operation shared from this installation:
// server, role, device chain and the sync documents, see sync/share-record.ts).
import type { Migration } from './migration';
import { v4Distribution } from './v4-distribution';

export const v5Shares: Migration = {
  version: 5,
  stores: { ...v4Distribution.stores, shares: '&id' },
};
