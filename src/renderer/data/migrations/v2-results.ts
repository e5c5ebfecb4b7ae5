// Schema v2: the `results` table (one sealed record per operation). Frozen once released.
import type { Migration } from './migration';
import { v1Initial } from './v1-initial';

export const v2Results: Migration = {
  version: 2,
  stores: { ...v1Initial.stores, results: '&id, operationId' },
};
