// The results record is judged entry by entry (rights.ts, `entryTables`): an agency member may
// create, change and delete their agency's rows `rows/<agency>/<target>` and nothing else of it.
// Examples of each case through the engine's check (`mayApply`), and — like the record property
// in rights.property.test.ts — a property that the screen's rule (`mayChangeRecord` with the
// entry's owner from `resultsEntryOwner`) decides as the engine does for any update of entries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  mayApply,
  mayChangeRecord,
  resultsEntryOwner,
  resultsRowEntry,
  type MemberRights,
  type Owner,
} from '@shared/sync/rights';
import type { SyncMember } from '@shared/sync/types';
import { fcRuns } from '../../support/fc-runs';

const OP = 'op-1';
const AT = '2026-12-20T10:00:00.000Z';
const AGENCIES = ['zoll', 'polizei'];

/** A row as the app stores it in the plan doc: a stamped entry (renderer/sync/plan-doc.ts). */
const stamped = (v: unknown, sid = 's') => ({ v, at: AT, sid, seen: null });
const row = (agencyId: string, targetId: string | null, persons = 1) => ({
  agencyId,
  targetId,
  values: { persons_checked: persons },
  goods: [],
  note: '',
});

/** The lead's results record: plain fields, two agencies' rows and the lead's own entries. */
const LEAD_ENTRIES: Record<string, unknown> = {
  operationId: stamped(OP),
  press: stamped({ releaseIssued: false, mediaRequests: 0, statement: '' }),
  'rows/zoll/t1': stamped(row('zoll', 't1')),
  'rows/polizei/t1': stamped(row('polizei', 't1')),
  'followUps/f1': stamped({ id: 'f1', task: 'Bericht', owner: '', due: null, done: false }),
  'nextInspections/t1': stamped({ targetId: 't1', at: AT }),
  'lessons/command': stamped('Funk früher prüfen'),
};

function leadDoc(withRecord = true): Y.Doc {
  const doc = new Y.Doc();
  if (!withRecord) return doc;
  const record = new Y.Map<unknown>();
  doc.getMap('results').set(OP, record);
  for (const [k, v] of Object.entries(LEAD_ENTRIES)) record.set(k, v);
  return doc;
}

