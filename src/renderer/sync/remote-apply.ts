// Remote changes of the plan doc → the local store, through the repositories' audited write
// batch: one transaction per remote change, the author (as the engine verified them) as the
// actor in Verlauf, and the plan guard of approved plans checked per record. The author's rights
// are not checked here: the engine refuses an update outside them before it reaches the doc.
import {
  checkLateChange,
  isPlanEditable,
  LATE_FACT_AUDIT_PREFIX,
  mayRecordFact,
  type Operation,
} from '@shared/domain';
import { withSums, type OperationResults } from '@shared/results';
import { diffRecords } from '@shared/util/diff';
import type * as Y from 'yjs';
import {
  retryOnConflict,
  ValidationError,
  WriteBatch,
  type EntitySpec,
  type RepoContext,
  type Versioned,
} from '../data/repositories/base';
import {
  commsSpec,
  findingSpec,
  operationSpec,
  participationSpec,
  resultsSpec,
  targetSpec,
  teamSpec,
  timelineSpec,
} from '../data/repositories/specs';
import type { TableName } from '../data/schema';
import { readSnapshot, recordOf, type RecordSnap } from './doc-writer';
import { authorLabel, PLAN_TABLES, type SyncAuthor } from './plan-doc';
import { keepResultsOrder } from './results-doc';

type StoredRecord = Versioned & Record<string, unknown>;

// One map from plan table to its write spec; the records are handled generically (the schema
// validates each one), hence the widening cast.
const SPECS = {
  operations: operationSpec,
  targets: targetSpec,
  participations: participationSpec,
  teams: teamSpec,
  timeline: timelineSpec,
  comms: commsSpec,
  findings: findingSpec,
  results: resultsSpec,
} as unknown as Partial<Record<TableName, EntitySpec<StoredRecord>>>;

/**
 * The operation's lifecycle (status, approval, revision …): moved by the lead's own workflow and
 * carried to the members whatever the status — otherwise an approval could never reach a member
 * whose copy is already "Zur Freigabe". Only a member with `edit` rights can write the operation
 * record at all (the engine's rights check).
 */
const LIFECYCLE_FIELDS: ReadonlySet<string> = new Set([
  'status',
  'approval',
  'revision',
  'submittedForApproval',
  'approvalByTwoPersons',
  'executed',
  'archivedAt',
  'deletedAt',
]);

const topFields = (a: unknown, b: unknown) => [
  ...new Set(diffRecords(a, b).map((c) => c.path.split('.')[0] ?? c.path)),
];

/** One remote transaction's effect, to be applied as one audited batch. */
export interface RemoteUnit {
  author: SyncAuthor;
  /** Record ids touched, per table. */
  touched: Map<TableName, Set<string>>;
  /**
   * `table/id` of records with a resolved concurrent single-value edit, read when the record is
   * read from the doc (a later remote transaction may already be in it). Those used are listed
   * in the result for the caller to clear.
   */
  contested: ReadonlySet<string>;
}

export type RejectReason = 'plan_locked' | 'invalid';

export interface Rejection {
  table: TableName;
  id: string;
  author: SyncAuthor;
  reason: RejectReason;
  /** The fields refused (plan_locked), when known. */
  fields: string[];
  /** What the store keeps (undefined: the record does not exist here). */
  kept: StoredRecord | undefined;
}

export interface ApplyResult {
  /** Snapshots of the records now equal in store and doc (the mirror's new base). */
  agreed: Map<string, RecordSnap>;
  rejected: Rejection[];
  /** Records whose concurrent-edit notice went into this batch's audit. */
  noticed: string[];
}

export interface ApplyContext {
  doc: Y.Doc;
  operationId: string;
  repo: RepoContext;
}

export const recordKey = (table: TableName, id: string) => `${table}/${id}`;

function summaryOf(
  spec: EntitySpec<StoredRecord>,
  record: StoredRecord,
  author: SyncAuthor,
  late: boolean,
  contested: boolean,
): string {
  const described = spec.describe(record);
  const base = late ? `${LATE_FACT_AUDIT_PREFIX}${described}` : described;
  const text = contested
    ? `${base} – gleichzeitig geändert von ${author.name}, ${author.agency}`
    : base;
  return text.slice(0, 200);
}

