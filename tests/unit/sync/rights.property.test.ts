// The workspace asks `mayChangeRecord` which fields to offer; the engine checks every update
// with `mayApply`. Over random members, tables, owners and edits (a field changed, the record
// created, deleted or given to another agency), the two agree — so the screen never offers an
// edit the engine would refuse, nor hides one it would send.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mayApply, mayChangeRecord, type MemberRights } from '@shared/sync/rights';
import type { SyncMember } from '@shared/sync/types';
import { fcRuns } from '../../support/fc-runs';

const TABLES = ['operations', 'targets', 'participations', 'teams', 'timeline', 'findings'];
const AGENCIES = ['zoll', 'polizei', 'ordnungsamt'];
const ID = 'r1';

type Edit = 'field' | 'create' | 'delete' | 'give';

/** A plan doc holding one record of `table` (unless `owner` is 'missing'). */
function docWith(table: string, owner: string | null | 'missing'): Y.Doc {
  const doc = new Y.Doc();
  if (owner === 'missing') return doc;
  const record = new Y.Map<unknown>();
  doc.getMap(table).set(ID, record);
  record.set('title', 'vorher');
  // A stamped single value, as the app stores it (renderer/sync/plan-doc.ts).
  if (owner !== null) record.set('agencyId', { v: owner, at: '2026-11-20T10:00:00.000Z' });
  return doc;
}

/** The update a member's client would send for `edit`, and the record's owner after it. */
function updateFor(
  doc: Y.Doc,
  table: string,
  edit: Edit,
  to: string,
): { update: Uint8Array; after: string | null | 'missing' } {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  const records = copy.getMap<Y.Map<unknown>>(table);
  const existing = records.get(ID);
  let after: string | null | 'missing';
  if (edit === 'delete' && existing) {
    records.delete(ID);
    after = 'missing';
  } else if (edit === 'create' || !existing) {
    const record = new Y.Map<unknown>();
    records.set(ID, record);
    record.set('agencyId', to);
    after = to;
  } else if (edit === 'give') {
    existing.set('agencyId', to);
    after = to;
  } else {
    existing.set('title', 'nachher');
    const owner: unknown = existing.get('agencyId');
    after =
      typeof owner === 'object' && owner !== null && 'v' in owner && typeof owner.v === 'string'
        ? owner.v
        : null;
  }
  return { update: Y.encodeStateAsUpdate(copy, before), after };
}

const memberOf = (rights: MemberRights): SyncMember => ({
  ...rights,
  fingerprint: 'a'.repeat(40),
  publicKey: '',
  name: 'Zoran Zeller',
  agency: 'Zoll',
});

describe('sharing rights: screen and engine', () => {
  it('mayChangeRecord decides as mayApply does, for every record an update touches', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<MemberRights['rights']>('edit', 'agency', 'read'),
        fc.option(fc.constantFrom(...AGENCIES), { nil: null }),
        fc.constantFrom(...TABLES),
        fc.constantFrom<string | null | 'missing'>('missing', null, ...AGENCIES),
        fc.constantFrom<Edit>('field', 'create', 'delete', 'give'),
        fc.constantFrom(...AGENCIES),
        (rights, agencyId, table, owner, edit, to) => {
          const member: MemberRights = { rights, agencyId };
          const doc = docWith(table, owner);
          const { update, after } = updateFor(doc, table, edit, to);
          expect(mayApply(memberOf(member), doc, update)).toBe(
            mayChangeRecord(member, table, owner, after),
          );
        },
      ),
      { numRuns: fcRuns(300) },
    );
  });

  it('offers an agency member their own participation and findings, nothing else', () => {
    const zoll: MemberRights = { rights: 'agency', agencyId: 'zoll' };
    expect(mayChangeRecord(zoll, 'participations', 'zoll')).toBe(true);
    expect(mayChangeRecord(zoll, 'findings', 'zoll')).toBe(true);
    expect(mayChangeRecord(zoll, 'participations', 'polizei')).toBe(false);
    expect(mayChangeRecord(zoll, 'operations', null)).toBe(false);
    expect(mayChangeRecord(zoll, 'teams', 'zoll')).toBe(false);
    expect(mayChangeRecord(zoll, 'participations', 'zoll', 'polizei')).toBe(false);
    expect(mayChangeRecord({ rights: 'read', agencyId: 'zoll' }, 'participations', 'zoll')).toBe(
      false,
    );
    expect(mayChangeRecord({ rights: 'edit', agencyId: null }, 'operations', null)).toBe(true);
  });
});