/** What a member's client would send: `edit` applied to a copy of `doc`. */
function updateOf(doc: Y.Doc, edit: (record: Y.Map<unknown>, doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  const records = copy.getMap<Y.Map<unknown>>('results');
  let record = records.get(OP);
  if (!record) {
    record = new Y.Map<unknown>();
    records.set(OP, record);
  }
  edit(record, copy);
  return Y.encodeStateAsUpdate(copy, before);
}

const memberOf = (rights: MemberRights): SyncMember => ({
  ...rights,
  fingerprint: 'a'.repeat(40),
  publicKey: '',
  name: 'Zoran Zeller',
  agency: 'Zoll',
});

const zoll = memberOf({ rights: 'agency', agencyId: 'zoll' });
const may = (m: SyncMember, edit: (r: Y.Map<unknown>, d: Y.Doc) => void, doc = leadDoc()) =>
  mayApply(m, doc, updateOf(doc, edit));

describe('results rights per entry', () => {
  it('lets an agency member create, change and delete their own rows', () => {
    expect(may(zoll, (r) => r.set('rows/zoll/t1', stamped(row('zoll', 't1', 9), 's2')))).toBe(true);
    expect(may(zoll, (r) => r.set('rows/zoll/t2', stamped(row('zoll', 't2'))))).toBe(true);
    expect(may(zoll, (r) => r.set('rows/zoll/', stamped(row('zoll', null))))).toBe(true);
    expect(may(zoll, (r) => r.delete('rows/zoll/t1'))).toBe(true);
    // Two own rows in one update (a goods line moved from one target to another).
    expect(
      may(zoll, (r) => {
        r.set('rows/zoll/t1', stamped(row('zoll', 't1', 0), 's3'));
        r.set('rows/zoll/t2', stamped(row('zoll', 't2', 4), 's4'));
      }),
    ).toBe(true);
  });

  it("refuses an agency member another agency's row and every entry of the lead", () => {
    const refused: [string, (r: Y.Map<unknown>) => void][] = [
      ['other row', (r) => r.set('rows/polizei/t1', stamped(row('polizei', 't1', 9), 's2'))],
      ['other row deleted', (r) => r.delete('rows/polizei/t1')],
      ['other new row', (r) => r.set('rows/polizei/t2', stamped(row('polizei', 't2')))],
      ['follow-up', (r) => r.set('followUps/f1', stamped({ id: 'f1', task: 'x' }, 's2'))],
      ['new follow-up', (r) => r.set('followUps/f2', stamped({ id: 'f2', task: 'x' }))],
      ['lessons', (r) => r.set('lessons/command', stamped('anders', 's2'))],
      ['next inspection', (r) => r.set('nextInspections/t1', stamped({ targetId: 't1', at: AT }))],
      ['plain field', (r) => r.set('press', stamped({ releaseIssued: true }, 's2'))],
      ['operation id', (r) => r.delete('operationId')],
      // Renamed: own row deleted, the same numbers under another agency's key.
      [
        'renamed',
        (r) => {
          r.delete('rows/zoll/t1');
          r.set('rows/polizei/t2', stamped(row('polizei', 't2')));
        },
      ],
      // Own key, value naming another agency (or target): given away under its own key.
      ['given away', (r) => r.set('rows/zoll/t1', stamped(row('polizei', 't1'), 's2'))],
      ['other target', (r) => r.set('rows/zoll/t1', stamped(row('zoll', 't9'), 's2'))],
      // A whole value in place of the row's map entry: a nested type is judged by its key too.
      ['nested text', (r) => r.set('lessons/command', new Y.Text('neu'))],
    ];
    for (const [name, edit] of refused) expect([name, may(zoll, edit)]).toEqual([name, false]);
  });

  it('refuses an agency member the record itself: creating, replacing or deleting it', () => {
    expect(
      may(zoll, (r) => r.set('rows/zoll/t1', stamped(row('zoll', 't1'))), leadDoc(false)),
    ).toBe(false);
    expect(
      may(zoll, (_r, d) => {
        const fresh = new Y.Map<unknown>();
        d.getMap('results').set(OP, fresh);
        fresh.set('rows/zoll/t1', stamped(row('zoll', 't1')));
      }),
    ).toBe(false);
    expect(may(zoll, (_r, d) => d.getMap('results').delete(OP))).toBe(false);
  });

  it('lets edit members change anything and read members nothing', () => {
    const lead = memberOf({ rights: 'edit', agencyId: null });
    const reader = memberOf({ rights: 'read', agencyId: 'zoll' });
    expect(may(lead, (r) => r.set('followUps/f1', stamped({ id: 'f1' }, 's2')))).toBe(true);
    expect(may(lead, (r) => r.set('rows/polizei/t1', stamped(row('polizei', 't1'), 's2')))).toBe(
      true,
    );
    expect(may(reader, (r) => r.set('rows/zoll/t1', stamped(row('zoll', 't1', 3), 's2')))).toBe(
      false,
    );
  });

  it('names the owner of an entry by its key and value', () => {
    expect(resultsRowEntry({ agencyId: 'zoll', targetId: null })).toBe('rows/zoll/');
    expect(resultsEntryOwner('rows/zoll/t1', row('zoll', 't1'))).toBe('zoll');
    expect(resultsEntryOwner('rows/zoll/t1', stamped(row('zoll', 't1')))).toBe('zoll');
    expect(resultsEntryOwner('rows/zoll/', row('zoll', null))).toBe('zoll');
    expect(resultsEntryOwner('rows/zoll/t1', row('polizei', 't1'))).toBeNull();
    expect(resultsEntryOwner('rows/zoll/t1/x', row('zoll', 't1'))).toBeNull();
    expect(resultsEntryOwner('followUps/f1', row('zoll', 't1'))).toBeNull();
    expect(resultsEntryOwner('rows/zoll/t1', 'zoll')).toBeNull();
  });
});

// ---- Property: screen rule and engine agree on any update of the results record's entries.

const KEYS = [
  'operationId',
  'press',
  'rows/zoll/t1',
  'rows/zoll/',
  'rows/polizei/t1',
  'followUps/f1',
  'lessons/command',
];

type Op =
  | { kind: 'set'; key: string; agencyId: string; targetId: string | null }
  | { kind: 'delete'; key: string }
  | { kind: 'replaceRecord' }
  | { kind: 'deleteRecord' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      key: fc.constantFrom(...KEYS),
      agencyId: fc.constantFrom(...AGENCIES),
      targetId: fc.constantFrom<string | null>('t1', null),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), key: fc.constantFrom(...KEYS) }),
  },
  { weight: 1, arbitrary: fc.constant<Op>({ kind: 'replaceRecord' }) },
  { weight: 1, arbitrary: fc.constant<Op>({ kind: 'deleteRecord' }) },
);

