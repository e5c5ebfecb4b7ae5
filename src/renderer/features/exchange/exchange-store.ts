// The exchange table's writes: identity keys, trusted keys, sent requests, the inbox and the
// imported answers. Key and trust changes write an audit entry in the same transaction (as
// settings for the own key, as agency for a contact's key), so the history shows who trusted what.
import { newId, type AuditedEntity, type Operation, type PlanSnapshot } from '@shared/domain';
import {
  exchangeRecordSchema,
  generateIdentity,
  isValidRevocationFor,
  keyCardOf,
  makeKeyTransition,
  type KeyTransition,
  revokeIdentity,
  type ExchangeRecord,
  type IdentityInfo,
  type IdentityRecord,
  type ImportedRecord,
  type KeyCard,
  type ReceivedRecord,
  type SentRecord,
  type TrustRecord,
} from '@shared/exchange';
import { CodedError } from '@shared/result';
import { WriteBatch, type RepoContext } from '../../data/repositories/base';
import { insertPlanInto, loadPlan } from '../../data/repositories/plan-io';
import {
  commsSpec,
  operationSpec,
  participationSpec,
  targetSpec,
  teamSpec,
  timelineSpec,
} from '../../data/repositories/specs';

type New<T extends ExchangeRecord> = Omit<T, 'id' | 'rev' | 'createdAt' | 'updatedAt'>;

export interface ExchangeState {
  identity: IdentityRecord | null;
  /** Replaced or lost identities: they still open packages sealed to them before. */
  oldIdentities: IdentityRecord[];
  trusted: TrustRecord[];
  sent: SentRecord[];
  received: ReceivedRecord[];
  imported: ImportedRecord[];
}

export function splitRecords(records: readonly ExchangeRecord[]): ExchangeState {
  const of = <K extends ExchangeRecord['type']>(type: K) =>
    records
      .filter((r): r is Extract<ExchangeRecord, { type: K }> => r.type === type)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const identities = of('identity');
  return {
    identity: identities.filter((i) => i.revokedAt === null).at(-1) ?? null,
    oldIdentities: identities.filter((i) => i.revokedAt !== null),
    trusted: of('trust'),
    sent: of('sent'),
    received: of('received'),
    imported: of('imported'),
  };
}

