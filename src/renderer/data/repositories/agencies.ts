// Agencies repository: the editable catalogue of participating authorities.
import type { Agency } from '@shared/domain';
import { getOrThrow, insertEntity, updateEntity, WriteBatch, type RepoContext } from './base';
import { ConflictError } from '../store';
import { agencySpec } from './specs';

/** Stable id of a catalogue agency, the same on every installation. */
export const catalogAgencyId = (key: string): string => `catalog-${key}`;

const byName = (a: Agency, b: Agency) => a.name.localeCompare(b.name, 'de');

export function agencyRepository(ctx: RepoContext) {
  return {
    async list(opts: { includeRetired?: boolean } = {}): Promise<Agency[]> {
      const all = await ctx.store.all<Agency>('agencies');
      return all
        .filter((a) => a.mergedInto === null && (opts.includeRetired || !a.retired))
        .sort(byName);
    },
    get: (id: string) => getOrThrow<Agency>(ctx, 'agencies', id),
    getMany: (ids: readonly string[]) => ctx.store.getMany<Agency>('agencies', ids),
    create: (agency: Agency) => insertEntity(ctx, agencySpec, agency),
    update: (id: string, mutate: (a: Agency) => Agency) =>
      updateEntity(ctx, agencySpec, id, mutate),
    count: () => ctx.store.count('agencies'),

    /**
     * Adds catalogue agencies not yet present; returns catalogue key → id. Catalogue entries get
     * ids derived from their key, so two windows seeding at once cannot create duplicates: the
     * slower one hits a conflict and reads what the faster one wrote.
     */
    async seed(agencies: readonly Agency[]): Promise<Map<string, string>> {
      const keyed = async () => {
        const existing = await ctx.store.all<Agency>('agencies');
        return new Map(
          existing.filter((a) => a.catalogKey).map((a) => [a.catalogKey as string, a.id]),
        );
      };
      const byKey = await keyed();
      const batch = new WriteBatch(ctx);
      for (const a of agencies) {
        if (a.catalogKey && byKey.has(a.catalogKey)) continue;
        const id = a.catalogKey ? catalogAgencyId(a.catalogKey) : a.id;
        const stored = batch.insert(agencySpec, { ...a, id });
        if (stored.catalogKey) byKey.set(stored.catalogKey, stored.id);
      }
      try {
        await batch.commit();
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
        return keyed();
      }
      return byKey;
    },
  };
}
