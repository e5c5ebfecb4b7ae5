// The conflicts worker's copy of the tables follows the read model through the patches alone:
// applied in order, they rebuild exactly the current rows after any sequence of puts, replaces
// and deletes; an unchanged model sends nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConflictFeed, PATCH_CHUNK } from '../../../src/renderer/features/calendar/conflict-feed';
import { fcRuns } from '../../support/fc-runs';

type Row = { id: string; v: number };

function applyAll(copy: Map<string, unknown>, feed: ConflictFeed, rows: Map<string, Row>) {
  const patches = feed.patches('operations', rows);
  for (const p of patches) {
    for (const r of p.put) copy.set((r as Row).id, r);
    for (const id of p.delete) copy.delete(id);
  }
  return patches;
}

describe('ConflictFeed', () => {
  it('sends nothing when nothing changed, and chunks a large first feed', () => {
    const rows = new Map<string, Row>();
    for (let i = 0; i < PATCH_CHUNK * 2 + 5; i++) rows.set(`r${i}`, { id: `r${i}`, v: i });
    const feed = new ConflictFeed();
    const first = feed.patches('operations', rows);
    expect(first.map((p) => p.put.length)).toEqual([PATCH_CHUNK, PATCH_CHUNK, 5]);
    expect(feed.patches('operations', rows)).toEqual([]);
    // A replaced record (a new object) is sent again, even with equal content.
    rows.set('r1', { id: 'r1', v: 1 });
    expect(feed.patches('operations', rows)).toEqual([
      { table: 'operations', put: [{ id: 'r1', v: 1 }], delete: [] },
    ]);
    feed.reset();
    expect(feed.patches('operations', rows)).toHaveLength(3);
  });

  it('keeps the copy equal to the rows through any edits (patched in place)', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), id: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ kind: fc.constant('sync' as const), id: fc.constant(0) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 80 }), (edits) => {
        const rows = new Map<string, Row>();
        const copy = new Map<string, unknown>();
        const feed = new ConflictFeed();
        let n = 0;
        for (const e of edits) {
          const id = `r${e.id}`;
          if (e.kind === 'put') rows.set(id, { id, v: (n += 1) });
          else if (e.kind === 'delete') rows.delete(id);
          else applyAll(copy, feed, rows);
        }
        applyAll(copy, feed, rows);
        expect(copy).toEqual(rows);
        for (const [id, row] of rows) expect(copy.get(id)).toBe(row);
      }),
      { numRuns: fcRuns(200) },
    );
  });
});
