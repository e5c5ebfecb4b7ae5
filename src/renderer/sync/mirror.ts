// Mirrors one shared operation between the local store and its plan Y.Doc. Local edits keep
// going through the repositories; the store's change notifications carry them into the doc
// (origin LOCAL_ORIGIN). Remote changes (any other origin) are applied back to the store, one
// audited batch per remote transaction, in order. Nothing echoes: the doc is written only where
// it differs from what store and doc last agreed on, and an applied remote change agrees.
import * as Y from 'yjs';
import type { RepoContext } from '../data/repositories/base';
import type { TableName } from '../data/schema';
import type { CommittedChange } from '../data/store';
import { deleteRecord, nextEntry, writeLocalChange, type RecordSnap } from './doc-writer';
import {
  isFieldEntry,
  isRemoteOrigin,
  LOCAL_ORIGIN,
  PLAN_TABLES,
  tableMap,
  type SyncAuthor,
} from './plan-doc';
import { applyRemoteUnit, recordKey, type Rejection, type RemoteUnit } from './remote-apply';

/** The author of changes found in the doc at start (applied while the app was closed, or
 *  written into the doc by something other than the engine): not known by name. */
export const UNKNOWN_AUTHOR: SyncAuthor = {
  name: 'unbekannt',
  agency: 'unbekannt',
  agencyId: null,
  keyFingerprint: '',
};

export interface ConflictNotice {
  table: TableName;
  id: string;
  field: string;
  author: SyncAuthor;
  /** Whose value stands: ours (later, put back) or theirs. */
  kept: 'local' | 'remote';
}

export interface MirrorOptions {
  doc: Y.Doc;
  operationId: string;
  repo: RepoContext;
  onRejected?(rejections: readonly Rejection[]): void;
  onConflict?(notice: ConflictNotice): void;
  /** A failed remote apply (store error); the doc keeps the change and the next one retries. */
  onError?(error: unknown): void;
}

const belongs = (table: TableName, record: Record<string, unknown>, operationId: string) =>
  table === 'operations' ? record.id === operationId : record.operationId === operationId;

export class PlanMirror {
  private readonly base = new Map<string, RecordSnap>();
  /** Records with a resolved concurrent edit not yet applied to the store. A remote change can
   *  arrive in several transactions (Yjs holds back an item until what it builds on arrives),
   *  and the apply reads the doc as it is then, so the notice belongs to the record, not to one
   *  transaction. */
  private readonly contested = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private readonly stops: (() => void)[] = [];
  private stopped = false;
  /**
   * Own values that won "later wins" and go back into the doc. Written after the remote update
   * is through, not in its observer: the engine does not seal what happens while it applies.
   */
  private putBack: {
    rec: Y.Map<unknown>;
    field: string;
    value: unknown;
    at: string;
    over: string;
  }[] = [];

  constructor(private readonly o: MirrorOptions) {}

