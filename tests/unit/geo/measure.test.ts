// Measuring on the map: geodesic lengths and areas against known values, never screen pixels.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatArea, formatDistance, geodesicDistance, pathLength, polygonArea } from '@shared/geo';
import { fcRuns } from '../../support/fc-runs';

describe('geodesic measure', () => {
  it('matches the published Vincenty example (Flinders Peak → Buninyong) to the millimetre', () => {
    // Vincenty (1975) / Geoscience Australia test case on GRS80 ≈ WGS84: 54 972.271 m.
    const d = geodesicDistance(
      { lat: -(37 + 57 / 60 + 3.7203 / 3600), lng: 144 + 25 / 60 + 29.5244 / 3600 },
      { lat: -(37 + 39 / 60 + 10.1561 / 3600), lng: 143 + 55 / 60 + 35.3839 / 3600 },
    );
    expect(d).toBeCloseTo(54972.271, 2);
  });

  it('one degree of latitude at 51° N is about 111.25 km', () => {
    expect(geodesicDistance({ lat: 50.5, lng: 7 }, { lat: 51.5, lng: 7 })).toBeCloseTo(111_249, -1);
  });

  it('a path adds its legs, and a point to itself is zero', () => {
    const a = { lat: 51.45, lng: 7.01 };
    const b = { lat: 51.46, lng: 7.02 };
    const c = { lat: 51.47, lng: 7.0 };
    expect(pathLength([a, b, c])).toBeCloseTo(geodesicDistance(a, b) + geodesicDistance(b, c), 6);
    expect(geodesicDistance(a, a)).toBe(0);
    expect(pathLength([a])).toBe(0);
  });

  it('a square of 100 m × 100 m near Essen measures 1 ha within 0.5 %', () => {
    // Corners 100 m apart along the meridian (111 250 m per degree at 51.45° N) and the parallel.
    const at = (east: number, north: number) => ({
      lat: 51.45 + north / 111_250,
      lng: 7.01 + east / (111_320 * Math.cos((51.45 * Math.PI) / 180)),
    });
    const square = [at(0, 0), at(100, 0), at(100, 100), at(0, 100)];
    expect(polygonArea(square) / 10_000).toBeCloseTo(1, 2);
    expect(polygonArea(square.slice(0, 2))).toBe(0);
  });

  it('area does not depend on the winding or the starting corner', () => {
    const point = fc.record({
      lat: fc.double({ min: 47, max: 55, noNaN: true }),
      lng: fc.double({ min: 5, max: 15, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 8 }), (pts) => {
        const a = polygonArea(pts);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(polygonArea([...pts].reverse())).toBeCloseTo(a, 0);
        expect(polygonArea([...pts.slice(1), ...pts.slice(0, 1)])).toBeCloseTo(a, 0);
      }),
      { numRuns: fcRuns(100) },
    );
  });

  it('formats in the units a planner reads', () => {
    expect(formatDistance(850.4)).toBe('850 m');
    expect(formatDistance(1250)).toBe('1,25 km');
    expect(formatDistance(1250, 'en')).toBe('1.25 km');
    expect(formatArea(320.2)).toBe('320 m²');
    expect(formatArea(14_000)).toBe('1,4 ha');
    expect(formatArea(2_300_000)).toBe('2,3 km²');
  });
});
