// The revision compare says what changed on the map in words: the facts behind the words
// (moved how far and where to, how many corners before and after, added, removed, renamed).
import { describe, expect, it } from 'vitest';
import type { MapFeature } from '@shared/maps/features';
import { compassDirection, describeMapChanges, distanceMeters } from '@shared/maps/map-diff';
import {
  canUndoMap,
  emptyMapUndo,
  MAP_UNDO_DEPTH,
  recordMapEdit,
  undoMapEdit,
} from '@shared/maps/features-undo';

// Around the demo area in Essen: 0.001° of latitude is about 111 m.
const P = { lat: 51.46, lng: 7.01 };
const assembly: MapFeature = { id: 'a', kind: 'assembly', label: 'Sammelpunkt', note: '', at: P };
const square = (d: number) => [
  { lat: P.lat, lng: P.lng },
  { lat: P.lat + d, lng: P.lng },
  { lat: P.lat + d, lng: P.lng + d },
  { lat: P.lat, lng: P.lng + d },
];
const cordon: MapFeature = {
  id: 'c',
  kind: 'cordon',
  label: 'Absperrung um Objekt 3',
  note: '',
  ring: square(0.001),
};

describe('distance and direction', () => {
  it('measures a known distance within a metre', () => {
    // One degree of latitude is 111.2 km on the mean sphere.
    expect(distanceMeters({ lat: 51, lng: 7 }, { lat: 52, lng: 7 })).toBeCloseTo(111_195, -1);
  });
  it('names the eight directions', () => {
    const to = (dLat: number, dLng: number) =>
      compassDirection(P, { lat: P.lat + dLat, lng: P.lng + dLng });
    // At 51.46° N a degree of longitude is 0.62 of a degree of latitude on the ground.
    expect([
      to(0.001, 0),
      to(0.001, 0.0016),
      to(0, 0.001),
      to(-0.001, 0.0016),
      to(-0.001, 0),
      to(-0.001, -0.0016),
      to(0, -0.001),
      to(0.001, -0.0016),
    ]).toEqual(['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw']);
  });
});

describe('describeMapChanges', () => {
  it('says nothing when nothing changed, and treats a missing map as empty', () => {
    expect(describeMapChanges([assembly, cordon], [assembly, cordon])).toEqual([]);
    expect(describeMapChanges(undefined, undefined)).toEqual([]);
    expect(describeMapChanges(undefined, [assembly])).toEqual([
      { id: 'a', kind: 'assembly', label: 'Sammelpunkt', type: 'added' },
    ]);
  });

  it('reports a moved place with its distance and direction', () => {
    // About 120 m to the north-east: 85 m north and 85 m east.
    const moved = { ...assembly, at: { lat: P.lat + 0.000764, lng: P.lng + 0.001227 } };
    const [change] = describeMapChanges([assembly], [moved]);
    expect(change).toMatchObject({ type: 'moved', direction: 'ne', label: 'Sammelpunkt' });
    expect(change?.type === 'moved' && change.meters).toBeGreaterThanOrEqual(118);
    expect(change?.type === 'moved' && change.meters).toBeLessThanOrEqual(122);
  });

  it('ignores a move under a metre', () => {
    const nudged = { ...assembly, at: { lat: P.lat + 0.000001, lng: P.lng } };
    expect(describeMapChanges([assembly], [nudged])).toEqual([]);
  });

  it('reports a changed outline with its corners before and after', () => {
    const six = {
      ...cordon,
      ring: [...square(0.001), { lat: P.lat - 0.0005, lng: P.lng + 0.0005 }, P],
    };
    expect(describeMapChanges([cordon], [six])).toEqual([
      {
        id: 'c',
        kind: 'cordon',
        label: 'Absperrung um Objekt 3',
        type: 'reshaped',
        pointsBefore: 4,
        pointsAfter: 6,
      },
    ]);
    const corner = {
      ...cordon,
      ring: [...square(0.001).slice(0, 3), { lat: P.lat, lng: P.lng + 0.002 }],
    };
    expect(describeMapChanges([cordon], [corner])[0]).toMatchObject({
      type: 'reshaped',
      pointsBefore: 4,
      pointsAfter: 4,
    });
  });

  it('reports a whole outline shifted as a move', () => {
    const shifted = {
      ...cordon,
      ring: cordon.ring.map((p) => ({ lat: p.lat - 0.001, lng: p.lng })),
    };
    const [change] = describeMapChanges([cordon], [shifted]);
    expect(change).toMatchObject({ type: 'moved', direction: 's' });
    expect(change?.type === 'moved' && change.meters).toBeCloseTo(111, -1);
  });

  it('reports renamed, re-noted, retyped, added and removed features', () => {
    const marker: MapFeature = { ...assembly, id: 'm', kind: 'marker', label: 'Zufahrt' };
    const after: MapFeature[] = [
      { ...assembly, kind: 'staging', label: 'Bereitstellungsraum', note: 'Tor 2' },
      marker,
    ];
    expect(describeMapChanges([assembly, cordon], after)).toEqual([
      {
        id: 'a',
        kind: 'staging',
        label: 'Bereitstellungsraum',
        type: 'retyped',
        before: 'assembly',
      },
      {
        id: 'a',
        kind: 'staging',
        label: 'Bereitstellungsraum',
        type: 'relabelled',
        before: 'Sammelpunkt',
      },
      { id: 'a', kind: 'staging', label: 'Bereitstellungsraum', type: 'noteChanged' },
      { id: 'm', kind: 'marker', label: 'Zufahrt', type: 'added' },
      { id: 'c', kind: 'cordon', label: 'Absperrung um Objekt 3', type: 'removed' },
    ]);
  });
});

describe('map undo', () => {
  it('takes back the last edit first, then the one before', () => {
    const moved = { ...assembly, at: { lat: P.lat + 0.001, lng: P.lng } };
    let undo = recordMapEdit(emptyMapUndo, [], [assembly]);
    undo = recordMapEdit(undo, [assembly], [moved]);
    const first = undoMapEdit(undo);
    expect(first?.features).toEqual([assembly]);
    const second = first && undoMapEdit(first.undo);
    expect(second?.features).toEqual([]);
    expect(second && canUndoMap(second.undo)).toBe(false);
    expect(second && undoMapEdit(second.undo)).toBeNull();
  });

  it('skips edits that change nothing and keeps only the last steps', () => {
    expect(recordMapEdit(emptyMapUndo, [assembly], [assembly])).toBe(emptyMapUndo);
    let undo = emptyMapUndo;
    for (let i = 0; i < MAP_UNDO_DEPTH + 5; i++) {
      undo = recordMapEdit(
        undo,
        [{ ...assembly, label: `v${i}` }],
        [{ ...assembly, label: `v${i + 1}` }],
      );
    }
    expect(undo.past).toHaveLength(MAP_UNDO_DEPTH);
    expect(undo.past.at(-1)?.[0]?.label).toBe(`v${MAP_UNDO_DEPTH + 4}`);
  });
});
