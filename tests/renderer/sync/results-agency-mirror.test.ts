// What the customs liaison's app really puts into the plan doc when they enter results, judged
// by the sync engine's rule (`mayApply`, agency rights) against the lead's doc: their own row
// (numbers, goods) passes — the mirror writes that row's entry and nothing else of the record,
// right after completion (which started the record) — while another agency's row, a follow-up,
// or a results record the lead has not started would be refused. The linked pair is two-members.ts'; the engine carries what passes.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addGoods, setCell, type OperationResults } from '@shared/results';
import { mayApply } from '@shared/sync/rights';
import type { SyncMember } from '@shared/sync/types';
import { CUSTOMS, type Instance } from './support/two-instances';
import { executeTogether, useLinkedMembers, type LinkedMembers } from './support/two-members';

const linkedMembers = useLinkedMembers();
const OWN = ((): string => {
  if (CUSTOMS.agencyId === null) throw new Error('the liaison speaks for an agency');
  return CUSTOMS.agencyId;
})();
const OTHER = 'agency-police';

const liaison: SyncMember = {
  fingerprint: CUSTOMS.keyFingerprint,
  publicKey: '',
  name: CUSTOMS.name,
  agency: CUSTOMS.agency,
  agencyId: OWN,
  rights: 'agency',
};

/** The pair once the operation took place (results are facts after it). */
async function afterTheOperation(): Promise<LinkedMembers> {
  const pair = await linkedMembers();
  await executeTogether(pair);
  return pair;
}

type Mutation = (r: OperationResults) => OperationResults;

/**
 * The liaison enters `change` offline; what their doc then holds beyond the lead's is the update
 * their engine would seal. Returns whether the engine's rule lets it through.
 */
async function liaisonWrites(pair: LinkedMembers, change: Mutation): Promise<boolean> {
  const { lead, member, l, opId } = pair;
  l.online = false;
  await member.data.repos.results.update(opId, change);
  await member.mirror.idle();
  const update = Y.encodeStateAsUpdate(member.doc, Y.encodeStateVector(lead.doc));
  return mayApply(liaison, lead.doc, update);
}

const rowsOf = async (i: Instance, opId: string) =>
  ((await i.data.repos.results.get(opId))?.rows ?? []).map((r) => [r.agencyId, r.values]);

describe("the liaison's results through the mirror, judged by the engine's rule", () => {
  it('passes their own row, numbers and goods, and it reaches the lead', async () => {
    const pair = await afterTheOperation();
    const { lead, l, opId } = pair;
    await lead.data.repos.results.update(opId, (r) => setCell(r, OTHER, null, 'arrests', 2));
    await l.settle();

    expect(await liaisonWrites(pair, (r) => setCell(r, OWN, null, 'persons_checked', 6))).toBe(
      true,
    );
    expect(
      await liaisonWrites(pair, (r) =>
        addGoods(r, OWN, null, { description: 'Zigaretten', quantity: 20, unit: 'packs' }),
      ),
    ).toBe(true);
    await l.reconnect();
    expect(await rowsOf(lead, opId)).toEqual(
      expect.arrayContaining([
        [OTHER, { arrests: 2 }],
        [OWN, { persons_checked: 6 }],
      ]),
    );
    const own = (await lead.data.repos.results.get(opId))?.rows.find((r) => r.agencyId === OWN);
    expect(own?.goods).toEqual([{ description: 'Zigaretten', quantity: 20, unit: 'packs' }]);
  }, 60_000);

  it('passes their first row right after completion, with no entry of the lead', async () => {
    const pair = await afterTheOperation();
    const { lead, member, l, opId } = pair;
    // Marking "Durchgeführt" started the (empty) record on the lead's side, and it came along.
    expect(lead.doc.getMap('results').has(opId)).toBe(true);
    expect((await member.data.repos.results.get(opId))?.rows).toEqual([]);
    expect(await liaisonWrites(pair, (r) => setCell(r, OWN, null, 'arrests', 1))).toBe(true);
    await l.reconnect();
    expect(await rowsOf(lead, opId)).toEqual([[OWN, { arrests: 1 }]]);
  }, 60_000);

  it('would refuse the record where the lead has none (an operation marked earlier)', async () => {
    const pair = await afterTheOperation();
    const { lead, member, l, opId } = pair;
    await lead.data.store.commit([{ table: 'results', delete: opId }]);
    await l.settle();
    expect(await member.data.repos.results.get(opId)).toBeUndefined();
    // The liaison's first row would create the record, and the record is the lead's.
    expect(await liaisonWrites(pair, (r) => setCell(r, OWN, null, 'arrests', 1))).toBe(false);
  }, 60_000);

  const refused: [string, Mutation][] = [
    ["another agency's row", (r) => setCell(r, OTHER, null, 'arrests', 3)],
    [
      'their row handed to another agency',
      (r) =>
        setCell(
          { ...r, rows: r.rows.filter((x) => x.agencyId !== OWN) },
          OTHER,
          null,
          'persons_checked',
          5,
        ),
    ],
    [
      'a follow-up',
      (r) => ({
        ...r,
        followUps: [{ id: 'f1', task: 'Nachkontrolle', owner: '', due: null, done: false }],
      }),
    ],
    ['the lessons', (r) => ({ ...r, lessons: { command: 'Funk früher prüfen' } })],
    ['the press figures', (r) => ({ ...r, press: { ...r.press, mediaRequests: 3 } })],
  ];
  for (const [what, change] of refused)
    it(`would refuse ${what}`, async () => {
      const pair = await afterTheOperation();
      const { lead, l, opId } = pair;
      await lead.data.repos.results.update(opId, (r) =>
        setCell(setCell(r, OTHER, null, 'arrests', 2), OWN, null, 'persons_checked', 5),
      );
      await l.settle();
      expect(await liaisonWrites(pair, change)).toBe(false);
    }, 60_000);
});
