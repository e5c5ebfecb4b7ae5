// Retention in the data layer: the preview of what "Einsatzdetails löschen nach N Monaten"
// deletes, and the audited run. Per operation ONE transaction: the reduced operation,
// participations and results record written, every other record of the operation deleted
// (plan parts, findings, distribution copies, revision snapshots, exchange records of its
// requests) and its Verlauf entries replaced by one entry without values — the same way the
// trash's permanent deletion removes history (`operation-lifecycle.ts`). The reduced records
// are put raw, not through `update`: an audited update would copy the deleted values into a
// new Verlauf entry's before/after.
import { newId, type AuditEntry, type Operation, type Participation } from '@shared/domain';
import {
  dueForRetention,
  reducedOperation,
  reducedParticipation,
  reducedResults,
  retentionCutoff,
  type OperationResults,
} from '@shared/results';
import { CodedError } from '@shared/result';
import type { z } from 'zod';
import { WriteBatch, type RepoContext, type Versioned } from './repositories/base';
import { operationSpec, participationSpec, resultsSpec } from './repositories/specs';
import type { TableName } from './schema';
import { ConflictError } from './store';

/** Tables whose records of an old operation are deleted outright. */
export const DELETED_PARTS = [
  'targets',
  'teams',
  'timeline',
  'comms',
  'findings',
  'distribution',
  'revisions',
] as const;
export type DeletedPart = (typeof DELETED_PARTS)[number] | 'audit' | 'exchange';

export interface RetentionItem {
  operationId: string;
  /** Shown in the preview so the user knows which operation; gone after the run. */
  codeName: string;
  /** `YYYY-MM` of its H-hour ('' without one): what stays besides the numbers. */
  month: string;
  /** Records deleted per table (Verlauf entries under `audit`, requests under `exchange`). */
  deleted: Record<DeletedPart, number>;
  /** Records kept but stripped to the numbers: the operation, participations, results. */
  reduced: number;
}

export interface RetentionPreview {
  months: number;
  cutoff: string;
  items: RetentionItem[];
  /** Sums over all items, for the preview's table. */
  deleted: Record<DeletedPart, number>;
  reduced: number;
}

const zero = (): Record<DeletedPart, number> => ({
  targets: 0,
  teams: 0,
  timeline: 0,
  comms: 0,
  findings: 0,
  distribution: 0,
  revisions: 0,
  audit: 0,
  exchange: 0,
});

interface Loaded {
  op: Operation;
  rows: Map<TableName, { id: string }[]>;
  audit: AuditEntry[];
  exchange: { id: string }[];
  participations: Participation[];
  results: OperationResults | undefined;
}

function checked<T>(schema: z.ZodType<T>, value: T): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new CodedError(
      'invalid_input',
      'Der bereinigte Datensatz ist ungültig; nichts gelöscht.',
    );
  return r.data;
}

