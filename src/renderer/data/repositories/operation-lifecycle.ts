// Lifecycle of an operation: status moves with approval and revisions, archive, trash and
// permanent deletion (which also removes the personal data in its history).
import {
  applyTransition,
  checkReadiness,
  decideApproval,
  newId,
  openItemKey,
  type Agency,
  type Approval,
  type ApprovalError,
  type AuditEntry,
  type Operation,
  type OperationRevision,
  type OperationStatus,
  type Premises,
  type Settings,
  type TransitionError,
} from '@shared/domain';
import { CodedError } from '@shared/result';
import { getOrThrow, updateEntity, WriteBatch, type RepoContext } from './base';
import { loadPlan } from './plan-io';
import { startResults } from './results';
import { operationSpec } from './specs';

const CHILD_TABLES = [
  'targets',
  'participations',
  'teams',
  'timeline',
  'comms',
  'findings',
  'results',
  'distribution',
  'revisions',
] as const;

/** What the approval dialog hands over: the second person's declaration and the reasons. */
export interface ApprovalInput {
  secondPerson: { name: string; function: string } | null;
  /** A reason per open mandatory item, keyed `code:subjectId`. */
  reasons: Readonly<Record<string, string>>;
  /** Each item as the approver saw it, same keys; kept in the approval record. */
  texts: Readonly<Record<string, string>>;
  /** A verified signed Freigabe package (exchange `checkSignedApproval`). */
  signedBy?: { fingerprint: string; packageId: string };
}

export interface TransitionOptions {
  approval?: ApprovalInput;
  /** Sending to approval: this plan needs "Freigabe nur durch eine zweite Person". */
  approvalByTwoPersons?: boolean;
}

const TRANSITION_MESSAGES: Record<TransitionError, string> = {
  not_allowed: 'Dieser Statuswechsel ist nicht möglich.',
  approver_missing: 'Für die Freigabe wird Ihr Name benötigt (Einstellungen).',
  not_approved: 'Nur ein freigegebener Einsatz kann als durchgeführt markiert werden.',
  before_h_hour: 'Vor der H-Zeit kann der Einsatz nicht als durchgeführt markiert werden.',
  actor_missing:
    'Um den Einsatz als durchgeführt zu markieren, wird Ihr Name benötigt (Einstellungen).',
};

const APPROVAL_MESSAGES: Record<ApprovalError, string> = {
  approver_missing: 'Für die Freigabe wird Ihr Name benötigt (Einstellungen).',
  reasons_missing:
    'Offene Pflichtpunkte blockieren die Freigabe. Für jeden ist eine schriftliche Begründung nötig.',
  second_person_required:
    'Dieser Plan darf nur durch eine zweite Person freigegeben werden: Name und Funktion fehlen.',
  second_person_function_missing: 'Die Funktion der freigebenden Person fehlt.',
  second_person_is_drafter:
    'Wer den Plan zur Freigabe vorgelegt hat, kann ihn nicht allein freigeben.',
};

/** A refused status move; `reason` lets the UI say why in the user's language. */
export class TransitionRefusedError extends CodedError {
  constructor(readonly reason: TransitionError) {
    super('not_allowed', TRANSITION_MESSAGES[reason]);
  }
}

/** A refused approval; `missingReasons` names the open items still without a reason. */
export class ApprovalRefusedError extends CodedError {
  constructor(
    readonly reason: ApprovalError,
    readonly missingReasons: readonly string[],
  ) {
    super('not_allowed', APPROVAL_MESSAGES[reason]);
  }
}

function approvalSummary(codeName: string, approval: NonNullable<Operation['approval']>): string {
  const open = approval.openItems?.length ?? 0;
  const who = approval.function ? `${approval.by} (${approval.function})` : approval.by;
  return [
    `${codeName} Revision ${approval.revision ?? '?'} freigegeben von ${who}`,
    approval.secondPerson ? 'als zweite Person' : '',
    open > 0 ? `mit ${open} offenen Pflichtpunkten` : '',
    // The fingerprint's first four groups name the key; the record keeps all of it.
    approval.signedBy
      ? `signiert (Fingerabdruck ${approval.signedBy.fingerprint.toUpperCase().slice(0, 16)}…)`
      : '',
  ]
    .filter(Boolean)
    .join(' ')
    .slice(0, 200);
}

/** Names for the readiness messages, read the way the workspace shows them. */
async function planNames(
  ctx: RepoContext,
  participations: readonly { agencyId: string }[],
  targets: readonly { premisesId: string }[],
) {
  const agencies = new Map<string, string>();
  for (const id of new Set(participations.map((p) => p.agencyId)))
    agencies.set(id, (await ctx.store.get<Agency>('agencies', id))?.name ?? '');
  const premises = new Map<string, string>();
  for (const id of new Set(targets.map((t) => t.premisesId)))
    premises.set(id, (await ctx.store.get<Premises>('premises', id))?.name ?? '');
  return {
    agencyName: (id: string) => agencies.get(id) ?? '',
    premisesName: (id: string) => premises.get(id) ?? '',
  };
}

