// Agencies repository: the editable catalogue of participating authorities — contacts, retire
// and reactivate, merge (agency-merge.ts), CSV import, and each agency's operation history.
import type { Agency, Operation, Participation } from '@shared/domain';
import { planAgencyImport, type ImportedAgency } from '@shared/csv';
import { newId } from '@shared/domain';
import { getOrThrow, insertEntity, updateEntity, WriteBatch, type RepoContext } from './base';
import { ConflictError } from '../store';
import { mergeAgencies, planMerge } from './agency-merge';
import { agencySpec } from './specs';

/** Stable id of a catalogue agency, the same on every installation. */
export const catalogAgencyId = (key: string): string => `catalog-${key}`;

const byName = (a: Agency, b: Agency) => a.name.localeCompare(b.name, 'de');

export interface AgencyParticipation {
  participation: Participation;
  /** Undefined when the operation was deleted for good (the participation is then orphaned). */
  operation: Operation | undefined;
}

export interface ImportOutcome {
  created: number;
  extended: number;
  contactsAdded: number;
  unchanged: number;
}

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

    /** Retired agencies stay for history (old plans name them) but leave the pickers. */
    retire: (id: string) =>
      updateEntity(ctx, agencySpec, id, (a) => ({ ...a, retired: true }), 'status'),
    reactivate: (id: string) =>
      updateEntity(ctx, agencySpec, id, (a) => ({ ...a, retired: false }), 'status'),

    /** What merging `duplicateId` into `survivorId` would move (for the preview). */
    previewMerge: async (survivorId: string, duplicateId: string) =>
      (await planMerge(ctx, survivorId, duplicateId)).plan,
    merge: (survivorId: string, duplicateId: string) => mergeAgencies(ctx, survivorId, duplicateId),

    /** The operations this agency took part in, newest H-hour first (undated plans last). */
    async participationsOfAgency(agencyId: string): Promise<AgencyParticipation[]> {
      const participations = await ctx.store.where<Participation>(
        'participations',
        'agencyId',
        agencyId,
      );
      const operations = await ctx.store.getMany<Operation>(
        'operations',
        participations.map((p) => p.operationId),
      );
      const byId = new Map(operations.map((o) => [o.id, o]));
      return participations
        .map((participation) => ({ participation, operation: byId.get(participation.operationId) }))
        .sort((x, y) => (y.operation?.hHour ?? '').localeCompare(x.operation?.hHour ?? ''));
    },

    /**
     * Imports the valid agencies of a CSV file in one transaction: new ones are created (one
     * audit entry for all of them, with their ids), existing ones (same name) gain the contacts
     * they lack (an audit entry each, with the added contacts). A CSV holds at most a few
     * thousand agencies, so one transaction (bulk reads and writes in the store) keeps it
     * all-or-nothing without a journal.
     */
    async importAgencies(imported: readonly ImportedAgency[]): Promise<ImportOutcome> {
      for (let attempt = 0; ; attempt++) {
        const existing = await ctx.store.all<Agency>('agencies');
        const plan = planAgencyImport(imported, existing, ctx.now(), newId);
        const batch = new WriteBatch(ctx);
        batch.insertMany(
          agencySpec,
          plan.create,
          `${plan.create.length} Behörden importiert (CSV)`,
        );
        for (const e of plan.extend)
          batch.update(
            agencySpec,
            e.before,
            e.after,
            'import',
            `${e.after.name}: ${e.added} Ansprechperson(en) importiert`,
          );
        try {
          await batch.commit();
          return {
            created: plan.create.length,
            extended: plan.extend.length,
            contactsAdded: plan.extend.reduce((s, e) => s + e.added, 0),
            unchanged: plan.unchanged,
          };
        } catch (e) {
          if (!(e instanceof ConflictError) || attempt >= 2) throw e;
        }
      }
    },

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
