// The `shares` table's writes: one sealed record per operation shared from this installation.
// Saving the sync state happens after every own change that is about to leave the machine, so
// it is not audited; starting to keep a share and ending it here are (Verlauf of the operation).
import type { RepoContext } from '../data/repositories/base';
import { WriteBatch } from '../data/repositories/base';
import { shareRecordSchema, type ShareRecord } from './share-record';

/** A share record without the store's own bookkeeping (Yjs hands out any Uint8Array). */
export type ShareState = Omit<
  ShareRecord,
  'id' | 'rev' | 'createdAt' | 'updatedAt' | 'savedAt' | 'plan' | 'transport'
> & { plan: Uint8Array; transport: Uint8Array };

/** The id of a stored record whatever else it holds (the store keys every row by it). */
const idOf = (raw: unknown): string =>
  typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '';

export function shareStore(ctx: RepoContext) {
  const parse = (raw: unknown): ShareRecord | null => {
    const r = shareRecordSchema.safeParse(raw);
    return r.success ? r.data : null;
  };

  async function get(operationId: string): Promise<ShareRecord | null> {
    return parse(await ctx.store.get<unknown>('shares', operationId));
  }

  /** Every kept share, and the ids of records that no longer parse (reopening reports them
   *  instead of passing over them in silence). */
  async function readAll(): Promise<{ records: ShareRecord[]; unreadable: string[] }> {
    const records: ShareRecord[] = [];
    const unreadable: string[] = [];
    for (const raw of await ctx.store.all<unknown>('shares')) {
      const record = parse(raw);
      if (record) records.push(record);
      else unreadable.push(idOf(raw));
    }
    return { records, unreadable };
  }

  return {
    get,
    readAll,

    /** Every kept share (a record that no longer parses is left out, not thrown). */
    async list(): Promise<ShareRecord[]> {
      return (await readAll()).records;
    },

    /** Writes the share's current state; the first save of an operation is audited. */
    async save(operationId: string, state: ShareState): Promise<ShareRecord> {
      const before = await get(operationId);
      const batch = new WriteBatch(ctx);
      const record = shareRecordSchema.parse({
        ...state,
        id: operationId,
        rev: (before?.rev ?? 0) + 1,
        createdAt: before?.createdAt ?? batch.now,
        updatedAt: batch.now,
        savedAt: batch.now,
      });
      batch.putRaw('shares', record);
      if (!before) {
        batch.audit({
          entity: 'operation',
          entityId: operationId,
          operationId,
          action: 'update',
          summary: `Gemeinsam bearbeiten: auf diesem Rechner eingerichtet (${state.role === 'lead' ? 'Leitung' : 'Mitglied'})`,
          changes: [],
        });
      }
      await batch.commit();
      return record;
    },

    /** "Gemeinsam beenden" on this machine: the kept state goes; the server's copy stays. */
    async remove(operationId: string): Promise<void> {
      // The raw row, not the parsed one: a record that no longer parses must go too.
      if ((await ctx.store.get<unknown>('shares', operationId)) === undefined) return;
      const batch = new WriteBatch(ctx);
      batch.deleteRaw('shares', operationId);
      batch.audit({
        entity: 'operation',
        entityId: operationId,
        operationId,
        action: 'update',
        summary: 'Gemeinsam bearbeiten auf diesem Rechner beendet',
        changes: [],
      });
      await batch.commit();
    },
  };
}

export type ShareStore = ReturnType<typeof shareStore>;
