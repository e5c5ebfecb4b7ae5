// Approval that means something: open mandatory readiness items block it unless each gets a
// written reason, and with "Freigabe nur durch eine zweite Person" someone other than the
// drafter declares name and function. Pure; the repository decides with it, the dialog asks.
import { MIN_REASON_LENGTH, type Approval, type OpenItem } from './approval-record';
import type { Operation } from './operation';
import type { ReadinessIssue } from './readiness';

/** The readiness list's "Pflicht" items: what blocks approval. */
export function mandatoryIssues(issues: readonly ReadinessIssue[]): ReadinessIssue[] {
  return issues.filter((i) => i.severity === 'error');
}

/**
 * A stable key for one open item: a code occurs once per subject, or once per framework part
 * ("Teil „Lage“ ist leer" and "Teil „Auftrag“ ist leer" are two items without a subject).
 */
export function openItemKey(issue: Pick<ReadinessIssue, 'code' | 'subjectId' | 'params'>): string {
  return `${issue.code}:${issue.subjectId ?? issue.params.part ?? ''}`;
}

/** Whether this plan needs a second person: the installation's rule or the plan's own. */
export function requiresSecondPerson(
  op: Pick<Operation, 'approvalByTwoPersons'>,
  installation: { approvalByTwoPersons?: boolean | undefined },
): boolean {
  return op.approvalByTwoPersons === true || installation.approvalByTwoPersons === true;
}

/** Names compared as people type them: case, spacing and accents' composition ignored. */
export function samePerson(a: string, b: string): boolean {
  const norm = (s: string) =>
    s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
  return norm(a) !== '' && norm(a) === norm(b);
}

export interface ApprovalRequest {
  /** The installation's user at the keyboard (the settings name). */
  actor: string;
  /** The approving second person's own declaration; null when the rule does not apply. */
  secondPerson: { name: string; function: string } | null;
  /** A written reason per open mandatory item, keyed by `openItemKey`. */
  reasons: Readonly<Record<string, string>>;
  /** Set when the second person approved with a signed package (already verified). */
  signedBy?: { fingerprint: string; packageId: string } | undefined;
}

export type ApprovalError =
  | 'approver_missing'
  | 'reasons_missing'
  | 'second_person_required'
  | 'second_person_is_drafter'
  | 'second_person_function_missing';

export type ApprovalDecision =
  { ok: true; approval: Approval } | { ok: false; error: ApprovalError; missingReasons: string[] };

/**
 * Decides an approval. `describe` turns an issue into the text the approver saw, which the
 * approval keeps so the record and every document can say what was overridden and why.
 */
export function decideApproval(
  op: Pick<Operation, 'revision' | 'submittedForApproval' | 'approvalByTwoPersons'>,
  issues: readonly ReadinessIssue[],
  installation: { approvalByTwoPersons?: boolean | undefined },
  request: ApprovalRequest,
  now: string,
  describe: (issue: ReadinessIssue) => string,
): ApprovalDecision {
  const fail = (error: ApprovalError, missingReasons: string[] = []): ApprovalDecision => ({
    ok: false,
    error,
    missingReasons,
  });
  const actor = request.actor.trim();
  if (actor === '') return fail('approver_missing');

  const open = mandatoryIssues(issues);
  const missing = open
    .map(openItemKey)
    .filter((key) => (request.reasons[key] ?? '').trim().length < MIN_REASON_LENGTH);
  if (missing.length > 0) return fail('reasons_missing', missing);
  const openItems: OpenItem[] = open.map((issue) => ({
    code: issue.code,
    subjectId: issue.subjectId,
    text: describe(issue).slice(0, 200),
    reason: (request.reasons[openItemKey(issue)] ?? '').trim(),
  }));

  // Without a recorded submission (plans sent before this rule) the user at the keyboard is
  // taken as the drafter: on one installation that is who prepared the plan.
  const drafter = op.submittedForApproval?.by ?? actor;
  const twoPersons = requiresSecondPerson(op, installation);
  if (twoPersons) {
    const second = request.secondPerson;
    if (!second || second.name.trim() === '') return fail('second_person_required');
    if (second.function.trim() === '') return fail('second_person_function_missing');
    if (samePerson(second.name, drafter)) return fail('second_person_is_drafter');
  }
  const by = twoPersons && request.secondPerson ? request.secondPerson.name.trim() : actor;
  return {
    ok: true,
    approval: {
      by,
      at: now,
      function: twoPersons && request.secondPerson ? request.secondPerson.function.trim() : '',
      revision: op.revision,
      drafter,
      secondPerson: twoPersons,
      recordedBy: actor,
      openItems,
      ...(request.signedBy ? { signedBy: request.signedBy } : {}),
    },
  };
}

/** "freigegeben mit 2 offenen Pflichtpunkten" — the short note on the plan and its documents. */
export function openItemsOf(approval: Approval | null): OpenItem[] {
  return approval?.openItems ?? [];
}
