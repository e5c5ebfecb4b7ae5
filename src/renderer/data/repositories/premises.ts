// Premises repository: the registry of inspected places, shared across operations.
import type { Premises } from '@shared/domain';
import {
  bulkInsert,
  getOrThrow,
  insertEntity,
  updateEntity,
  type BulkInsertOptions,
  type RepoContext,
} from './base';
import { premisesSpec } from './specs';

export function premisesRepository(ctx: RepoContext) {
  return {
    async list(): Promise<Premises[]> {
      const all = await ctx.store.all<Premises>('premises');
      return all.sort((a, b) => a.name.localeCompare(b.name, 'de'));
    },
    get: (id: string) => getOrThrow<Premises>(ctx, 'premises', id),
    getMany: (ids: readonly string[]) => ctx.store.getMany<Premises>('premises', ids),
    create: (p: Premises) => insertEntity(ctx, premisesSpec, p),
    update: (id: string, mutate: (p: Premises) => Premises) =>
      updateEntity(ctx, premisesSpec, id, mutate),
    /**
     * Adds many premises (an import) through the bulk write path: all validated first, written
     * in chunks, one audit entry ("50 000 Objekte importiert"); see `bulkInsert`.
     */
    async importMany(
      list: readonly Premises[],
      options: Omit<BulkInsertOptions, 'summary'> = {},
    ): Promise<number> {
      const summary = `${list.length.toLocaleString('de-DE')} Objekte importiert`;
      await bulkInsert(ctx, premisesSpec, list, { ...options, summary });
      return list.length;
    },
  };
}
