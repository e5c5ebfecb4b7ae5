// Concurrent writes of one value: Yjs keeps one by client id; the other must be reported, and a
// plain overwrite after seeing the value must not be.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyNoticingConflicts } from '@shared/sync/conflicts';

function twoDocs(aClient: number, bClient: number): { a: Y.Doc; b: Y.Doc } {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.clientID = aClient;
  b.clientID = bClient;
  const rec = new Y.Map<unknown>();
  a.getMap('operations').set('op1', rec);
  rec.set('meetingPoint', 'Hof');
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b };
}

const field = (d: Y.Doc): Y.Map<unknown> => {
  const rec = d.getMap<Y.Map<unknown>>('operations').get('op1');
  if (!rec) throw new Error('op1 fehlt');
  return rec;
};

const who = (client: number) => ({
  name: `client ${client}`,
  agency: 'Test',
  agencyId: null,
  keyFingerprint: String(client),
});

describe('concurrent single-value edits', () => {
  // Which side wins depends on the client ids: both orders are checked.
  it.each([
    [1, 2],
    [2, 1],
  ])('reports the dropped value (clients %i and %i) on the receiving side', (ca, cb) => {
    const { a, b } = twoDocs(ca, cb);
    const sv = Y.encodeStateVector(a);
    field(a).set('meetingPoint', 'Parkplatz Nord');
    field(b).set('meetingPoint', 'Wache Süd');
    const fromB = Y.encodeStateAsUpdate(b, sv);
    const found = applyNoticingConflicts(a, () => Y.applyUpdate(a, fromB), who);
    const kept = field(a).get('meetingPoint');
    const lost = kept === 'Wache Süd' ? 'Parkplatz Nord' : 'Wache Süd';
    expect(found).toEqual([
      {
        table: 'operations',
        recordId: 'op1',
        field: 'meetingPoint',
        kept,
        lost,
        keptBy: who(kept === 'Wache Süd' ? cb : ca),
        lostBy: who(kept === 'Wache Süd' ? ca : cb),
      },
    ]);
  });

  it('does not report an overwrite made after seeing the value, nor an equal value', () => {
    const { a, b } = twoDocs(1, 2);
    const sv = Y.encodeStateVector(a);
    field(b).set('meetingPoint', 'Rathaus');
    field(b).set('meetingPoint', 'Rathaus Süd');
    expect(
      applyNoticingConflicts(a, () => Y.applyUpdate(a, Y.encodeStateAsUpdate(b, sv)), who),
    ).toEqual([]);
    const sv2 = Y.encodeStateVector(a);
    field(a).set('meetingPoint', 'Gleich');
    field(b).set('meetingPoint', 'Gleich');
    expect(
      applyNoticingConflicts(a, () => Y.applyUpdate(a, Y.encodeStateAsUpdate(b, sv2)), who),
    ).toEqual([]);
  });
});