  /**
   * Starts mirroring. The store's records of the operation become the agreed base; `share`
   * (the lead, once) writes them into an empty doc, and any difference the doc already holds
   * (a member joining, a restart after remote changes) is applied to the store.
   *
   * `resume` (a kept share reopened): the doc is the one saved last run, after every remote
   * change in it had reached the store; so where they differ now, the store is newer (edited
   * after that save, or while the share was closed) and the doc takes the store's version,
   * deletions included. Remote changes the doc lacks arrive again from the log.
   */
  async start(options: { share?: boolean; resume?: boolean } = {}): Promise<void> {
    const { store } = this.o.repo;
    const local = new Map<TableName, ({ id: string } & Record<string, unknown>)[]>();
    for (const table of PLAN_TABLES) {
      local.set(
        table,
        table === 'operations'
          ? await store.getMany('operations', [this.o.operationId])
          : await store.where(table, 'operationId', this.o.operationId),
      );
    }
    // Without the operation in the store (removed here meanwhile) the store cannot stand for the
    // plan: the doc's version is applied instead, as for a member joining.
    const resume = options.resume === true && (local.get('operations')?.length ?? 0) > 0;
    this.stops.push(store.subscribe((changes) => this.onLocal(changes)));
    const observers = PLAN_TABLES.map((table) => {
      const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[], tx: Y.Transaction) =>
        this.onRemote(table, events, tx);
      tableMap(this.o.doc, table).observeDeep(handler);
      return () => tableMap(this.o.doc, table).unobserveDeep(handler);
    });
    this.stops.push(...observers);
    if (options.share || resume) {
      this.o.doc.transact(() => {
        for (const [table, records] of local) {
          for (const r of records) this.writeLocal(table, r);
          if (!resume) continue;
          const kept = new Set(records.map((r) => r.id));
          for (const id of [...tableMap(this.o.doc, table).keys()])
            if (!kept.has(id)) deleteRecord(this.o.doc, table, id);
        }
      }, LOCAL_ORIGIN);
    }
    // What the doc already holds beyond the store (loaded before the mirror started) is applied
    // as one catch-up change. Records the doc lacks are kept: an empty doc is not a deletion.
    const touched = new Map<TableName, Set<string>>();
    for (const table of PLAN_TABLES) {
      const ids = new Set<string>(tableMap(this.o.doc, table).keys());
      if (ids.size > 0) touched.set(table, ids);
    }
    if (!options.share && !resume && touched.size > 0)
      this.enqueue({ author: UNKNOWN_AUTHOR, touched, contested: this.contested });
    await this.idle();
  }

  /** Resolves once every remote change received so far is applied. */
  idle(): Promise<void> {
    return this.queue;
  }

  stop(): void {
    this.stopped = true;
    for (const s of this.stops.splice(0)) s();
  }

  private writeLocal(table: TableName, record: { id: string } & Record<string, unknown>): void {
    const key = recordKey(table, record.id);
    const snap = writeLocalChange(this.o.doc, table, record, this.base.get(key), this.o.repo.now());
    this.base.set(key, snap);
  }

  private onLocal(changes: readonly CommittedChange[]): void {
    const mine = changes.filter((c) => PLAN_TABLES.includes(c.table));
    if (mine.length === 0) return;
    this.o.doc.transact(() => {
      for (const c of mine) {
        if ('put' in c) {
          if (belongs(c.table, c.put, this.o.operationId)) this.writeLocal(c.table, c.put);
        } else if (tableMap(this.o.doc, c.table).has(c.delete)) {
          deleteRecord(this.o.doc, c.table, c.delete);
          this.base.delete(recordKey(c.table, c.delete));
        }
      }
    }, LOCAL_ORIGIN);
  }

  private onRemote(
    table: TableName,
    events: Y.YEvent<Y.AbstractType<unknown>>[],
    tx: Y.Transaction,
  ): void {
    if (tx.origin === LOCAL_ORIGIN) return;
    const author = isRemoteOrigin(tx.origin) ? tx.origin.author : UNKNOWN_AUTHOR;
    const unit: RemoteUnit = {
      author,
      touched: new Map([[table, new Set()]]),
      contested: this.contested,
    };
    const ids = unit.touched.get(table) ?? new Set<string>();
    for (const ev of events) {
      if (ev.path.length === 0) {
        for (const id of ev.keys.keys()) ids.add(id);
        continue;
      }
      const id = String(ev.path[0]);
      ids.add(id);
      if (ev.path.length !== 1 || !(ev.target instanceof Y.Map)) continue;
      const rec = ev.target as Y.Map<unknown>;
      for (const [field, change] of ev.keys) {
        const now = rec.get(field);
        if (!isFieldEntry(now)) continue;
        if (now.contested) this.contested.add(recordKey(table, id));
        const old: unknown = change.oldValue;
        if (change.action !== 'update' || !isFieldEntry(old) || now.seen === old.sid) continue;
        if (JSON.stringify(old.v) === JSON.stringify(now.v)) continue;
        // Written without having seen our value: a concurrent edit. Yjs kept one by client id;
        // the later write wins instead, and the side whose value lost gets it in Verlauf.
        if (old.at > now.at) {
          this.putBack.push({ rec, field, value: old.v, at: old.at, over: now.sid });
          this.o.onConflict?.({ table, id, field, author, kept: 'local' });
        } else {
          this.contested.add(recordKey(table, id));
          this.o.onConflict?.({ table, id, field, author, kept: 'remote' });
        }
      }
    }
    this.enqueue(unit);
  }

  private enqueue(unit: RemoteUnit): void {
    this.queue = this.queue.then(() => this.apply(unit));
  }

  private async apply(unit: RemoteUnit): Promise<void> {
    if (this.stopped) return;
    this.writePutBack();
    try {
      const { agreed, rejected, noticed } = await applyRemoteUnit(
        { doc: this.o.doc, operationId: this.o.operationId, repo: this.o.repo },
        unit,
      );
      for (const key of noticed) this.contested.delete(key);
      for (const [table, ids] of unit.touched)
        for (const id of ids) {
          const key = recordKey(table, id);
          const snap = agreed.get(key);
          if (snap) this.base.set(key, snap);
          else if (!tableMap(this.o.doc, table).has(id)) this.base.delete(key);
        }
      if (rejected.length > 0) this.revert(rejected);
    } catch (e) {
      this.o.onError?.(e);
    }
  }

  private writePutBack(): void {
    const due = this.putBack.splice(0);
    if (due.length === 0) return;
    this.o.doc.transact(() => {
      for (const p of due) {
        const current = p.rec.get(p.field);
        // Changed again meanwhile: that later write stands.
        if (isFieldEntry(current) && current.sid === p.over)
          p.rec.set(p.field, nextEntry(p.value, current, p.at, true));
      }
    }, LOCAL_ORIGIN);
  }

  /** A refused change is undone in the doc too, so every member converges on the plan that
   *  stands (an approved plan stays as approved), and reported. */
  private revert(rejected: readonly Rejection[]): void {
    this.o.doc.transact(() => {
      for (const r of rejected) {
        const key = recordKey(r.table, r.id);
        if (r.kept) {
          this.base.delete(key);
          this.writeLocal(r.table, r.kept);
        } else {
          deleteRecord(this.o.doc, r.table, r.id);
          this.base.delete(key);
        }
      }
    }, LOCAL_ORIGIN);
    this.o.onRejected?.(rejected);
  }
}

export type { Rejection };