export async function applyRemoteUnit(ctx: ApplyContext, unit: RemoteUnit): Promise<ApplyResult> {
  const actorCtx: RepoContext = { ...ctx.repo, actor: () => authorLabel(unit.author) };
  return retryOnConflict(async () => {
    const store = ctx.repo.store;
    const batch = new WriteBatch(actorCtx);
    const agreed = new Map<string, RecordSnap>();
    const rejected: Rejection[] = [];
    const noticed: string[] = [];
    const op = await store.get<Operation>('operations', ctx.operationId);
    // A member's first sync brings the plan whole, whatever its status.
    const editable = op === undefined || isPlanEditable(op.status);
    if (op) batch.expectUnchanged('operations', op);
    // Results are facts once the operation took place; the status they are judged by is the
    // doc's (a catch-up may bring "Durchgeführt" and the results in one change).
    const docOp = readSnapshot(ctx.doc, 'operations', ctx.operationId);
    const docStatus = docOp ? recordOf('operations', docOp).status : undefined;
    const status = (typeof docStatus === 'string' ? docStatus : op?.status) as
      Operation['status'] | undefined;
    const resultsOpen = status !== undefined && mayRecordFact(status, 'result');
    const reject = (
      table: TableName,
      id: string,
      reason: RejectReason,
      kept: StoredRecord | undefined,
      fields: string[] = [],
    ) => rejected.push({ table, id, author: unit.author, reason, fields, kept });

    for (const table of PLAN_TABLES) {
      const spec = SPECS[table];
      const ids = unit.touched.get(table);
      if (!spec || !ids) continue;
      const ordered = [...ids];
      const befores = await store.bulkGet<StoredRecord>(table, ordered);
      ordered.forEach((id, n) => {
        const before = befores[n];
        const snap = readSnapshot(ctx.doc, table, id);
        const key = recordKey(table, id);
        const docRecord = snap ? recordOf(table, snap) : undefined;
        if (!docRecord && !before) return;
        const contested = unit.contested.has(key);
        if (contested) noticed.push(key);
        try {
          if (table === 'results') {
            if (!resultsOpen) return reject(table, id, 'plan_locked', before);
            const summary = (r: StoredRecord) => summaryOf(spec, r, unit.author, true, contested);
            if (!docRecord && before) batch.remove(spec, before, summary(before));
            else if (docRecord) {
              const base = {
                ...docRecord,
                id,
                rev: before?.rev ?? 1,
                updatedAt: before?.updatedAt ?? batch.now,
              };
              const ordered = before ? keepResultsOrder(before, base) : base;
              const next = withSums(
                ordered as unknown as OperationResults,
              ) as unknown as StoredRecord;
              if (!before) batch.insert(spec, next, summary(next));
              else if (diffRecords(before, next).length > 0)
                batch.update(spec, before, next, 'update', summary(next));
            }
            if (snap) agreed.set(key, snap);
            else agreed.delete(key);
            return;
          }
          if (!docRecord && before) {
            if (!editable) return reject(table, id, 'plan_locked', before);
            batch.remove(spec, before, summaryOf(spec, before, unit.author, false, contested));
          } else if (docRecord && !before) {
            if (!editable) return reject(table, id, 'plan_locked', before);
            const value = { ...docRecord, id, rev: 1, updatedAt: batch.now } as StoredRecord;
            batch.insert(spec, value, summaryOf(spec, value, unit.author, false, contested));
          } else if (docRecord && before) {
            let next = { ...docRecord, id, rev: before.rev, updatedAt: before.updatedAt };
            if (diffRecords(before, next).length === 0) {
              if (snap) agreed.set(key, snap);
              return;
            }
            let late = false;
            const lifecycle =
              table === 'operations' &&
              topFields(before, next).every((f) => LIFECYCLE_FIELDS.has(f));
            if (!editable && op && !lifecycle) {
              const r = checkLateChange(op.status, table, before, next);
              if (!r.ok) return reject(table, id, 'plan_locked', before, r.fields);
              next = r.value;
              late = true;
            }
            const stored = next as StoredRecord;
            batch.update(
              spec,
              before,
              stored,
              lifecycle ? 'status' : 'update',
              summaryOf(spec, stored, unit.author, late, contested),
            );
          }
          if (snap) agreed.set(key, snap);
          else agreed.delete(key);
        } catch (e) {
          if (!(e instanceof ValidationError)) throw e;
          reject(
            table,
            id,
            'invalid',
            before,
            e.issues.map((i) => i.path.join('.')),
          );
        }
      });
    }
    await batch.commit();
    return { agreed, rejected, noticed };
  });
}
