// Map labels never overlap each other, a symbol or a control, and stay inside the map: the
// demo's crowded corner (Shisha, Barbershop, Kiosk at the default zoom) gets a side each, a
// label that fits nowhere is hidden instead of covering something, and for any symbols the
// placed labels are pairwise apart (property).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  labelBox,
  placeLabels,
  symbolBox,
  type Box,
  type LabelledSymbol,
} from '../../../src/shared/maps/label-placement';
import { fcRuns } from '../../support/fc-runs';

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const MAP: Box = { left: 0, top: 0, right: 780, bottom: 520 };
const target = (id: string, x: number, y: number, width = 180): LabelledSymbol => ({
  id,
  x,
  y,
  symbol: { width: 28, height: 28 },
  label: { width, height: 17 },
});

describe('placeLabels', () => {
  it('puts a lone label beneath its symbol', () => {
    const placed = placeLabels([target('a', 300, 200)], { bounds: MAP });
    expect(placed.get('a')).toBe('below');
  });

  it('gives each of the demo cluster its own side, none overlapping', () => {
    // Where the demo's targets 1, 2, 4 and 6 sit at the default zoom (1440 px wide window).
    const cluster = [
      target('1', 350, 385),
      target('2', 381, 407),
      target('4', 331, 421),
      target('6', 305, 472),
    ];
    const placed = placeLabels(cluster, { bounds: MAP });
    const boxes = cluster.flatMap((s) => {
      const side = placed.get(s.id);
      return side ? [labelBox(s, side)] : [];
    });
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      for (const s of cluster) expect(overlaps(a, symbolBox(s))).toBe(false);
    }
    // The first in the list is placed first: it always finds a side in an open map.
    expect(placed.get('1')).not.toBeNull();
  });

  it('keeps labels out of the controls and inside the map, hiding one that fits nowhere', () => {
    const hint: Box = { left: 450, top: 500, right: 780, bottom: 520 };
    const placed = placeLabels([target('low', 600, 480)], { bounds: MAP, obstacles: [hint] });
    expect(placed.get('low')).toBe('above');
    // At the very corner, under a control on every side: no room at all.
    const boxed = placeLabels([target('corner', 20, 20, 300)], {
      bounds: MAP,
      obstacles: [{ left: 0, top: 0, right: 60, bottom: 300 }],
    });
    expect(boxed.get('corner')).toBeNull();
  });

  it('never lets two placed labels, a label and a symbol, or a label and a control meet', () => {
    const symbol = fc.record({
      x: fc.integer({ min: 0, max: 780 }),
      y: fc.integer({ min: 0, max: 520 }),
      w: fc.integer({ min: 20, max: 200 }),
    });
    fc.assert(
      fc.property(fc.array(symbol, { maxLength: 25 }), (raw) => {
        const symbols = raw.map((s, i) => target(String(i), s.x, s.y, s.w));
        const control: Box = { left: 10, top: 10, right: 44, bottom: 230 };
        const placed = placeLabels(symbols, { bounds: MAP, obstacles: [control] });
        const boxes = symbols.flatMap((s) => {
          const side = placed.get(s.id);
          return side ? [{ id: s.id, box: labelBox(s, side) }] : [];
        });
        for (const [i, a] of boxes.entries()) {
          expect(overlaps(a.box, control)).toBe(false);
          expect(a.box.left >= 0 && a.box.right <= 780).toBe(true);
          for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
          for (const s of symbols) expect(overlaps(a.box, symbolBox(s))).toBe(false);
        }
        expect(placed.size).toBe(symbols.length);
      }),
      { numRuns: fcRuns(300) },
    );
  });
});
