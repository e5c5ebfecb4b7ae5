// Which operations the Kalender shows, by agency, municipality, status and lead agency.
import { describe, expect, it } from 'vitest';
import { calendarSpans, NO_CALENDAR_FILTERS } from '@shared/calendar';
import type { Operation } from '@shared/domain';
import { demoPlan } from '../../support/demo-plan';

const base = demoPlan().plan.operation;
const op = (id: string, over: Partial<Operation> = {}): Operation => ({ ...base, id, ...over });

describe('calendarSpans', () => {
  const ops = [
    op('a', { municipalityId: 'm1', leadAgencyId: 'lead-1', status: 'approved' }),
    op('b', { municipalityId: 'm2', leadAgencyId: 'lead-2', status: 'planning' }),
    op('tpl', { template: true }),
    op('gone', { deletedAt: base.createdAt }),
    op('timeless', {
      hHour: null,
      timeWindow: null,
      framework: {
        ...base.framework,
        execution: { ...base.framework.execution, briefingMeeting: { at: null, place: '' } },
      },
    }),
  ];
  const agencies = new Map([['b', new Set(['customs'])]]);
  const ids = (filters = NO_CALENDAR_FILTERS) =>
    calendarSpans(ops, filters, (id) => agencies.get(id)).map((s) => s.operationId);

  it('shows planned operations with a time, never templates or deleted ones', () => {
    expect(ids()).toEqual(['a', 'b']);
  });

  it('narrows by each filter; an agency matches as participant or as lead', () => {
    expect(ids({ ...NO_CALENDAR_FILTERS, municipalityId: 'm2' })).toEqual(['b']);
    expect(ids({ ...NO_CALENDAR_FILTERS, status: 'approved' })).toEqual(['a']);
    expect(ids({ ...NO_CALENDAR_FILTERS, leadAgencyId: 'lead-2' })).toEqual(['b']);
    expect(ids({ ...NO_CALENDAR_FILTERS, agencyId: 'customs' })).toEqual(['b']);
    expect(ids({ ...NO_CALENDAR_FILTERS, agencyId: 'lead-1' })).toEqual(['a']);
    expect(ids({ ...NO_CALENDAR_FILTERS, agencyId: 'customs', status: 'approved' })).toEqual([]);
  });
});
