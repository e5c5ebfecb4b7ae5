// The print extract's neutral grid is labelled as the live grid is (degree-label.ts): a decimal
// comma in a German extract, a point in an English one, every label with its step's decimals;
// the lines stay where the projection puts them whatever the language.
import { describe, expect, it } from 'vitest';
import { fitView, project } from '../../../src/shared/maps/mercator';
import { neutralGrid } from '../../../src/renderer/map/extract/draw-frame';

// The demo's part of Essen, as the Lagekarte of a plan frames it.
const view = fitView({ north: 51.5, south: 51.44, west: 6.95, east: 7.05 }, 1240, 868, {
  padding: 56,
});

describe('neutralGrid', () => {
  it('writes degrees the German way in German and the English way in English', () => {
    const de = neutralGrid(view, 1, 'de');
    const en = neutralGrid(view, 1, 'en');
    expect(de.vertical.length).toBeGreaterThan(2);
    expect(de.horizontal.length).toBeGreaterThan(2);
    const decimals = String(de.step).split('.')[1]?.length ?? 0;
    expect(decimals).toBeGreaterThan(0);
    for (const line of [...de.vertical, ...de.horizontal]) {
      expect(line.label).toMatch(new RegExp(`^\\d+,\\d{${decimals}}°$`));
    }
    for (const line of [...en.vertical, ...en.horizontal]) {
      expect(line.label).toMatch(new RegExp(`^\\d+\\.\\d{${decimals}}°$`));
    }
    expect(en.vertical.map((l) => l.at)).toEqual(de.vertical.map((l) => l.at));
    expect(en.horizontal.map((l) => l.label.replace('.', ','))).toEqual(
      de.horizontal.map((l) => l.label),
    );
  });

  it('puts each line where its degree projects, inside the extract', () => {
    const { step, vertical, horizontal } = neutralGrid(view, 1, 'en');
    for (const line of vertical) {
      const lng = Number(line.label.slice(0, -1));
      const x = project({ lat: 51.47, lng }, view.zoom).x - view.origin.x;
      expect(Math.abs(line.at - x)).toBeLessThan(1);
      expect(line.at).toBeGreaterThanOrEqual(0);
      expect(line.at).toBeLessThanOrEqual(view.width + 1);
    }
    for (const line of horizontal) {
      const lat = Number(line.label.slice(0, -1));
      const y = project({ lat, lng: 7 }, view.zoom).y - view.origin.y;
      expect(Math.abs(line.at - y)).toBeLessThan(1);
    }
    // Neighbouring lines one step apart: none skipped, none doubled.
    const lngs = vertical.map((l) => Number(l.label.slice(0, -1)));
    lngs.slice(1).forEach((v, i) => expect(v - (lngs[i] ?? 0)).toBeCloseTo(step, 9));
  });
});
