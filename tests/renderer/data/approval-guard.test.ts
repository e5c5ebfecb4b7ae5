// The repository, not only the dialog, enforces approval rules and the facts after approval.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, newOperation, type Participation } from '@shared/domain';
import { applyConfirmation } from '@shared/roster';
import { loadDemo } from '../../../src/renderer/data/demo';
import { approveWithReasons, REASON } from '../support/approval';
import { openTestData, type TestData } from '../support/data';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

async function submittedDemo(actor = 'POK Weber', twoPersons = false) {
  t = openTestData(undefined, actor);
  const op = await loadDemo(t.repos, '2026-11-20T10:00:00.000Z');
  await t.repos.operations.transition(op.id, 'in_review', { approvalByTwoPersons: twoPersons });
  return op;
}

const lateAnswer = (p: Participation) => {
  const r = applyConfirmation(p, {
    status: 'confirmed',
    confirmedStrength: p.requestedStrength,
    by: 'KHK Brandt',
    at: '2026-11-20T10:00:00.000Z',
    via: 'phone',
    comment: 'spät, aber verbindlich',
    recordedBy: 'POK Weber',
  });
  if (!r.ok) throw new Error(r.code);
  return r.participation;
};

describe('approval in the repository', () => {
  it('an empty plan is refused without reasons and approved with them, items recorded', async () => {
    t = openTestData(undefined, 'POK Weber');
    const op = await t.repos.operations.create(newOperation({ codeName: 'LEER' }, t.ctx.now()));
    await t.repos.operations.transition(op.id, 'planning');
    await t.repos.operations.transition(op.id, 'in_review');
    await expect(t.repos.operations.transition(op.id, 'approved')).rejects.toMatchObject({
      code: 'not_allowed',
      reason: 'reasons_missing',
    });
    expect((await t.repos.operations.get(op.id)).status).toBe('in_review');
    const approved = await approveWithReasons(t, op.id);
    expect(approved.approval?.openItems?.length).toBeGreaterThan(5);
    expect(approved.approval?.openItems?.every((i) => i.reason === REASON)).toBe(true);
    const entry = (await t.repos.audit.forOperation(op.id)).find((a) => a.action === 'approve');
    expect(entry?.summary).toMatch(/Revision 1 freigegeben von POK Weber mit \d+ offenen/);
    expect(entry?.changes.some((c) => c.path.startsWith('approval'))).toBe(true);
  });

  it('four eyes: the drafter alone is refused, a second person approves and is recorded', async () => {
    const op = await submittedDemo('POK Weber', true);
    await expect(
      approveWithReasons(t, op.id, { name: 'POK Weber', function: 'Sachbearbeiter' }),
    ).rejects.toMatchObject({ reason: 'second_person_is_drafter' });
    await expect(approveWithReasons(t, op.id)).rejects.toMatchObject({
      reason: 'second_person_required',
    });
    const approved = await approveWithReasons(t, op.id, {
      name: 'EPHK Schulte',
      function: 'Leiter Einsatzabschnitt',
    });
    expect(approved.approval).toMatchObject({
      by: 'EPHK Schulte',
      function: 'Leiter Einsatzabschnitt',
      drafter: 'POK Weber',
      recordedBy: 'POK Weber',
      secondPerson: true,
    });
  });

  it('the installation setting requires a second person for every plan', async () => {
    const op = await submittedDemo('POK Weber', false);
    await t.repos.settings.update({ approvalByTwoPersons: true });
    await expect(approveWithReasons(t, op.id)).rejects.toMatchObject({
      reason: 'second_person_required',
    });
    expect(defaultSettings(t.ctx.now()).approvalByTwoPersons).toBe(false);
  });

  it('the revision snapshot keeps the approval with its open items', async () => {
    const op = await submittedDemo();
    await approveWithReasons(t, op.id);
    await t.repos.operations.transition(op.id, 'planning');
    const [rev] = await t.repos.operations.revisions(op.id);
    expect(rev?.approval?.openItems).toEqual(rev?.snapshot.operation.approval?.openItems);
    expect(rev?.approval?.revision).toBe(1);
  });
});

