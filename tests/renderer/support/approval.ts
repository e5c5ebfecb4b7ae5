// Approves a plan the way the dialog does: a written reason for every open mandatory item.
import { checkReadiness, mandatoryIssues, openItemKey } from '@shared/domain';
import type { TestData } from './data';

export const REASON = 'Wird vor dem Einsatz nachgetragen';

export async function approveWithReasons(
  t: Pick<TestData, 'repos'>,
  operationId: string,
  secondPerson: { name: string; function: string } | null = null,
) {
  const plan = await t.repos.operations.loadPlan(operationId);
  const issues = mandatoryIssues(
    checkReadiness(plan, { premisesName: () => '', agencyName: () => '' }),
  );
  return t.repos.operations.transition(operationId, 'approved', {
    approval: {
      secondPerson,
      reasons: Object.fromEntries(issues.map((i) => [openItemKey(i), REASON])),
      texts: Object.fromEntries(issues.map((i) => [openItemKey(i), `Punkt ${i.code}`])),
    },
  });
}

/** Sent to review, approved with reasons, then (after `laterOn` moves the test's clock past H)
 * marked executed: the state in which results may be entered. */
export async function executeApproved(
  t: Pick<TestData, 'repos'>,
  operationId: string,
  laterOn: () => void,
) {
  await t.repos.operations.transition(operationId, 'in_review');
  await approveWithReasons(t, operationId);
  laterOn();
  return t.repos.operations.transition(operationId, 'executed');
}
