// Remote changes respect the plan guard: an approved plan takes only the facts after approval.
// What is refused is reported and undone in the doc, so every member keeps the plan that stands.
// (Rights per member are the engine's check, before an update reaches the doc: engine.test.ts.)
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LATE_FACT_AUDIT_PREFIX, type Participation, type PlanSnapshot } from '@shared/domain';
import { nextEntry, readSnapshot } from '../../../src/renderer/sync/doc-writer';
import { LOCAL_ORIGIN, tableMap } from '../../../src/renderer/sync/plan-doc';
import { approveWithReasons } from '../support/approval';
import { CUSTOMS, type Instance } from './support/two-instances';
import { useLinkedMembers } from './support/two-members';

const linkedMembers = useLinkedMembers();
const ownOf = (plan: PlanSnapshot) => plan.participations[1] as Participation;

/** The customs liaison with its agency's part of the plan. */
async function shared() {
  const joined = await linkedMembers({
    memberAs: (plan) => ({ ...CUSTOMS, agencyId: ownOf(plan).agencyId }),
  });
  return { ...joined, own: ownOf(joined.plan) };
}

/** What a modified client could send: a value written straight into its doc, past its store. */
function forge(i: Instance, table: 'operations' | 'teams', id: string, field: string, v: unknown) {
  const rec = tableMap(i.doc, table).get(id);
  if (!rec) throw new Error(`${table}/${id} fehlt im Dokument`);
  const current = rec.get(field);
  i.doc.transact(() => {
    rec.set(
      field,
      nextEntry(v, current instanceof Y.Text ? undefined : current, '2026-11-20T10:30:00.000Z'),
    );
  }, LOCAL_ORIGIN);
}

describe('remote changes and the approved plan', () => {
  it('accepts a late fact from a member and refuses a change of the approved plan', async () => {
    const { lead, member, l, opId, own } = await shared();
    await lead.data.repos.operations.transition(opId, 'in_review');
    await approveWithReasons(lead.data, opId);
    await l.settle();
    expect((await member.data.repos.operations.get(opId)).status).toBe('approved');

    await member.data.repos.plan.participations.update(own.id, (p) => ({
      ...p,
      actualStrength: 7,
    }));
    await l.settle();
    expect((await lead.data.repos.plan.participations.get(own.id)).actualStrength).toBe(7);
    const late = (await lead.data.repos.audit.forEntity(own.id)).find((e) =>
      e.summary.startsWith(LATE_FACT_AUDIT_PREFIX),
    );
    expect(late?.actor).toBe('von Zoran Zeller, Hauptzollamt Essen (Schlüssel C0FF EE00)');

    const title = (await lead.data.repos.operations.get(opId)).title;
    forge(member, 'operations', opId, 'title', 'Nach Freigabe umbenannt');
    await l.settle();
    expect((await lead.data.repos.operations.get(opId)).title).toBe(title);
    expect(lead.rejected).toMatchObject([
      { table: 'operations', id: opId, reason: 'plan_locked', fields: ['title'] },
    ]);
    // The refusal is undone in the doc as well: the member's doc holds the approved title again.
    expect(readSnapshot(member.doc, 'operations', opId)?.get('title')?.v).toBe(title);
  });

  it('refuses a change from a forged record field the schema does not allow', async () => {
    const { lead, member, l, opId } = await shared();
    forge(member, 'operations', opId, 'status', 'beliebig');
    await l.settle();
    expect((await lead.data.repos.operations.get(opId)).status).toBe('planning');
    expect(lead.rejected).toMatchObject([{ reason: 'invalid', fields: ['status'] }]);
  });
});
