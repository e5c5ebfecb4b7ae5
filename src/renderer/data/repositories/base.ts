// Shared repository mechanics: validated writes, optimistic concurrency and the audit entry that
// every mutation writes in the same transaction.
import type { z } from 'zod';
import { newId, type AuditAction, type AuditEntry, type AuditedEntity } from '@shared/domain';
import { CodedError } from '@shared/result';
import { diffRecords } from '@shared/util/diff';
import type { TableName } from '../schema';
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

export interface EntitySpec<T extends Versioned> {
  table: TableName;
  entity: AuditedEntity;
  schema: z.ZodType<T>;
  operationIdOf(value: T): string | null;
  /** Short human label for the audit summary (code name, agency name …). */
  describe(value: T): string;
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
    const stored = validate(spec.schema, {
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
