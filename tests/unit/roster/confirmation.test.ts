// Confirmation transitions and the strength rules of an answer.
import { describe, expect, it } from 'vitest';
import { CONFIRMATION_STATUSES, newParticipation, type ConfirmationStatus } from '@shared/domain';
import {
  applyConfirmation,
  canTransition,
  CONFIRMATION_TRANSITIONS,
  HISTORY_LIMIT,
} from '@shared/roster';

const T = '2026-11-18T10:00:00.000Z';
const request = (status: ConfirmationStatus = 'requested', strength: number | null = null) => {
  const p = newParticipation({ operationId: 'op', agencyId: 'ag', requestedStrength: 8 }, T);
  return { ...p, confirmation: { ...p.confirmation, status, confirmedStrength: strength } };
};
const answer = (status: ConfirmationStatus, confirmedStrength?: number | null) => ({
  status,
  confirmedStrength,
  by: 'ZOI Probe',
  at: T,
  via: 'phone' as const,
  recordedBy: 'Test',
});

describe('confirmation transitions', () => {
  it('a request can be answered in every way but not repeated', () => {
    expect(CONFIRMATION_TRANSITIONS.requested).toEqual([
      'confirmed',
      'partially_confirmed',
      'declined',
      'withdrawn',
    ]);
    expect(canTransition('requested', 'requested')).toBe(false);
  });
  it('a withdrawn request can only be asked again', () => {
    for (const s of CONFIRMATION_STATUSES)
      expect(canTransition('withdrawn', s)).toBe(s === 'requested');
  });
  it('only a partial confirmation may follow itself (the number changes)', () => {
    for (const s of CONFIRMATION_STATUSES)
      expect(canTransition(s, s)).toBe(s === 'partially_confirmed');
  });
  it('refuses a transition that is not allowed', () => {
    const r = applyConfirmation(request('withdrawn'), answer('confirmed'));
    expect(r).toMatchObject({ ok: false, code: 'transition_not_allowed' });
  });
});

describe('strength rules', () => {
  it('confirmed without a number = the requested strength', () => {
    const r = applyConfirmation(request(), answer('confirmed'));
    expect(r.ok && r.participation.confirmation.confirmedStrength).toBe(8);
  });
  it('confirmed with more than requested is kept, with fewer is refused', () => {
    const more = applyConfirmation(request(), answer('confirmed', 10));
    expect(more.ok && more.event.confirmedStrength).toBe(10);
    expect(applyConfirmation(request(), answer('confirmed', 5))).toMatchObject({
      ok: false,
      code: 'strength_below_request',
    });
  });
  it('partial needs 0 < strength < requested', () => {
    expect(applyConfirmation(request(), answer('partially_confirmed'))).toMatchObject({
      code: 'strength_required',
    });
    expect(applyConfirmation(request(), answer('partially_confirmed', 0))).toMatchObject({
      code: 'strength_not_partial',
    });
    expect(applyConfirmation(request(), answer('partially_confirmed', 8))).toMatchObject({
      code: 'strength_not_partial',
    });
    const ok = applyConfirmation(request(), answer('partially_confirmed', 6));
    expect(ok.ok && ok.event.confirmedStrength).toBe(6);
  });
  it('declined and withdrawn mean 0', () => {
    for (const s of ['declined', 'withdrawn'] as const) {
      const r = applyConfirmation(request(), answer(s));
      expect(r.ok && r.event.confirmedStrength).toBe(0);
      expect(applyConfirmation(request(), answer(s, 3))).toMatchObject({
        code: 'strength_must_be_zero',
      });
    }
  });
  it('a re-request clears the number; fractions are refused', () => {
    const r = applyConfirmation(request('confirmed', 8), answer('requested', 8));
    expect(r.ok && r.event.confirmedStrength).toBeNull();
    expect(applyConfirmation(request(), answer('partially_confirmed', 2.5))).toMatchObject({
      code: 'strength_invalid',
    });
  });
});

describe('history', () => {
  it('appends every change and keeps the current status in step', () => {
    const p = request();
    const a = applyConfirmation(p, answer('partially_confirmed', 6));
    if (!a.ok) throw new Error(a.message);
    const b = applyConfirmation(a.participation, { ...answer('confirmed'), comment: 'doch alle' });
    if (!b.ok) throw new Error(b.message);
    expect(b.participation.history.map((e) => e.status)).toEqual([
      'requested',
      'partially_confirmed',
      'confirmed',
    ]);
    expect(b.participation.confirmation).toEqual(b.participation.history.at(-1));
    expect(b.participation.confirmation.comment).toBe('doch alle');
    expect(p.history).toHaveLength(1);
  });
  it('keeps at most the schema limit, always with the original request first', () => {
    let p = request();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      const r = applyConfirmation(p, answer('partially_confirmed', 1 + (i % 6)));
      if (!r.ok) throw new Error(r.message);
      p = r.participation;
    }
    expect(p.history).toHaveLength(HISTORY_LIMIT);
    expect(p.history[0]?.status).toBe('requested');
  });
});
