// Shared repository mechanics: validated writes, optimistic concurrency and the audit entry that
// every mutation writes in the same transaction.
import type { z } from 'zod';
import { newId, type AuditAction, type AuditEntry } from '@shared/domain';
import { CodedError } from '@shared/result';
import { diffRecords, isPlainObject } from '@shared/util/diff';
import { WORK_SLICE, yieldToUi, type BatchItem, type BatchProgress } from '../chunked-batch';
import type { AuditNaming, TableName } from '../schema';
import { ConflictError, type Change, type Expectation, type RecordStore } from '../store';

export interface RepoContext {
  store: RecordStore;
  /** Name recorded in audit entries (from the settings). */
  actor(): string;
  now(): string;
}

export interface Versioned {
  id: string;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

/** An audited table's write spec; derived from the registry in `repositories/specs.ts`. */
export interface EntitySpec<T extends Versioned> extends AuditNaming<T> {
  table: TableName;
  /** Today's limits: what a write must meet. */
  schema: z.ZodType<T>;
  /** Without upper bounds: what a stored record may still hold (see `lenientSchema`). */
  readSchema: z.ZodType<T>;
}

export class ValidationError extends CodedError {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super('invalid_input', issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
}

export class NotFoundError extends CodedError {
  constructor(table: string, id: string) {
    super('not_found', `${table}/${id} nicht gefunden`);
  }
}

function validate<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new ValidationError(r.error.issues);
  return r.data;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isPlainObject(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}

/**
 * Checks a changed record against today's limits, except where it keeps a value stored before
 * a limit was tightened: a plan whose 5 000-character code name predates the 40-character limit
 * can still get a new title, but the code name itself can only be changed to one that fits.
 */
function validateUpdate<T extends Versioned>(spec: EntitySpec<T>, before: T, next: unknown): T {
  const r = spec.schema.safeParse(next);
  if (r.success) return r.data;
  const fresh = r.error.issues.filter(
    (i) => diffRecords(valueAt(before, i.path), valueAt(next, i.path)).length > 0,
  );
  if (fresh.length > 0) throw new ValidationError(fresh);
  return validate(spec.readSchema, next);
}

/** Collects changes and their audit entries; `commit` writes them in one transaction. */
export class WriteBatch {
  private readonly changes: Change[] = [];
  private readonly expectations: Expectation[] = [];
  readonly now: string;

  constructor(private readonly ctx: RepoContext) {
    this.now = ctx.now();
  }

  audit(entry: Omit<AuditEntry, 'id' | 'at' | 'actor'>): void {
    const full: AuditEntry = { id: newId(), at: this.now, actor: this.ctx.actor(), ...entry };
    this.changes.push({ table: 'audit', put: full });
  }

  insert<T extends Versioned>(spec: EntitySpec<T>, value: T, summary?: string): T {
    const stored = validate(spec.schema, { ...value, rev: 1, updatedAt: this.now });
    this.changes.push({ table: spec.table, put: stored });
    this.expectations.push({ table: spec.table, id: stored.id, rev: null });
    this.audit({
      entity: spec.entity,
      entityId: stored.id,
      operationId: spec.operationIdOf(stored),
      action: 'create',
      summary: summary ?? spec.describe(stored),
      changes: diffRecords({}, stored),
    });
    return stored;
  }

  /**
   * Inserts many records of one table with ONE audit entry naming how many and which (an
   * import); each record is still validated. For thousands of rows use `bulkInsert`.
   */
  insertMany<T extends Versioned>(spec: EntitySpec<T>, values: readonly T[], summary: string): T[] {
    if (values.length === 0) return [];
    const stored = values.map((v) => validate(spec.schema, { ...v, rev: 1, updatedAt: this.now }));
    for (const s of stored) {
      this.changes.push({ table: spec.table, put: s });
      this.expectations.push({ table: spec.table, id: s.id, rev: null });
    }
    this.audit(batchAudit(spec, stored, summary));
    return stored;
  }

  /** Writes `next` over `before`; returns `before` untouched when nothing changed. */
  update<T extends Versioned>(
    spec: EntitySpec<T>,
    before: T,
    next: T,
    action: AuditAction = 'update',
    summary?: string,
  ): T {
    const changes = diffRecords(before, next);
    if (changes.length === 0 && action === 'update') return before;
    const stored = validateUpdate(spec, before, {
      ...next,
      id: before.id,
      createdAt: before.createdAt,
      rev: before.rev + 1,
      updatedAt: this.now,
    });
    this.changes.push({ table: spec.table, put: stored });
    this.expectations.push({ table: spec.table, id: before.id, rev: before.rev });
    this.audit({
      entity: spec.entity,
      entityId: stored.id,
      operationId: spec.operationIdOf(stored),
      action,
      summary: summary ?? spec.describe(stored),
      changes,
    });
    return stored;
  }

  remove<T extends Versioned>(spec: EntitySpec<T>, value: T, summary?: string): void {
    this.changes.push({ table: spec.table, delete: value.id });
    this.expectations.push({ table: spec.table, id: value.id, rev: value.rev });
    this.audit({
      entity: spec.entity,
      entityId: value.id,
      operationId: spec.operationIdOf(value),
      action: 'delete',
      summary: summary ?? spec.describe(value),
      changes: diffRecords(value, {}),
    });
  }