/**
 * What the screen decides for `ops` on the record `start` (entries by key; null: no record):
 * each touched entry by `mayChangeRecord` with its owner before and after; an update that
 * creates, replaces or deletes the record is judged as the record (owner null: the lead's).
 */
function screenAllows(member: MemberRights, start: Map<string, unknown> | null, ops: Op[]) {
  const owner = (entries: Map<string, unknown> | null, key: string): Owner => {
    const value = entries?.get(key);
    return value === undefined ? 'missing' : resultsEntryOwner(key, value);
  };
  // No record yet: the member's client creates it (updateOf) before the entries.
  let recordOp = start === null;
  let recordAfter = true;
  const entries = new Map(start ?? []);
  const touched = new Set<string>();
  for (const op of ops) {
    if (op.kind === 'replaceRecord' || op.kind === 'deleteRecord') {
      recordOp = true;
      recordAfter = op.kind === 'replaceRecord';
    } else if (op.kind === 'set') {
      entries.set(op.key, stamped(row(op.agencyId, op.targetId)));
      touched.add(op.key);
    } else if (entries.delete(op.key)) touched.add(op.key);
  }
  if (recordOp) {
    const [before, after] = [start ? null : 'missing', recordAfter ? null : 'missing'] as const;
    return mayChangeRecord(member, 'results', before, after);
  }
  // Nothing changed (a key deleted that was not there): the client sends no update at all.
  if (touched.size === 0) return null;
  return [...touched].every((key) =>
    mayChangeRecord(member, 'results', owner(start, key), owner(entries, key)),
  );
}

function applyOps(record: Y.Map<unknown>, doc: Y.Doc, ops: Op[]): void {
  let target = record;
  for (const op of ops) {
    if (op.kind === 'set') target.set(op.key, stamped(row(op.agencyId, op.targetId)));
    else if (op.kind === 'delete') target.delete(op.key);
    else if (op.kind === 'deleteRecord') doc.getMap('results').delete(OP);
    else {
      target = new Y.Map<unknown>();
      doc.getMap('results').set(OP, target);
    }
  }
}

describe('results rights: screen and engine', () => {
  it('mayChangeRecord per entry decides as mayApply does, for any update of the results', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<MemberRights['rights']>('edit', 'agency', 'read'),
        fc.option(fc.constantFrom(...AGENCIES), { nil: null }),
        fc.boolean(),
        fc.array(opArb, { minLength: 1, maxLength: 3 }),
        (rights, agencyId, withRecord, ops) => {
          const member: MemberRights = { rights, agencyId };
          const doc = leadDoc(withRecord);
          const start = withRecord ? new Map(Object.entries(LEAD_ENTRIES)) : null;
          const screen = screenAllows(member, start, ops);
          fc.pre(screen !== null);
          const update = updateOf(doc, (record, copy) => applyOps(record, copy, ops));
          expect(mayApply(memberOf(member), doc, update)).toBe(screen);
        },
      ),
      { numRuns: fcRuns(400) },
    );
  });
});
