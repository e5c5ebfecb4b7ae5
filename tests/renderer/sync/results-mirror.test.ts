// Results in the plan doc: one record per operation, split into entries by agency and target.
// Two agencies entering their numbers at the same time (offline) both stand; one row changed on
// both sides goes by "later wins"; the sums follow the rows; before "Durchgeführt" a member's
// results are refused and taken back out of the doc.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { OperationResults } from '@shared/results';
import { setCell, sumRows } from '@shared/results';
import { LOCAL_ORIGIN } from '../../../src/renderer/sync/plan-doc';
import type { Instance } from './support/two-instances';
import { executeTogether, useLinkedMembers } from './support/two-members';

const linkedMembers = useLinkedMembers();

async function joinedAfterTheOperation() {
  const pair = await linkedMembers();
  const { lead, member, l, opId } = pair;
  await executeTogether(pair);
  expect((await member.data.repos.operations.get(opId)).status).toBe('executed');
  return { lead, member, l, opId };
}

const results = async (i: Instance, opId: string) =>
  (await i.data.store.get<OperationResults>('results', opId)) ?? null;

/** What must be equal on both sides: the content, not the store's bookkeeping or list order. */
const content = (r: OperationResults | null) => {
  if (!r) return null;
  const { rev: _r, updatedAt: _u, ...rest } = r;
  const key = (x: { agencyId: string; targetId: string | null }) => `${x.agencyId}/${x.targetId}`;
  return { ...rest, rows: [...r.rows].sort((a, b) => key(a).localeCompare(key(b))) };
};

describe('results in a shared operation', () => {
  it("two agencies' numbers entered offline at the same time both stand, with the sums", async () => {
    const { lead, member, l, opId } = await joinedAfterTheOperation();
    await lead.data.repos.results.update(opId, (r) =>
      setCell(r, 'agency-police', null, 'arrests', 2),
    );
    await l.settle();
    expect((await results(member, opId))?.rows).toHaveLength(1);

    l.online = false;
    await lead.data.repos.results.update(opId, (r) =>
      setCell(r, 'agency-police', null, 'arrests', 3),
    );
    await member.data.repos.results.update(opId, (r) =>
      setCell(r, 'agency-customs', null, 'cash_seized_cents', 150_000),
    );
    await l.reconnect();

    const a = await results(lead, opId);
    const b = await results(member, opId);
    expect(content(a)).toEqual(content(b));
    expect(sumRows(a?.rows ?? [])).toEqual({ arrests: 3, cash_seized_cents: 150_000 });
    expect(a?.sums).toEqual(b?.sums);
    expect(member.rejected).toEqual([]);
    // The member's store names the lead as author of the lead's numbers, as a late fact.
    const audit = await member.data.repos.audit.forEntity(opId);
    expect(
      audit.some((e) => e.actor.startsWith('von Lea Lenz') && /Ergebnisse$/.test(e.summary)),
    ).toBe(true);
  });

  it('one row changed on both sides: the later entry wins on both', async () => {
    const { lead, member, l, opId } = await joinedAfterTheOperation();
    await lead.data.repos.results.update(opId, (r) =>
      setCell(r, 'agency-police', null, 'arrests', 1),
    );
    await l.settle();
    l.online = false;
    lead.data.setNow('2026-12-20T11:00:00.000Z');
    await lead.data.repos.results.update(opId, (r) =>
      setCell(r, 'agency-police', null, 'arrests', 4),
    );
    member.data.setNow('2026-12-20T12:00:00.000Z');
    await member.data.repos.results.update(opId, (r) =>
      setCell(r, 'agency-police', null, 'arrests', 5),
    );
    await l.reconnect();
    expect(sumRows((await results(lead, opId))?.rows ?? [])).toEqual({ arrests: 5 });
    expect(content(await results(lead, opId))).toEqual(content(await results(member, opId)));
  });

  it('results written into the doc before "Durchgeführt" are refused and taken out again', async () => {
    const { lead, member, l, opId } = await linkedMembers();
    // A member whose app let results through (or a forged client): the lead's plan is in work.
    const row = {
      agencyId: 'agency-customs',
      targetId: null,
      values: { arrests: 9 },
      goods: [],
      note: '',
    };
    const at = '2026-11-20T10:00:00.000Z';
    const rec = new Y.Map<unknown>();
    member.doc.transact(() => {
      member.doc.getMap('results').set(opId, rec);
      rec.set('operationId', { v: opId, at, sid: 's1', seen: null });
      rec.set('rows/agency-customs/', { v: row, at, sid: 's2', seen: null });
    }, LOCAL_ORIGIN);
    await l.settle();
    expect(await results(lead, opId)).toBeNull();
    expect(lead.rejected.map((r) => [r.table, r.reason])).toEqual([['results', 'plan_locked']]);
    expect(member.doc.getMap('results').has(opId)).toBe(false);
  });
});
