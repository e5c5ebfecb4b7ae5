// Ergebnisse offers a change exactly when the sync engine would send it: `mayChangeResultsRow`
// and `mayChangeResults` (what the workspace asks) against `mayApply` (the engine's check) on the
// results record as the plan doc holds it — entries `rows/<agency>/<target>` (results-doc.ts).
// Every member kind, with the customs office's row changed, a new one added and the record
// created (the record itself is the lead's: the workspace offers rows only once it is stored).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mayApply, type MemberRights } from '@shared/sync/rights';
import type { SyncMember } from '@shared/sync/types';
import {
  mayChangeResults,
  mayChangeResultsRow,
} from '../../../src/renderer/features/workspace/core/share-rights';

const OP = 'op-1';
const AT = '2026-12-20T10:00:00.000Z';
const entry = (persons: number, agencyId: string, targetId = 't1') => ({
  v: { agencyId, targetId, values: { persons_checked: persons }, goods: [] },
  at: AT,
  sid: `s-${persons}`,
  seen: null,
});

/** The lead's results record with one row of the customs office. */
function leadDoc(withRecord: boolean): Y.Doc {
  const doc = new Y.Doc();
  if (!withRecord) return doc;
  const record = new Y.Map<unknown>();
  doc.getMap('results').set(OP, record);
  record.set('operationId', { v: OP, at: AT, sid: 's-0', seen: null });
  record.set('rows/zoll/t1', entry(7, 'zoll'));
  return doc;
}

type Edit = 'row' | 'newRow' | 'create';

/** What the member's client would send for `edit` of the customs office's numbers. */
function update(doc: Y.Doc, edit: Edit): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  const records = copy.getMap<Y.Map<unknown>>('results');
  let record = records.get(OP);
  if (!record || edit === 'create') {
    record = new Y.Map<unknown>();
    records.set(OP, record);
  }
  const target = edit === 'newRow' ? 't2' : 't1';
  record.set(`rows/zoll/${target}`, entry(9, 'zoll', target));
  return Y.encodeStateAsUpdate(copy, before);
}

const member = (rights: MemberRights): SyncMember => ({
  ...rights,
  fingerprint: 'a'.repeat(40),
  publicKey: '',
  name: 'Zoran Zeller',
  agency: 'Zoll',
});

describe('results: screen and engine agree', () => {
  const members: MemberRights[] = [
    { rights: 'edit', agencyId: 'zoll' },
    { rights: 'edit', agencyId: null },
    { rights: 'agency', agencyId: 'zoll' },
    { rights: 'agency', agencyId: 'polizei' },
    { rights: 'agency', agencyId: null },
    { rights: 'read', agencyId: 'zoll' },
  ];
  for (const m of members)
    for (const edit of ['row', 'newRow', 'create'] as const)
      it(`${m.rights} (${m.agencyId ?? 'ohne Behörde'}), ${edit}`, () => {
        const doc = leadDoc(edit !== 'create');
        const row = { agencyId: 'zoll', targetId: edit === 'newRow' ? 't2' : 't1' };
        const screen = edit === 'create' ? mayChangeResults(m) : mayChangeResultsRow(m, row);
        expect(mayApply(member(m), doc, update(doc, edit))).toBe(screen);
      });

  it('lets agency members change their own rows only, edit members all of the results', () => {
    expect(mayChangeResults(null)).toBe(true);
    expect(mayChangeResults({ rights: 'edit', agencyId: null })).toBe(true);
    expect(mayChangeResults({ rights: 'agency', agencyId: 'zoll' })).toBe(false);
    expect(mayChangeResults({ rights: 'read', agencyId: 'zoll' })).toBe(false);
    const zollRow = { agencyId: 'zoll', targetId: null };
    const policeRow = { agencyId: 'polizei', targetId: 't1' };
    expect(mayChangeResultsRow({ rights: 'agency', agencyId: 'zoll' }, zollRow)).toBe(true);
    expect(mayChangeResultsRow({ rights: 'agency', agencyId: 'zoll' }, policeRow)).toBe(false);
    expect(mayChangeResultsRow({ rights: 'read', agencyId: 'zoll' }, zollRow)).toBe(false);
    expect(mayChangeResultsRow({ rights: 'edit', agencyId: null }, policeRow)).toBe(true);
  });
});