describe('facts after approval', () => {
  it('a late answer is recorded on the approved plan, marked, audited, no new revision', async () => {
    const op = await submittedDemo();
    await approveWithReasons(t, op.id);
    const plan = await t.repos.operations.loadPlan(op.id);
    const open = plan.participations.find((p) => p.confirmation.status === 'requested');
    if (!open) throw new Error('demo has no open request');
    const stored = await t.repos.plan.participations.update(open.id, lateAnswer);
    expect(stored.confirmation).toMatchObject({ status: 'confirmed', afterApproval: true });
    const after = await t.repos.operations.get(op.id);
    expect(after).toMatchObject({ status: 'approved', revision: 1 });
    expect(await t.repos.operations.revisions(op.id)).toEqual([]);
    const entries = await t.repos.audit.forEntity(open.id);
    expect(entries.map((a) => a.summary)).toContain(`Nachtrag nach Freigabe: ${open.agencyId}`);
  });

  it('plan fields stay locked on the same record, and on timeline entries', async () => {
    const op = await submittedDemo();
    await approveWithReasons(t, op.id);
    const plan = await t.repos.operations.loadPlan(op.id);
    const p = plan.participations.find((x) => x.confirmation.status === 'requested');
    const e = plan.timeline[0];
    if (!p || !e) throw new Error('demo');
    await expect(
      t.repos.plan.participations.update(p.id, (x) => ({ ...x, tasks: 'geändert' })),
    ).rejects.toMatchObject({ code: 'not_allowed' });
    await expect(
      t.repos.plan.participations.update(p.id, (x) => ({ ...lateAnswer(x), tasks: 'geändert' })),
    ).rejects.toMatchObject({ code: 'not_allowed' });
    await expect(
      t.repos.plan.timeline.update(e.id, (x) => ({ ...x, title: 'anders' })),
    ).rejects.toMatchObject({ code: 'not_allowed' });
    const timed = await t.repos.plan.timeline.update(e.id, (x) => ({
      ...x,
      actualAt: '2026-11-20T10:05:00.000Z',
    }));
    expect(timed.actualAt).toBe('2026-11-20T10:05:00.000Z');
    const strength = await t.repos.plan.participations.update(p.id, (x) => ({
      ...x,
      actualStrength: 4,
    }));
    expect(strength.actualStrength).toBe(4);
  });

  it('after the follow-up is closed, no late answers any more', async () => {
    const op = await submittedDemo();
    await approveWithReasons(t, op.id);
    t.setNow('2026-12-20T10:00:00.000Z');
    await t.repos.operations.transition(op.id, 'executed');
    await t.repos.operations.transition(op.id, 'followed_up');
    const p = (await t.repos.operations.loadPlan(op.id)).participations.find(
      (x) => x.confirmation.status === 'requested',
    );
    if (!p) throw new Error('demo');
    await expect(t.repos.plan.participations.update(p.id, lateAnswer)).rejects.toMatchObject({
      code: 'not_allowed',
    });
    expect((await t.repos.operations.get(op.id)).executed?.by).toBe('POK Weber');
  });
});

describe('target-list release after approval (issue 14)', () => {
  it('is recorded on an approved plan as "Nachtrag nach Freigabe"; other fields stay refused', async () => {
    const op = await submittedDemo();
    await approveWithReasons(t, op.id);
    const release = {
      all: null,
      agencies: [
        { agencyId: 'a-1', from: '2026-11-20T18:00:00.000Z', by: 'POK Weber', at: t.ctx.now() },
      ],
    };
    const stored = await t.repos.operations.update(op.id, (o) => ({
      ...o,
      targetRelease: release,
    }));
    expect(stored.targetRelease).toEqual(release);
    expect(stored.status).toBe('approved');
    const entry = (await t.repos.audit.forOperation(op.id)).find((a) =>
      a.summary.includes('Freigabe der Zielobjekte'),
    );
    expect(entry?.summary).toMatch(/^Nachtrag nach Freigabe: /);
    await expect(
      t.repos.operations.update(op.id, (o) => ({ ...o, targetRelease: release, title: 'Neu' })),
    ).rejects.toMatchObject({ code: 'not_allowed' });
    expect((await t.repos.operations.get(op.id)).title).not.toBe('Neu');
  });
});