export function operationLifecycle(ctx: RepoContext) {
  const setFlag = (id: string, patch: Partial<Operation>, action: 'trash' | 'restore' | 'update') =>
    updateEntity(ctx, operationSpec, id, (o) => ({ ...o, ...patch }), action);

  return {
    /**
     * Moves the status on. Approval is decided here, not only in the dialog: open mandatory
     * items need a reason each, and a plan under the four-eyes rule needs a second person who
     * is not the drafter. Leaving `approved` for `planning` keeps the approved plan as a
     * readable snapshot (revision N) in the same transaction that starts revision N+1.
     */
    async transition(
      id: string,
      to: OperationStatus,
      options: TransitionOptions = {},
    ): Promise<Operation> {
      const current = await getOrThrow<Operation>(ctx, 'operations', id);
      const actor = ctx.actor();
      const now = ctx.now();
      let approval: Approval | undefined;
      if (to === 'approved') {
        const plan = await loadPlan(ctx, id);
        const names = await planNames(ctx, plan.participations, plan.targets);
        const issues = checkReadiness(plan, names);
        const settings = await ctx.store.get<Settings>('settings', 'settings');
        const request = options.approval ?? { secondPerson: null, reasons: {}, texts: {} };
        const decision = decideApproval(
          current,
          issues,
          { approvalByTwoPersons: settings?.approvalByTwoPersons },
          {
            actor,
            secondPerson: request.secondPerson,
            reasons: request.reasons,
            signedBy: request.signedBy,
          },
          now,
          (issue) => request.texts[openItemKey(issue)] ?? issue.code,
        );
        if (!decision.ok) throw new ApprovalRefusedError(decision.error, decision.missingReasons);
        approval = decision.approval;
      }
      const r = applyTransition(current, to, {
        actor,
        now,
        approval,
        approvalByTwoPersons: options.approvalByTwoPersons,
      });
      if (!r.ok) throw new TransitionRefusedError(r.error);
      const batch = new WriteBatch(ctx);
      if (r.startsRevision) {
        const snapshot: OperationRevision = {
          id: newId(),
          operationId: id,
          revision: current.revision,
          approval: current.approval,
          createdAt: batch.now,
          snapshot: await loadPlan(ctx, id),
        };
        batch.putRaw('revisions', snapshot);
      }
      const action = to === 'approved' ? 'approve' : r.startsRevision ? 'revise' : 'status';
      const stored = batch.update(
        operationSpec,
        current,
        r.operation,
        action,
        r.operation.approval && to === 'approved'
          ? approvalSummary(current.codeName, r.operation.approval)
          : undefined,
      );
      // "Durchgeführt" starts the (empty) results record in the same save (see startResults).
      if (to === 'executed') await startResults(ctx, batch, id);
      await batch.commit();
      return stored;
    },

    async revisions(operationId: string): Promise<OperationRevision[]> {
      const list = await ctx.store.where<OperationRevision>(
        'revisions',
        'operationId',
        operationId,
      );
      return list.sort((a, b) => a.revision - b.revision);
    },

    archive: (id: string) => setFlag(id, { archivedAt: ctx.now() }, 'update'),
    unarchive: (id: string) => setFlag(id, { archivedAt: null }, 'update'),
    trash: (id: string) => setFlag(id, { deletedAt: ctx.now() }, 'trash'),
    restore: (id: string) => setFlag(id, { deletedAt: null }, 'restore'),

    /**
     * Deletes an operation from the trash for good: the plan, its parts, results, revisions and
     * the history entries that hold their values. One entry without values records the deletion.
     */
    async purge(id: string): Promise<void> {
      const op = await getOrThrow<Operation>(ctx, 'operations', id);
      if (op.deletedAt === null)
        throw new CodedError(
          'not_allowed',
          'Nur Einsätze im Papierkorb können endgültig gelöscht werden.',
        );
      const batch = new WriteBatch(ctx);
      for (const table of CHILD_TABLES) {
        for (const row of await ctx.store.where<{ id: string }>(table, 'operationId', id))
          batch.deleteRaw(table, row.id);
      }
      for (const entry of await ctx.store.where<AuditEntry>('audit', 'operationId', id))
        batch.deleteRaw('audit', entry.id);
      batch.deleteRaw('operations', id);
      batch.audit({
        entity: 'operation',
        entityId: id,
        operationId: null,
        action: 'delete',
        summary: `${op.codeName} endgültig gelöscht`,
        changes: [],
      });
      await batch.commit();
    },
  };
}
