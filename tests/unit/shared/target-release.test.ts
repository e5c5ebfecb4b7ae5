// The target-list release: nothing recorded means not released; a release for all or for one
// agency counts from its start time on, never before, and never for another agency.
import { describe, expect, it } from 'vitest';
import {
  isTargetListReleased,
  operationSchema,
  targetAlias,
  targetReleaseSchema,
  type TargetRelease,
} from '@shared/domain';
import { demoPlan } from '../../support/demo-plan';

const entry = (from: string) => ({ from, by: 'KHK Lead', at: '2026-12-01T08:00:00.000Z' });

describe('target release', () => {
  const at = new Date('2026-12-10T12:00:00.000Z');

  it('is not released when nothing is recorded', () => {
    expect(isTargetListReleased(undefined, 'a', at)).toBe(false);
    expect(isTargetListReleased({ all: null, agencies: [] }, 'a', at)).toBe(false);
  });

  it('counts a release for one agency from its start on, for that agency only', () => {
    const r: TargetRelease = {
      all: null,
      agencies: [{ ...entry('2026-12-10T12:00:00.000Z'), agencyId: 'zoll' }],
    };
    expect(isTargetListReleased(r, 'zoll', at)).toBe(true);
    expect(isTargetListReleased(r, 'zoll', new Date(at.getTime() - 1))).toBe(false);
    expect(isTargetListReleased(r, 'polizei', at)).toBe(false);
    expect(isTargetListReleased(r, null, at)).toBe(false);
  });

  it('a release for all covers every agency once it has begun', () => {
    const r: TargetRelease = { all: entry('2026-12-11T00:00:00.000Z'), agencies: [] };
    expect(isTargetListReleased(r, 'zoll', at)).toBe(false);
    expect(isTargetListReleased(r, 'zoll', new Date('2026-12-11T00:00:00.000Z'))).toBe(true);
    expect(isTargetListReleased(r, null, new Date('2026-12-12T00:00:00.000Z'))).toBe(true);
  });

  it('names unreleased targets by number', () => {
    expect(targetAlias(0)).toBe('Objekt 1');
    expect(targetAlias(11, 'en')).toBe('Premises 12');
  });

  it('is stored on the operation; plans stored before it still validate', () => {
    const op = demoPlan().plan.operation;
    expect(operationSchema.safeParse(op).success).toBe(true);
    const released = {
      ...op,
      targetRelease: { all: entry('2026-12-10T00:00:00.000Z'), agencies: [] },
    };
    expect(operationSchema.safeParse(released).success).toBe(true);
    expect(targetReleaseSchema.safeParse({ all: null, agencies: [{ from: 'x' }] }).success).toBe(
      false,
    );
  });
});