export function retentionRepository(ctx: RepoContext) {
  /** Exchange records (sent, received, imported) per plan id: read once per run. */
  async function exchangeByPlan(): Promise<Map<string, { id: string }[]>> {
    const out = new Map<string, { id: string }[]>();
    for (const r of await ctx.store.all<{ id: string; planId?: string }>('exchange')) {
      if (!r.planId) continue;
      const list = out.get(r.planId);
      if (list) list.push(r);
      else out.set(r.planId, [r]);
    }
    return out;
  }

  async function load(op: Operation, exchange: Map<string, { id: string }[]>): Promise<Loaded> {
    const rows = new Map<TableName, { id: string }[]>();
    for (const table of DELETED_PARTS)
      rows.set(table, await ctx.store.where<{ id: string }>(table, 'operationId', op.id));
    return {
      op,
      rows,
      audit: await ctx.store.where<AuditEntry>('audit', 'operationId', op.id),
      exchange: exchange.get(op.id) ?? [],
      participations: await ctx.store.where<Participation>('participations', 'operationId', op.id),
      results: await ctx.store.get<OperationResults>('results', op.id),
    };
  }

  function itemOf(l: Loaded): RetentionItem {
    const deleted = zero();
    for (const table of DELETED_PARTS) deleted[table] = l.rows.get(table)?.length ?? 0;
    deleted.audit = l.audit.length;
    deleted.exchange = l.exchange.length;
    return {
      operationId: l.op.id,
      codeName: l.op.codeName,
      month: reducedOperation(l.op, l.op.createdAt).hHour?.slice(0, 7) ?? '',
      deleted,
      reduced: 1 + l.participations.length + (l.results ? 1 : 0),
    };
  }

  async function due(months: number) {
    const now = ctx.now();
    const ops = dueForRetention(await ctx.store.all<Operation>('operations'), now, months);
    ops.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
    return { ops, cutoff: retentionCutoff(now, months) };
  }

  function summarize(months: number, cutoff: string, items: RetentionItem[]): RetentionPreview {
    const deleted = zero();
    let reduced = 0;
    for (const item of items) {
      for (const k of Object.keys(deleted) as DeletedPart[]) deleted[k] += item.deleted[k];
      reduced += item.reduced;
    }
    return { months, cutoff, items, deleted, reduced };
  }

  const bumped = <T extends Versioned>(value: T, now: string): T => ({
    ...value,
    rev: value.rev + 1,
    updatedAt: now,
  });

  /** Reduces one operation in one transaction; fails (nothing written) if it changed meanwhile. */
  async function reduceOne(l: Loaded, months: number): Promise<void> {
    const batch = new WriteBatch(ctx);
    batch.expectUnchanged('operations', l.op);
    for (const table of DELETED_PARTS)
      for (const row of l.rows.get(table) ?? []) batch.deleteRaw(table, row.id);
    for (const entry of l.audit) batch.deleteRaw('audit', entry.id);
    for (const r of l.exchange) batch.deleteRaw('exchange', r.id);
    batch.putRaw(
      'operations',
      checked(operationSpec.schema, bumped(reducedOperation(l.op, batch.now), batch.now)),
    );
    for (const p of l.participations)
      batch.putRaw(
        'participations',
        checked(participationSpec.schema, bumped(reducedParticipation(p, batch.now), batch.now)),
      );
    if (l.results)
      batch.putRaw(
        'results',
        checked(resultsSpec.schema, bumped(reducedResults(l.results), batch.now)),
      );
    // One entry without values: that, when and by whom; what it was is gone.
    batch.audit({
      entity: 'operation',
      entityId: l.op.id,
      operationId: l.op.id,
      action: 'delete',
      summary: `Einsatzdetails gelöscht (Aufbewahrung ${months} Monate); die Zahlen bleiben`,
      changes: [],
    });
    await batch.commit();
  }

  return {
    /** What a run would delete now, per operation; nothing is written. */
    async preview(months: number): Promise<RetentionPreview> {
      const { ops, cutoff } = await due(months);
      const exchange = await exchangeByPlan();
      const items: RetentionItem[] = [];
      for (const op of ops) items.push(itemOf(await load(op, exchange)));
      return summarize(months, cutoff, items);
    },

    /**
     * Deletes the details of every operation due, one transaction each, and records the run
     * in the Verlauf. Returns what was done (operations changed meanwhile are left for the
     * next run and not counted).
     */
    async run(months: number): Promise<RetentionPreview> {
      const { ops, cutoff } = await due(months);
      const exchange = await exchangeByPlan();
      const done: RetentionItem[] = [];
      for (const op of ops) {
        const loaded = await load(op, exchange);
        try {
          await reduceOne(loaded, months);
          done.push(itemOf(loaded));
        } catch (e) {
          // Changed meanwhile (another window): left for the next run, nothing half-written.
          if (!(e instanceof ConflictError)) throw e;
        }
      }
      const result = summarize(months, cutoff, done);
      const batch = new WriteBatch(ctx);
      batch.audit({
        entity: 'database',
        entityId: newId(),
        operationId: null,
        action: 'delete',
        summary: `Aufbewahrung: Details von ${done.length} Einsätzen gelöscht (älter als ${months} Monate)`,
        changes: [
          { path: 'operations', before: null, after: done.length },
          { path: 'cutoff', before: null, after: cutoff },
        ],
      });
      await batch.commit();
      return result;
    },
  };
}
