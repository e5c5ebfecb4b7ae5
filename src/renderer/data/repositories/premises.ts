// Premises repository: the registry of inspected places, shared across operations.
import type { Premises } from '@shared/domain';
import { getOrThrow, insertEntity, updateEntity, WriteBatch, type RepoContext } from './base';
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
    /** Adds many premises (an import) in one transaction, each with its audit entry. */
    async importMany(list: readonly Premises[]): Promise<number> {
      const batch = new WriteBatch(ctx);
      for (const p of list) batch.insert(premisesSpec, p);
      await batch.commit();
      return list.length;
    },
  };
}
