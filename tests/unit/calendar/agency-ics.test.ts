// Calendar files for liaisons, parsed back with ical.js: UTC times, stable UIDs, SEQUENCE
// counted from the audit log (tests/renderer/calendar/ics-sequence.test.ts runs it over the real
// repositories), no premises name or address before the release, cancellations as
// METHOD:CANCEL.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agencyIcs, eventSequence, VS_NFD_MARK } from '@shared/calendar';
import type { AuditEntry } from '@shared/domain';
import type { PlanSnapshot } from '@shared/domain';
import { demoPlan } from '../../support/demo-plan';

const demo = demoPlan();
const premises = (id: string) => demo.premises.find((p) => p.id === id);

/** An agency whose people are in at least one team of the demo. */
function teamAgency(plan: PlanSnapshot): string {
  for (const team of plan.teams) {
    for (const m of team.members) {
      const p = plan.participations.find((x) => x.id === m.participationId);
      if (p) return p.agencyId;
    }
  }
  throw new Error('demo has team members');
}

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    status: String(v.getFirstPropertyValue('status')),
    summary: String(v.getFirstPropertyValue('summary')),
    description: String(v.getFirstPropertyValue('description') ?? ''),
    location: String(v.getFirstPropertyValue('location') ?? ''),
    start: new ICAL.Event(v).startDate.toJSDate().toISOString(),
  }));
  return { method: String(cal.getFirstPropertyValue('method')), events };
}

const NOW = new Date('2026-11-16T10:00:00.000Z');

describe('agencyIcs', () => {
  const plan = { ...demo.plan, operation: { ...demo.plan.operation, targetRelease: undefined } };
  const agencyId = teamAgency(plan);

  it('holds briefing, H and the agency team entries at their UTC instants', () => {
    const text = agencyIcs({ plan, agencyId, premises, history: [], now: NOW });
    if (!text) throw new Error('events expected');
    // Times are written in UTC.
    expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(text).not.toMatch(/TZID/);
    const { method, events } = parse(text);
    expect(method).toBe('PUBLISH');
    const h = events.find((e) => e.uid.includes('-h@'));
    expect(h?.start).toBe(plan.operation.hHour);
    const briefing = events.find((e) => e.uid.includes('-briefing@'));
    expect(briefing?.start).toBe(plan.operation.framework.execution.briefingMeeting.at);
    expect(events.some((e) => e.uid.includes('-entry-'))).toBe(true);
    expect(events.every((e) => e.description.startsWith(VS_NFD_MARK))).toBe(true);
  });

  it('names no premises before the release, and names them for the released agency', () => {
    const names = plan.targets.map((t) => premises(t.premisesId)?.name ?? '').filter(Boolean);
    const streets = plan.targets
      .map((t) => premises(t.premisesId)?.address.street ?? '')
      .filter(Boolean);
    // Unfolded: a name wrapped across two lines must not slip past the check.
    const closed = (agencyIcs({ plan, agencyId, premises, history: [], now: NOW }) ?? '').replace(
      /\r?\n[ \t]/g,
      '',
    );
    for (const n of [...names, ...streets]) expect(closed).not.toContain(n);
    expect(closed).toContain('Objekt 1');

    const released = {
      ...plan,
      operation: {
        ...plan.operation,
        targetRelease: {
          all: null,
          agencies: [
            { agencyId, from: '2026-11-01T00:00:00.000Z', by: 'EL', at: NOW.toISOString() },
          ],
        },
      },
    };
    const open = agencyIcs({ plan: released, agencyId, premises, history: [], now: NOW }) ?? '';
    const first = names[0];
    if (!first) throw new Error('demo premises have names');
    expect(ICAL.parse(open)).toBeTruthy();
    expect(parse(open).events.some((e) => e.description.includes(first))).toBe(true);
    // Released from a later moment: not yet.
    const later = {
      ...released,
      operation: {
        ...released.operation,
        targetRelease: {
          all: { from: '2026-12-31T00:00:00.000Z', by: 'EL', at: NOW.toISOString() },
          agencies: [],
        },
      },
    };
    expect(agencyIcs({ plan: later, agencyId, premises, history: [], now: NOW })).not.toContain(
      first,
    );
  });

  it('keeps UIDs and SEQUENCE stable across exports of an unchanged plan', () => {
    const a = parse(agencyIcs({ plan, agencyId, premises, history: [], now: NOW }) ?? '').events;
    const laterNow = new Date(NOW.getTime() + 5 * 60_000);
    const b = parse(
      agencyIcs({ plan, agencyId, premises, history: [], now: laterNow }) ?? '',
    ).events;
    expect(b.map((e) => [e.uid, e.sequence])).toEqual(a.map((e) => [e.uid, e.sequence]));
    expect(new Set(a.map((e) => e.uid)).size).toBe(a.length);
  });

  it('counts only the audited changes an event shows', () => {
    const audit = (over: Partial<AuditEntry>): AuditEntry => ({
      id: `a-${Math.random()}`,
      at: NOW.toISOString(),
      actor: 'EL',
      entity: 'operation',
      entityId: 'op',
      operationId: 'op',
      action: 'update',
      summary: '',
      changes: [],
      ...over,
    });
    const change = (path: string) => [{ path, before: 1, after: 2 }];
    const history = [
      audit({ action: 'create', changes: change('codeName') }),
      audit({ changes: change('framework.execution.briefingMeeting.at') }),
      audit({ changes: change('framework.execution.briefingMeetingNotes') }),
      audit({ changes: change('fileReference') }),
      audit({ entity: 'timeline', entityId: 'e1', changes: change('title') }),
      audit({ entity: 'timeline', entityId: 'e2', changes: change('title') }),
      audit({ entity: 'target', entityId: 't1', action: 'delete', changes: change('order') }),
    ];
    const briefing = {
      operationPaths: ['codeName', 'framework.execution.briefingMeeting'],
      itemIds: [],
      allTargets: false,
      released: false,
    };
    // The creation and the briefing's own field; not a field that merely starts alike.
    expect(eventSequence(history, briefing)).toBe(4);
    expect(eventSequence(history, { ...briefing, itemIds: ['e1'] })).toBe(6);
    expect(eventSequence(history, { ...briefing, allTargets: true })).toBe(6);
    expect(eventSequence(history, { ...briefing, released: true })).toBe(5);
  });

  it('sends a cancelled operation as a cancellation', () => {
    const cancelled = { ...plan, operation: { ...plan.operation, status: 'cancelled' as const } };
    const { method, events } = parse(
      agencyIcs({ plan: cancelled, agencyId, premises, history: [], now: NOW }) ?? '',
    );
    expect(method).toBe('CANCEL');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.status === 'CANCELLED')).toBe(true);
  });

  it('gives an agency without teams only the briefing and H', () => {
    const { events } = parse(
      agencyIcs({ plan, agencyId: 'not-in-plan', premises, history: [], now: NOW }) ?? '',
    );
    expect(events.map((e) => e.uid.split('@')[0]?.split('-').pop())).toEqual(['briefing', 'h']);
  });
});
