// What the conflicts worker must be told when the read model changes: per table, the records
// put (new or replaced) and the ids gone since the last message. The read model patches its
// maps in place but puts a new object for every changed record, so comparing identities with
// what was sent last finds the changes without copying 110 000 records on every edit. Pure (no
// DOM): the benchmark measures it in Node.

/** The read-model tables the deconfliction rules read. */
export const CONFLICT_TABLES = [
  'operations',
  'targets',
  'participations',
  'agencies',
  'teams',
] as const;
export type ConflictTable = (typeof CONFLICT_TABLES)[number];

export interface TablePatch {
  table: ConflictTable;
  put: unknown[];
  delete: string[];
}

/** At most this many records per message: a clone of a few thousand stays a short task. */
export const PATCH_CHUNK = 1_000;

export class ConflictFeed {
  private readonly sent = new Map<ConflictTable, Map<string, unknown>>();

  /** The patches that bring the worker from what it was sent to `rows`, in chunks. */
  patches(table: ConflictTable, rows: ReadonlyMap<string, unknown>): TablePatch[] {
    let sent = this.sent.get(table);
    if (!sent) this.sent.set(table, (sent = new Map()));
    const put: unknown[] = [];
    const gone: string[] = [];
    for (const [id, record] of rows) {
      if (sent.get(id) !== record) {
        put.push(record);
        sent.set(id, record);
      }
    }
    // After the loop `sent` holds every current id; anything beyond them is gone.
    if (sent.size > rows.size) {
      for (const id of sent.keys()) {
        if (!rows.has(id)) {
          gone.push(id);
          sent.delete(id);
        }
      }
    }
    const out: TablePatch[] = [];
    for (let i = 0; i < put.length; i += PATCH_CHUNK)
      out.push({ table, put: put.slice(i, i + PATCH_CHUNK), delete: [] });
    if (gone.length > 0) out.push({ table, put: [], delete: gone });
    return out;
  }

  /** Forgets what was sent (a new worker starts empty). */
  reset(): void {
    this.sent.clear();
  }
}
