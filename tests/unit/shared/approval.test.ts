import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTransition,
  checkReadiness,
  decideApproval,
  mandatoryIssues,
  MIN_REASON_LENGTH,
  openItemKey,
  samePerson,
  type ReadinessIssue,
} from '@shared/domain';
import { demoPlan } from '../../support/demo-plan';
import { fcRuns } from '../../support/fc-runs';
import { makeOperation, T0 } from '../../support/factories';

const names = { premisesName: () => 'Objekt', agencyName: () => 'Behörde' };
const describeIssue = (i: ReadinessIssue) => `Text ${i.code}`;
const reasonsFor = (
  issues: readonly ReadinessIssue[],
  reason = 'Wird bis zur Besprechung geklärt',
) => Object.fromEntries(mandatoryIssues(issues).map((i) => [openItemKey(i), reason]));

/** A plan with all five parts empty, no risk assessment and no forces: the case from issue 12. */
function emptyPlan() {
  const operation = makeOperation({
    status: 'in_review',
    submittedForApproval: { by: 'POK Weber', at: T0 },
  });
  const plan = { operation, targets: [], participations: [], teams: [], timeline: [], comms: [] };
  return { operation, issues: checkReadiness(plan, names) };
}

describe('approval with open mandatory items', () => {
  it('blocks approving an empty plan and names every item without a reason', () => {
    const { operation, issues } = emptyPlan();
    const mandatory = mandatoryIssues(issues);
    expect(mandatory.length).toBeGreaterThan(5);
    const r = decideApproval(
      operation,
      issues,
      {},
      { actor: 'POK Weber', secondPerson: null, reasons: {} },
      T0,
      describeIssue,
    );
    expect(r).toEqual({
      ok: false,
      error: 'reasons_missing',
      missingReasons: mandatory.map(openItemKey),
    });
  });

  it('every open item has its own key and keeps its own reason (five empty parts are five items)', () => {
    const { operation, issues } = emptyPlan();
    const mandatory = mandatoryIssues(issues);
    const keys = mandatory.map(openItemKey);
    expect(new Set(keys).size).toBe(keys.length);
    const reasons = Object.fromEntries(keys.map((k) => [k, `Begründung für ${k}`]));
    const r = decideApproval(
      operation,
      issues,
      {},
      { actor: 'POK Weber', secondPerson: null, reasons },
      T0,
      describeIssue,
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.approval.openItems?.map((i) => i.reason)).toEqual(
      keys.map((k) => `Begründung für ${k}`),
    );
  });

  it('refuses a reason shorter than the minimum, even for one item', () => {
    const { operation, issues } = emptyPlan();
    const reasons = reasonsFor(issues);
    const [first] = mandatoryIssues(issues);
    if (!first) throw new Error('no mandatory item');
    reasons[openItemKey(first)] = 'x'.repeat(MIN_REASON_LENGTH - 1);
    const r = decideApproval(
      operation,
      issues,
      {},
      { actor: 'POK Weber', secondPerson: null, reasons },
      T0,
      describeIssue,
    );
    expect(r.ok === false && r.missingReasons).toEqual([openItemKey(first)]);
  });

  it('records who, when, which revision and every overridden item with its reason', () => {
    const { operation, issues } = emptyPlan();
    const r = decideApproval(
      { ...operation, revision: 3 },
      issues,
      {},
      { actor: 'POK Weber', secondPerson: null, reasons: reasonsFor(issues) },
      T0,
      describeIssue,
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.approval).toMatchObject({ by: 'POK Weber', at: T0, revision: 3, secondPerson: false });
    expect(r.approval.openItems).toHaveLength(mandatoryIssues(issues).length);
    expect(r.approval.openItems?.[0]).toMatchObject({
      text: expect.stringMatching(/^Text /),
      reason: 'Wird bis zur Besprechung geklärt',
    });
  });

  it('warnings never block: a plan with only warnings needs no reason', () => {
    const warnings: ReadinessIssue[] = [
      { code: 'no_phone_list', severity: 'warning', tab: 'comms', subjectId: null, params: {} },
    ];
    const r = decideApproval(
      makeOperation({ status: 'in_review' }),
      warnings,
      {},
      { actor: 'POK Weber', secondPerson: null, reasons: {} },
      T0,
      describeIssue,
    );
    expect(r.ok && r.approval.openItems).toEqual([]);
  });

  it('the demo plan is approved with exactly its mandatory items recorded', () => {
    const { plan } = demoPlan();
    const issues = checkReadiness(plan, names);
    const r = decideApproval(
      plan.operation,
      issues,
      {},
      { actor: 'EPHK Schulte', secondPerson: null, reasons: reasonsFor(issues) },
      T0,
      describeIssue,
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.approval.openItems?.map((i) => i.code)).toEqual(
      mandatoryIssues(issues).map((i) => i.code),
    );
  });
});

