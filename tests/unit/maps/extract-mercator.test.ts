// The map extract's own Web Mercator math (no Leaflet map): known tile numbers, round trips,
// fitting an area into a sheet, the scale bar and the tiles covering a view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitView,
  formatMetres,
  metresPerPixel,
  project,
  scaleBar,
  tileZoomFor,
  tilesFor,
  toCanvas,
  unproject,
} from '@shared/maps/mercator';
import { fcRuns } from '../../support/fc-runs';

describe('extract projection', () => {
  it('puts known places on their slippy-map tiles', () => {
    // OpenStreetMap's tile of Berlin's centre at zoom 10 is 10/550/335.
    const berlin = project({ lat: 52.52, lng: 13.405 }, 10);
    expect([Math.floor(berlin.x / 256), Math.floor(berlin.y / 256)]).toEqual([550, 335]);
    // The projection's edge (±85.0511°) is the world's top and bottom.
    expect(project({ lat: 89, lng: -180 }, 1).y).toBeCloseTo(0, 6);
    expect(project({ lat: -89, lng: 180 }, 1)).toEqual({ x: 512, y: expect.closeTo(512, 6) });
    expect(project({ lat: 0, lng: 0 }, 0)).toEqual({ x: 128, y: 128 });
  });

  it('unproject undoes project (within a millimetre)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (lat, lng, zoom) => {
          const back = unproject(project({ lat, lng }, zoom), zoom);
          expect(back.lat).toBeCloseTo(lat, 8);
          expect(back.lng).toBeCloseTo(lng, 8);
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });

  it('fits an area whole and centred into the box, inside the padding', () => {
    const area = { west: 6.99, south: 51.44, east: 7.03, north: 51.46 };
    const view = fitView(area, 1200, 800, { padding: 50 });
    const nw = toCanvas(view, { lat: area.north, lng: area.west });
    const se = toCanvas(view, { lat: area.south, lng: area.east });
    for (const p of [nw, se]) {
      expect(p.x).toBeGreaterThanOrEqual(50 - 1e-6);
      expect(p.x).toBeLessThanOrEqual(1150 + 1e-6);
      expect(p.y).toBeGreaterThanOrEqual(50 - 1e-6);
      expect(p.y).toBeLessThanOrEqual(750 + 1e-6);
    }
    // Tight in one direction, centred in both.
    const tight = Math.max(se.x - nw.x - 1100, se.y - nw.y - 700);
    expect(Math.abs(tight)).toBeLessThan(1e-6);
    expect((nw.x + se.x) / 2).toBeCloseTo(600, 6);
    expect((nw.y + se.y) / 2).toBeCloseTo(400, 6);
  });

  it('never zooms closer than maxZoom, even for one point', () => {
    const view = fitView({ west: 7, south: 51.45, east: 7, north: 51.45 }, 600, 400, {
      maxZoom: 17,
    });
    expect(view.zoom).toBe(17);
    const at = toCanvas(view, { lat: 51.45, lng: 7 });
    expect(at.x).toBeCloseTo(300, 6);
    expect(at.y).toBeCloseTo(200, 6);
  });

  it('measures the ground and picks a round scale bar that fits', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156_543.034, 2);
    expect(metresPerPixel(60, 1)).toBeCloseTo(156_543.034 / 4, 2);
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10_000, noNaN: true }),
        fc.integer({ min: 20, max: 400 }),
        (mPerPx, maxPx) => {
          const bar = scaleBar(mPerPx, maxPx);
          expect(bar.px).toBeLessThanOrEqual(maxPx + 1e-9);
          // Never less than 2/5 of the room (the next round length would not fit).
          expect(bar.px).toBeGreaterThan(maxPx * 0.39);
          const lead = bar.metres / 10 ** Math.floor(Math.log10(bar.metres));
          expect([1, 2, 5].some((f) => Math.abs(lead - f) < 1e-9)).toBe(true);
        },
      ),
      { numRuns: fcRuns(200) },
    );
    expect(formatMetres(500)).toBe('500 m');
    expect(formatMetres(2000)).toBe('2 km');
  });

  it('covers the whole view with tiles of the nearest level the basemap has', () => {
    const view = fitView({ west: 6.99, south: 51.44, east: 7.03, north: 51.46 }, 1200, 800);
    const z = tileZoomFor(view.zoom, 0, 15);
    expect(z).toBe(Math.min(15, Math.round(view.zoom)));
    const tiles = tilesFor(view, z);
    const left = Math.min(...tiles.map((t) => t.left));
    const top = Math.min(...tiles.map((t) => t.top));
    const right = Math.max(...tiles.map((t) => t.left + t.size));
    const bottom = Math.max(...tiles.map((t) => t.top + t.size));
    expect(left).toBeLessThanOrEqual(0);
    expect(top).toBeLessThanOrEqual(0);
    expect(right).toBeGreaterThanOrEqual(1200);
    expect(bottom).toBeGreaterThanOrEqual(800);
    // No tile lies wholly outside the view.
    for (const t of tiles) {
      expect(t.left + t.size).toBeGreaterThan(0);
      expect(t.left).toBeLessThan(1200);
    }
    expect(tileZoomFor(3.2, 5, 15)).toBe(5);
    expect(tileZoomFor(18.7, 0, 15)).toBe(15);
  });
});
