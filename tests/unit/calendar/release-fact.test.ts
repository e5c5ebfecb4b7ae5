// The target-list release is a fact after approval: it may change on an approved or executed
// plan, alone; any other field of the operation keeps the plan fixed.
import { describe, expect, it } from 'vitest';
import { checkLateChange, mayRecordFact } from '@shared/domain';
import { demoPlan } from '../../support/demo-plan';

describe('target_release as a late fact', () => {
  const op = { ...demoPlan().plan.operation, status: 'approved' as const };
  const release = {
    all: { from: '2026-11-20T17:00:00.000Z', by: 'EL', at: '2026-11-20T16:00:00.000Z' },
    agencies: [],
  };

  it('may be recorded while approved or executed, not once followed up', () => {
    expect(mayRecordFact('approved', 'target_release')).toBe(true);
    expect(mayRecordFact('executed', 'target_release')).toBe(true);
    expect(mayRecordFact('followed_up', 'target_release')).toBe(false);
  });

  it('lets the release through and refuses it together with a plan field', () => {
    const ok = checkLateChange('approved', 'operations', op, { ...op, targetRelease: release });
    expect(ok).toMatchObject({ ok: true, facts: ['target_release'] });
    const mixed = checkLateChange('approved', 'operations', op, {
      ...op,
      targetRelease: release,
      hHour: '2026-11-20T20:00:00.000Z',
    });
    expect(mixed).toEqual({ ok: false, error: 'plan_field', fields: ['hHour'] });
    expect(
      checkLateChange('followed_up', 'operations', op, { ...op, targetRelease: release }).ok,
    ).toBe(false);
  });
});