export function exchangeStore(ctx: RepoContext) {
  const all = async () =>
    (await ctx.store.all<unknown>('exchange')).flatMap((r) => {
      const parsed = exchangeRecordSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });

  function stamp<T extends ExchangeRecord>(batch: WriteBatch, value: New<T>): T {
    const full = { ...value, id: newId(), rev: 1, createdAt: batch.now, updatedAt: batch.now };
    return exchangeRecordSchema.parse(full) as T;
  }
  function bump<T extends ExchangeRecord>(batch: WriteBatch, before: T, next: T): T {
    return exchangeRecordSchema.parse({ ...next, rev: before.rev + 1, updatedAt: batch.now }) as T;
  }
  function audit(batch: WriteBatch, entity: AuditedEntity, entityId: string, summary: string) {
    batch.audit({
      entity,
      entityId,
      operationId: null,
      action: 'update',
      summary: summary.slice(0, 200),
      changes: [],
    });
  }
  async function put(records: readonly ExchangeRecord[], expect: readonly ExchangeRecord[] = []) {
    const batch = new WriteBatch(ctx);
    for (const r of records) batch.putRaw('exchange', r);
    for (const e of expect) batch.expectUnchanged('exchange', e);
    await batch.commit();
  }

  return {
    load: async () => splitRecords(await all()),

    /** The installation's key, made at first need. */
    async ensureIdentity(info: IdentityInfo): Promise<IdentityRecord> {
      const current = splitRecords(await all()).identity;
      if (current) return current;
      const key = await generateIdentity(info, new Date(ctx.now()));
      const batch = new WriteBatch(ctx);
      const record = stamp<IdentityRecord>(batch, {
        type: 'identity',
        ...info,
        fingerprint: key.fingerprint,
        privateKey: key.privateKey,
        publicKey: key.publicKey,
        revokedAt: null,
        revocation: '',
      });
      batch.putRaw('exchange', record);
      audit(
        batch,
        'settings',
        record.id,
        `Eigener Schlüssel erzeugt (${key.fingerprint.slice(-8)})`,
      );
      await batch.commit();
      return record;
    },

    /** Lost or replaced: the old key gets its signed revocation, a new one is made. */
    async replaceIdentity(info: IdentityInfo): Promise<{ revocation: string }> {
      const current = splitRecords(await all()).identity;
      if (!current) throw new CodedError('not_found', 'Kein eigener Schlüssel vorhanden.');
      const revocation = await revokeIdentity(current, new Date(ctx.now()));
      const key = await generateIdentity(info, new Date(ctx.now()));
      const batch = new WriteBatch(ctx);
      batch.putRaw(
        'exchange',
        bump(batch, current, { ...current, revokedAt: batch.now, revocation }),
      );
      batch.expectUnchanged('exchange', current);
      const next = stamp<IdentityRecord>(batch, {
        type: 'identity',
        ...info,
        fingerprint: key.fingerprint,
        privateKey: key.privateKey,
        publicKey: key.publicKey,
        revokedAt: null,
        revocation: '',
      });
      batch.putRaw('exchange', next);
      audit(batch, 'settings', current.id, `Eigener Schlüssel widerrufen und ersetzt`);
      await batch.commit();
      return { revocation };
    },

    /**
     * Planned key change (not lost): a new key, and the statement signed by the old key that
     * carries the new card, for partners to import. The old key signs nothing new from here;
     * it is not revoked, so partners can still check the statement with it.
     */
    async changeIdentity(info: IdentityInfo): Promise<{ statement: string }> {
      const current = splitRecords(await all()).identity;
      if (!current) throw new CodedError('not_found', 'Kein eigener Schlüssel vorhanden.');
      const now = new Date(ctx.now());
      const key = await generateIdentity(info, now);
      const statement = await makeKeyTransition(current, keyCardOf(key, info), now);
      const batch = new WriteBatch(ctx);
      batch.putRaw('exchange', bump(batch, current, { ...current, revokedAt: batch.now }));
      batch.expectUnchanged('exchange', current);
      const next = stamp<IdentityRecord>(batch, {
        type: 'identity',
        ...info,
        fingerprint: key.fingerprint,
        privateKey: key.privateKey,
        publicKey: key.publicKey,
        revokedAt: null,
        revocation: '',
      });
      batch.putRaw('exchange', next);
      audit(batch, 'settings', current.id, 'Eigener Schlüssel planmäßig gewechselt');
      await batch.commit();
      return { statement };
    },

    /**
     * A partner's checked key change (`readKeyTransition`): the old key's trust ends, the new
     * key takes its agency and contact — marked as taken over by signature, not as compared.
     */
    async applyKeyTransition(old: TrustRecord, change: KeyTransition): Promise<TrustRecord> {
      if (old.fingerprint !== change.oldFingerprint || old.revoked) {
        throw new CodedError(
          'invalid_input',
          'Der Schlüsselwechsel gehört nicht zu diesem Schlüssel.',
        );
      }
      const existing = splitRecords(await all()).trusted.find(
        (t) => t.fingerprint === change.card.fingerprint,
      );
      const batch = new WriteBatch(ctx);
      batch.putRaw('exchange', bump(batch, old, { ...old, revoked: true }));
      batch.expectUnchanged('exchange', old);
      const base = {
        agencyId: old.agencyId,
        contactId: old.contactId,
        name: change.card.name,
        agency: change.card.agency,
        function: change.card.function,
        publicKey: change.card.publicKey,
        transitionFrom: { fingerprint: old.fingerprint, at: batch.now },
      };
      const record = existing
        ? bump(batch, existing, { ...existing, ...base })
        : stamp<TrustRecord>(batch, {
            type: 'trust',
            ...base,
            fingerprint: change.card.fingerprint,
            verified: null,
            revoked: false,
          });
      batch.putRaw('exchange', record);
      if (existing) batch.expectUnchanged('exchange', existing);
      audit(
        batch,
        'agency',
        old.agencyId ?? record.id,
        `Schlüsselwechsel von ${old.name}, signiert vom bisherigen Schlüssel (${record.fingerprint.slice(-8)})`,
      );
      await batch.commit();
      return record;
    },

    /** Attaches a key card to an agency contact; a known fingerprint is updated, not doubled. */
    async attachCard(
      card: KeyCard,
      agencyId: string | null,
      contactId: string | null,
    ): Promise<TrustRecord> {
      const existing = splitRecords(await all()).trusted.find(
        (t) => t.fingerprint === card.fingerprint,
      );
      const batch = new WriteBatch(ctx);
      const base = {
        agencyId,
        contactId,
        name: card.name,
        agency: card.agency,
        function: card.function,
        publicKey: card.publicKey,
      };
      const record = existing
        ? bump(batch, existing, { ...existing, ...base })
        : stamp<TrustRecord>(batch, {
            type: 'trust',
            ...base,
            fingerprint: card.fingerprint,
            verified: null,
            revoked: false,
          });
      batch.putRaw('exchange', record);
      if (existing) batch.expectUnchanged('exchange', existing);
      audit(
        batch,
        'agency',
        agencyId ?? record.id,
        `Schlüsselkarte von ${card.name} angehängt (${card.fingerprint.slice(-8)})`,
      );
      await batch.commit();
      return record;
    },

    async markVerified(trust: TrustRecord, by: string): Promise<void> {
      const batch = new WriteBatch(ctx);
      batch.putRaw(
        'exchange',
        bump(batch, trust, { ...trust, verified: { by: by || 'unbekannt', at: batch.now } }),
      );
      batch.expectUnchanged('exchange', trust);
      audit(
        batch,
        'agency',
        trust.agencyId ?? trust.id,
        `Schlüssel von ${trust.name} per Telefon abgeglichen`,
      );
      await batch.commit();
    },

    /** Marks a partner's key revoked (told by phone) or applies their signed revocation. */
    async revokeTrust(trust: TrustRecord, revocation?: string): Promise<void> {
      if (
        revocation !== undefined &&
        !(await isValidRevocationFor(revocation, trust.fingerprint))
      ) {
        throw new CodedError('invalid_input', 'Der Widerruf gehört nicht zu diesem Schlüssel.');
      }
      const batch = new WriteBatch(ctx);
      const next = { ...trust, revoked: true, publicKey: revocation ?? trust.publicKey };
      batch.putRaw('exchange', bump(batch, trust, next));
      batch.expectUnchanged('exchange', trust);
      audit(batch, 'agency', trust.agencyId ?? trust.id, `Schlüssel von ${trust.name} widerrufen`);
      await batch.commit();
    },

    async recordSent(values: readonly New<SentRecord>[]): Promise<void> {
      const batch = new WriteBatch(ctx);
      await put(values.map((v) => stamp<SentRecord>(batch, v)));
    },

    async updateSent(before: SentRecord, next: SentRecord): Promise<void> {
      const batch = new WriteBatch(ctx);
      await put([bump(batch, before, next)], [before]);
    },

    /** Keeps a received package; opening the same package again keeps the one record. */
    async receive(value: New<ReceivedRecord>): Promise<ReceivedRecord> {
      const existing = splitRecords(await all()).received.find(
        (r) => r.packageId === value.packageId,
      );
      if (existing) return existing;
      const batch = new WriteBatch(ctx);
      const record = stamp<ReceivedRecord>(batch, value);
      await put([record]);
      return record;
    },

    async addAnswer(received: ReceivedRecord, answer: ReceivedRecord['answers'][number]) {
      const batch = new WriteBatch(ctx);
      const answers = [...received.answers, answer].slice(-50);
      await put([bump(batch, received, { ...received, answers })], [received]);
    },

    /** A received Muster becomes a new template, never a plan; written like any new plan. */
    async insertTemplate(plan: PlanSnapshot): Promise<Operation> {
      if (!plan.operation.template) {
        throw new CodedError('invalid_input', 'Ein Muster-Paket wird nur als Muster angelegt.');
      }
      const batch = new WriteBatch(ctx);
      const operation = insertPlanInto(batch, plan);
      await batch.commit();
      return operation;
    },

    /**
     * A Muster as a template: new, or written over the template an older version of the same
     * Muster became (`replaces`: same local id, its parts replaced). The package is kept as
     * received and linked to the template in the same transaction, so the next import of the
     * same Muster finds it.
     */
    async storeTemplate(
      plan: PlanSnapshot,
      received: New<ReceivedRecord>,
      replaces: Operation | null,
    ): Promise<Operation> {
      if (!plan.operation.template) {
        throw new CodedError('invalid_input', 'Ein Muster-Paket wird nur als Muster angelegt.');
      }
      const batch = new WriteBatch(ctx);
      let operation: Operation;
      if (replaces === null) operation = insertPlanInto(batch, plan);
      else {
        const old = await loadPlan(ctx, replaces.id);
        for (const x of old.targets) batch.remove(targetSpec, x);
        for (const x of old.participations) batch.remove(participationSpec, x);
        for (const x of old.teams) batch.remove(teamSpec, x);
        for (const x of old.timeline) batch.remove(timelineSpec, x);
        for (const x of old.comms) batch.remove(commsSpec, x);
        const id = old.operation.id;
        const own = <T extends { operationId: string }>(x: T): T => ({ ...x, operationId: id });
        for (const x of plan.participations) batch.insert(participationSpec, own(x));
        for (const x of plan.teams) batch.insert(teamSpec, own(x));
        for (const x of plan.timeline) batch.insert(timelineSpec, own(x));
        for (const x of plan.comms) batch.insert(commsSpec, own(x));
        operation = batch.update(
          operationSpec,
          old.operation,
          { ...plan.operation, id, createdAt: old.operation.createdAt, rev: old.operation.rev },
          'update',
          `Muster „${plan.operation.codeName}“ durch neuere Fassung ersetzt`,
        );
      }
      const link = { ...received, templateId: operation.id };
      const before = splitRecords(await all()).received.find(
        (r) => r.packageId === received.packageId,
      );
      if (before) {
        batch.putRaw('exchange', bump(batch, before, { ...before, templateId: operation.id }));
        batch.expectUnchanged('exchange', before);
      } else batch.putRaw('exchange', stamp<ReceivedRecord>(batch, link));
      await batch.commit();
      return operation;
    },

    async recordImported(value: New<ImportedRecord>): Promise<void> {
      const batch = new WriteBatch(ctx);
      await put([stamp<ImportedRecord>(batch, value)]);
    },
  };
}

export type ExchangeStore = ReturnType<typeof exchangeStore>;
