import { describe, expect, it } from 'vitest';
import {
  applyTransition,
  checkLateChange,
  checkMarkExecuted,
  LATE_FACTS,
  OPERATION_STATUSES,
  type Participation,
  type TimelineEntry,
} from '@shared/domain';
import { applyConfirmation } from '@shared/roster';
import { demoPlan } from '../../support/demo-plan';
import { makeOperation, T0 } from '../../support/factories';

const { plan } = demoPlan();
const participation = (): Participation => {
  const p = plan.participations.find((x) => x.confirmation.status === 'requested');
  if (!p) throw new Error('demo has no open request');
  return p;
};
const entry = (): TimelineEntry => {
  const e = plan.timeline[0];
  if (!e) throw new Error('demo has no timeline');
  return e;
};
const confirm = (p: Participation) => {
  const r = applyConfirmation(p, {
    status: 'confirmed',
    confirmedStrength: p.requestedStrength,
    by: 'KHK Brandt',
    at: T0,
    via: 'phone',
    comment: '',
    recordedBy: 'POK Weber',
  });
  if (!r.ok) throw new Error(r.code);
  return r.participation;
};

describe('facts after approval', () => {
  it('a late liaison answer is allowed and stamped "Nachtrag nach Freigabe"', () => {
    const before = participation();
    const r = checkLateChange('approved', 'participations', before, confirm(before));
    if (!r.ok) throw new Error(r.error);
    expect(r.facts).toEqual(['liaison_answer']);
    expect(r.value.confirmation.afterApproval).toBe(true);
    expect(r.value.history.at(-1)?.afterApproval).toBe(true);
    // Earlier answers keep their own marks.
    expect(r.value.history.slice(0, -1)).toEqual(before.history);
  });

  it('a plan field on the same record is refused (tasks, requested strength)', () => {
    const before = participation();
    const r = checkLateChange('approved', 'participations', before, {
      ...confirm(before),
      requestedStrength: before.requestedStrength + 1,
    });
    expect(r).toEqual({ ok: false, error: 'plan_field', fields: ['requestedStrength'] });
    expect(
      checkLateChange('approved', 'participations', before, { ...before, tasks: 'neu' }),
    ).toMatchObject({ ok: false, fields: ['tasks'] });
  });

  it('rewriting an earlier answer is refused', () => {
    const answered = confirm(participation());
    const first = answered.history[0];
    if (!first) throw new Error('no history');
    const rewritten = confirm({
      ...answered,
      confirmation: { ...answered.confirmation, status: 'requested' },
      history: [{ ...first, by: 'jemand anderes' }, ...answered.history.slice(1)],
    });
    expect(checkLateChange('approved', 'participations', answered, rewritten)).toMatchObject({
      ok: false,
      error: 'history_rewritten',
    });
  });

  it('actual strength and actual times are facts; a timeline title is not', () => {
    const p = participation();
    expect(
      checkLateChange('executed', 'participations', p, { ...p, actualStrength: 3 }),
    ).toMatchObject({ ok: true, facts: ['actual_strength'] });
    const e = entry();
    expect(checkLateChange('approved', 'timeline', e, { ...e, actualAt: T0 })).toMatchObject({
      ok: true,
      facts: ['actual_time'],
    });
    expect(checkLateChange('approved', 'timeline', e, { ...e, title: 'anders' })).toMatchObject({
      ok: false,
    });
  });

  it('each fact only in its statuses: no answers after the follow-up, no results before', () => {
    const p = participation();
    expect(checkLateChange('followed_up', 'participations', p, confirm(p)).ok).toBe(false);
    expect(checkLateChange('closed', 'participations', p, { ...p, actualStrength: 2 }).ok).toBe(
      false,
    );
    const finding = { id: 'f', count: 1 };
    expect(checkLateChange('approved', 'findings', finding, { ...finding, count: 2 }).ok).toBe(
      false,
    );
    expect(checkLateChange('executed', 'findings', finding, { ...finding, count: 2 }).ok).toBe(
      true,
    );
  });

  it('the list names only statuses after approval, and no table twice for one field', () => {
    const before = new Set(['draft', 'planning', 'in_review']);
    for (const f of LATE_FACTS) {
      expect(f.statuses.every((s) => OPERATION_STATUSES.includes(s) && !before.has(s))).toBe(true);
    }
    const keys = LATE_FACTS.flatMap((f) =>
      f.fields === '*' ? [`${f.table}.*`] : f.fields.map((x) => `${f.table}.${x}`),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('who may mark an operation "Durchgeführt"', () => {
  const approved = makeOperation({ status: 'approved', hHour: '2026-11-20T09:00:00.000Z' });

  it('a named user once H has passed, stamped', () => {
    expect(checkMarkExecuted(approved, 'POK Weber', T0)).toEqual({
      ok: true,
      stamp: { by: 'POK Weber', at: T0 },
    });
    const r = applyTransition(approved, 'executed', { actor: 'POK Weber', now: T0 });
    expect(r.ok && r.operation.executed).toEqual({ by: 'POK Weber', at: T0 });
  });

  it('not before H, not without a name, not from an unapproved plan', () => {
    expect(checkMarkExecuted({ ...approved, hHour: '2026-11-21T09:00:00.000Z' }, 'A', T0)).toEqual({
      ok: false,
      error: 'before_h_hour',
    });
    expect(checkMarkExecuted(approved, ' ', T0)).toEqual({ ok: false, error: 'actor_missing' });
    expect(checkMarkExecuted({ ...approved, status: 'in_review' }, 'A', T0)).toEqual({
      ok: false,
      error: 'not_approved',
    });
  });
});