  /** Fails the commit if `value` changed after it was read, though this batch does not write it. */
  expectUnchanged(table: TableName, value: Versioned): void {
    this.expectations.push({ table, id: value.id, rev: value.rev });
  }

  /** A raw put without audit (audit rows, snapshots written alongside an audited change). */
  putRaw(table: TableName, value: { id: string }): void {
    this.changes.push({ table, put: value });
  }

  /** A raw delete without audit (rows whose owner's audited update records the change). */
  deleteRaw(table: TableName, id: string): void {
    this.changes.push({ table, delete: id });
  }

  get size(): number {
    return this.changes.length;
  }

  async commit(): Promise<void> {
    if (this.changes.length === 0) return;
    await this.ctx.store.commit(this.changes, this.expectations);
  }
}

/** The one audit entry of a batch insert: counts and ids, not a diff per record. */
function batchAudit<T extends Versioned>(
  spec: EntitySpec<T>,
  stored: readonly T[],
  summary: string,
): Omit<AuditEntry, 'id' | 'at' | 'actor'> {
  return {
    entity: spec.entity,
    entityId: newId(),
    operationId: null,
    action: 'import',
    summary,
    changes: [
      { path: 'count', before: null, after: stored.length },
      { path: 'ids', before: null, after: stored.map((s) => s.id) },
    ],
  };
}

export interface BulkInsertOptions {
  /** The audit summary, e.g. "50 000 Objekte importiert". */
  summary: string;
  onProgress?: (p: BatchProgress) => void;
  signal?: AbortSignal;
  chunkSize?: number;
}

/** Validation runs in slices with a pause between them, so 50 000 rows never block the page. */
async function validateAll<T extends Versioned>(
  spec: EntitySpec<T>,
  values: readonly T[],
  now: string,
  slice: number,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += slice) {
    for (const v of values.slice(i, i + slice)) {
      out.push(validate(spec.schema, { ...v, rev: 1, updatedAt: now }));
    }
    if (i + slice < values.length) await yieldToUi();
  }
  return out;
}

/**
 * Inserts many new records through the bulk write path: every record validated first (nothing
 * is written if one is invalid), then written in chunks with ONE audit entry for the batch.
 * Each id must not exist yet. Stopped halfway, the batch is visible in `unfinishedBatches`;
 * importing the same records again continues it.
 */
export async function bulkInsert<T extends Versioned>(
  ctx: RepoContext,
  spec: EntitySpec<T>,
  values: readonly T[],
  options: BulkInsertOptions,
): Promise<T[]> {
  const now = ctx.now();
  const stored = await validateAll(spec, values, now, WORK_SLICE);
  const ids = stored.map((s) => s.id);
  const audit: AuditEntry = {
    id: newId(),
    at: now,
    actor: ctx.actor(),
    ...batchAudit(spec, stored, options.summary),
  };
  const items: BatchItem[] = stored.map((s) => ({
    table: spec.table,
    put: s,
    // A row already there was written by the batch's own earlier run only if resuming; the
    // journal skips those, so any existing row here is a real conflict. Checked by the add
    // itself (no read of 50 000 rows first).
    expect: 'absent' as const,
  }));
  await ctx.store.runBatch(items, {
    key: `insert:${spec.table}:${await digestIds(ids)}`,
    label: options.summary,
    now,
    audit,
    chunkSize: options.chunkSize,
    onProgress: options.onProgress,
    signal: options.signal,
  });
  return stored;
}

/** A short fingerprint of a batch's ids: the same import again finds its unfinished journal. */
async function digestIds(ids: readonly string[]): Promise<string> {
  const bytes = new TextEncoder().encode(ids.join('\n'));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function getOrThrow<T>(ctx: RepoContext, table: TableName, id: string): Promise<T> {
  const value = await ctx.store.get<T>(table, id);
  if (value === undefined) throw new NotFoundError(table, id);
  return value;
}

/**
 * Read, change, write with a revision check; on a concurrent change it reads again and retries,
 * so two windows editing the same record never silently overwrite each other.
 */
export async function updateEntity<T extends Versioned>(
  ctx: RepoContext,
  spec: EntitySpec<T>,
  id: string,
  mutate: (current: T) => T,
  action: AuditAction = 'update',
): Promise<T> {
  return retryOnConflict(async () => {
    const current = await getOrThrow<T>(ctx, spec.table, id);
    const batch = new WriteBatch(ctx);
    const stored = batch.update(spec, current, mutate(current), action);
    await batch.commit();
    return stored;
  });
}

/** Runs a read-change-write again (three tries in all) when a concurrent change conflicts. */
export async function retryOnConflict<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      if (!(e instanceof ConflictError) || attempt >= 2) throw e;
    }
  }
}

export async function insertEntity<T extends Versioned>(
  ctx: RepoContext,
  spec: EntitySpec<T>,
  value: T,
): Promise<T> {
  const batch = new WriteBatch(ctx);
  const stored = batch.insert(spec, value);
  await batch.commit();
  return stored;
}
