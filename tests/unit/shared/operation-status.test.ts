import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  applyTransition,
  canTransition,
  isPlanEditable,
  OPERATION_STATUSES,
} from '@shared/domain';
import { makeOperation } from '../../support/factories';

const ctx = {
  actor: 'POK Weber',
  now: '2026-11-20T10:00:00.000Z',
  // Decided by decideApproval in the repository; here the lifecycle only stores it.
  approval: { by: 'POK Weber', at: '2026-11-20T10:00:00.000Z', revision: 1, openItems: [] },
};

describe('operation status transitions', () => {
  it('follows the lifecycle from draft to closed', () => {
    const path = [
      'planning',
      'in_review',
      'approved',
      'executed',
      'followed_up',
      'closed',
    ] as const;
    let op = makeOperation({ status: 'draft' });
    for (const to of path) {
      const r = applyTransition(op, to, ctx);
      expect(r.ok, `to ${to}`).toBe(true);
      if (r.ok) op = r.operation;
    }
    expect(op.status).toBe('closed');
    expect(allowedTransitions('closed')).toEqual([]);
  });

  it('refuses skipping steps and leaving the terminal state', () => {
    expect(canTransition('draft', 'approved')).toBe(false);
    expect(canTransition('planning', 'executed')).toBe(false);
    expect(canTransition('closed', 'planning')).toBe(false);
    const r = applyTransition(makeOperation({ status: 'draft' }), 'approved', ctx);
    expect(r).toEqual({ ok: false, error: 'not_allowed' });
  });

  it('can cancel any not yet executed state, and reactivate', () => {
    for (const s of ['draft', 'planning', 'in_review', 'approved'] as const) {
      expect(canTransition(s, 'cancelled')).toBe(true);
    }
    expect(canTransition('executed', 'cancelled')).toBe(false);
    expect(canTransition('cancelled', 'planning')).toBe(true);
  });

  it('stamps the approver and refuses approval without a name', () => {
    const op = makeOperation({ status: 'in_review' });
    const r = applyTransition(op, 'approved', ctx);
    expect(r.ok && r.operation.approval).toEqual(ctx.approval);
    expect(applyTransition(op, 'approved', { ...ctx, actor: '  ' })).toEqual({
      ok: false,
      error: 'approver_missing',
    });
  });

  it('starts a new revision when an approved plan is changed', () => {
    const op = makeOperation({
      status: 'approved',
      revision: 1,
      approval: { by: 'EPHK Schulte', at: ctx.now },
    });
    const r = applyTransition(op, 'planning', ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.startsRevision).toBe(true);
    expect(r.operation.revision).toBe(2);
    expect(r.operation.approval).toBeNull();
    const back = applyTransition(makeOperation({ status: 'in_review' }), 'planning', ctx);
    expect(back.ok && back.startsRevision).toBe(false);
  });

  it('allows editing the plan only before approval', () => {
    const editable = OPERATION_STATUSES.filter(isPlanEditable);
    expect(editable).toEqual(['draft', 'planning']);
  });
});