describe('Freigabe nur durch eine zweite Person', () => {
  const op = makeOperation({
    status: 'in_review',
    submittedForApproval: { by: 'POK Weber', at: T0 },
    approvalByTwoPersons: true,
  });
  const decide = (
    secondPerson: { name: string; function: string } | null,
    installation: { approvalByTwoPersons?: boolean } = {},
    operation = op,
  ) =>
    decideApproval(
      operation,
      [],
      installation,
      { actor: 'POK Weber', secondPerson, reasons: {} },
      T0,
      describeIssue,
    );

  it('needs the second person’s name and function', () => {
    expect(decide(null)).toMatchObject({ ok: false, error: 'second_person_required' });
    expect(decide({ name: 'EPHK Schulte', function: ' ' })).toMatchObject({
      ok: false,
      error: 'second_person_function_missing',
    });
  });

  it('the drafter cannot approve alone, however the name is typed', () => {
    for (const name of ['POK Weber', ' pok  weber ', 'POK WEBER']) {
      expect(decide({ name, function: 'Einsatzleiter' })).toMatchObject({
        ok: false,
        error: 'second_person_is_drafter',
      });
    }
  });

  it('records the second person as approver and the keyboard user separately', () => {
    const r = decide({ name: 'EPHK Schulte', function: 'Leiter Einsatz' });
    expect(r.ok && r.approval).toMatchObject({
      by: 'EPHK Schulte',
      function: 'Leiter Einsatz',
      drafter: 'POK Weber',
      recordedBy: 'POK Weber',
      secondPerson: true,
    });
  });

  it('the installation setting applies to plans that did not ask for it', () => {
    const plain = { ...op, approvalByTwoPersons: false };
    expect(decide(null, {}, plain).ok).toBe(true);
    expect(decide(null, { approvalByTwoPersons: true }, plain)).toMatchObject({
      error: 'second_person_required',
    });
  });

  it('without a recorded drafter the user at the keyboard counts as the drafter', () => {
    const old = { ...op, submittedForApproval: undefined };
    expect(decide({ name: 'POK Weber', function: 'SB' }, {}, old)).toMatchObject({
      error: 'second_person_is_drafter',
    });
  });

  it('samePerson is symmetric and never matches an empty name', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(samePerson(a, b)).toBe(samePerson(b, a));
        expect(samePerson(a, a)).toBe(a.trim() !== '');
      }),
      { numRuns: fcRuns(200) },
    );
  });
});

describe('status moves around approval', () => {
  it('sending to approval records the drafter and the plan’s four-eyes choice', () => {
    const r = applyTransition(makeOperation({ status: 'planning' }), 'in_review', {
      actor: 'POK Weber',
      now: T0,
      approvalByTwoPersons: true,
    });
    expect(r.ok && r.operation).toMatchObject({
      submittedForApproval: { by: 'POK Weber', at: T0 },
      approvalByTwoPersons: true,
    });
  });

  it('approval without a decided approval record is refused', () => {
    const r = applyTransition(makeOperation({ status: 'in_review' }), 'approved', {
      actor: 'POK Weber',
      now: T0,
    });
    expect(r).toEqual({ ok: false, error: 'approver_missing' });
  });
});
