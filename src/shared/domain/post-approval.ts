// Facts after approval: the one list of what may still be recorded once a plan is approved
// (liaison answers, actual strengths, actual times, results once "Durchgeführt"), and who may
// mark an operation "Durchgeführt". The plan guard of the repositories uses this list; the
// calendar, results and shared-operation work build on it instead of keeping their own.
import { diffRecords } from '../util/diff';
import type { Stamp } from './common';
import type { Operation, OperationStatus } from './operation';
import type { ConfirmationEvent, Participation } from './participation';

export const LATE_FACT_KINDS = [
  'liaison_answer',
  'actual_strength',
  'actual_time',
  'result',
  'target_release',
] as const;
export type LateFactKind = (typeof LATE_FACT_KINDS)[number];

/** A table whose records may hold facts after approval. */
export type FactTable = 'participations' | 'timeline' | 'findings' | 'operations';

export interface LateFact {
  kind: LateFactKind;
  table: FactTable;
  /** Top-level fields that hold the fact; `'*'` when the whole record is the fact. */
  fields: readonly string[] | '*';
  /** Statuses in which the fact may be recorded while the plan itself stays fixed. */
  statuses: readonly OperationStatus[];
}

export const LATE_FACTS: readonly LateFact[] = [
  // A liaison may still answer until the operation has taken place.
  {
    kind: 'liaison_answer',
    table: 'participations',
    fields: ['confirmation', 'history'],
    statuses: ['approved', 'executed'],
  },
  {
    kind: 'actual_strength',
    table: 'participations',
    fields: ['actualStrength'],
    statuses: ['approved', 'executed', 'followed_up'],
  },
  {
    kind: 'actual_time',
    table: 'timeline',
    fields: ['actualAt'],
    statuses: ['approved', 'executed', 'followed_up'],
  },
  // Results exist only once the operation took place (same rule as areFindingsEditable).
  { kind: 'result', table: 'findings', fields: '*', statuses: ['executed', 'followed_up'] },
  // Releasing the target list to an agency is an operational decision (often at the briefing),
  // not a change of the plan: it may be recorded until the operation has taken place.
  {
    kind: 'target_release',
    table: 'operations',
    fields: ['targetRelease'],
    statuses: ['approved', 'executed'],
  },
];

/** Starts the audit summary of a fact recorded after approval; Verlauf shows it as a mark. */
export const LATE_FACT_AUDIT_PREFIX = 'Nachtrag nach Freigabe: ';

export type LateChangeResult<T> =
  | { ok: true; value: T; facts: LateFactKind[] }
  | { ok: false; error: 'plan_field' | 'history_rewritten'; fields: string[] };

const topField = (path: string) => path.split('.')[0] ?? path;

/**
 * Checks a change of a plan part while the plan is not editable. Allowed only when every
 * changed field is a fact that may be recorded in this status. A liaison answer must be one
 * new answer at the end of the history (earlier answers stay as they were); it is stamped
 * "Nachtrag nach Freigabe" here, so no caller can forget it.
 */
export function checkLateChange<T extends object>(
  status: OperationStatus,
  table: string,
  before: T,
  after: T,
): LateChangeResult<T> {
  const facts = LATE_FACTS.filter((f) => f.table === table && f.statuses.includes(status));
  const changed = [...new Set(diffRecords(before, after).map((c) => topField(c.path)))];
  const kinds = new Set<LateFactKind>();
  const refused: string[] = [];
  for (const field of changed) {
    const fact = facts.find((f) => f.fields === '*' || f.fields.includes(field));
    if (fact) kinds.add(fact.kind);
    else refused.push(field);
  }
  if (refused.length > 0) return { ok: false, error: 'plan_field', fields: refused };
  if (kinds.has('liaison_answer') && table === 'participations') {
    const stamped = stampLateAnswer(
      before as unknown as Participation,
      after as unknown as Participation,
    );
    if (!stamped) return { ok: false, error: 'history_rewritten', fields: ['history'] };
    return { ok: true, value: stamped as unknown as T, facts: [...kinds] };
  }
  return { ok: true, value: after, facts: [...kinds] };
}

const same = (a: ConfirmationEvent, b: ConfirmationEvent) => diffRecords(a, b).length === 0;

/**
 * One new answer appended, earlier ones untouched (the history may drop its oldest entries at
 * its cap), the current answer being that new one. Returns the participation with the new
 * answer marked `afterApproval`, or null when the history was rewritten.
 */
function stampLateAnswer(before: Participation, after: Participation): Participation | null {
  const latest = after.history.at(-1);
  if (!latest || !same(latest, after.confirmation)) return null;
  const earlier = after.history.slice(0, -1);
  if (!earlier.every((e) => before.history.some((b) => same(b, e)))) return null;
  const marked: ConfirmationEvent = { ...latest, afterApproval: true };
  return { ...after, confirmation: marked, history: [...earlier, marked] };
}

/** Whether a fact of this kind may be recorded in this status (the UI offers it only then). */
export function mayRecordFact(status: OperationStatus, kind: LateFactKind): boolean {
  return LATE_FACTS.some((f) => f.kind === kind && f.statuses.includes(status));
}

/** True when the participation's current answer was recorded after approval. */
export function isLateAnswer(p: Pick<Participation, 'confirmation'>): boolean {
  return p.confirmation.afterApproval === true;
}

export type ExecutionError = 'not_approved' | 'before_h_hour' | 'actor_missing';

/**
 * Who may mark an operation "Durchgeführt": a named user of this installation, once the plan is
 * approved and H has passed (an operation cannot have taken place before it began). On one
 * installation the name is a declaration; signed results come with the exchange packages.
 */
export function checkMarkExecuted(
  op: Pick<Operation, 'status' | 'hHour'>,
  actor: string,
  now: string,
): { ok: true; stamp: Stamp } | { ok: false; error: ExecutionError } {
  if (op.status !== 'approved') return { ok: false, error: 'not_approved' };
  if (actor.trim() === '') return { ok: false, error: 'actor_missing' };
  if (op.hHour !== null && Date.parse(op.hHour) > Date.parse(now))
    return { ok: false, error: 'before_h_hour' };
  return { ok: true, stamp: { by: actor.trim(), at: now } };
}
