// UTM 32N (ETRS89), MGRS and DMS. proj4 is checked against an independent implementation of
// the Krüger series (Karney 2011, 4th order in n, sub-millimetre within a zone), and mgrs
// against the UTM digits it must contain — so neither library is only compared with itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAllForms,
  formatDms,
  fromUtm,
  parseAnyCoordinate,
  parseDms,
  parseMgrs,
  parseUtm,
  toMgrs,
  toUtm,
  type LatLng,
} from '@shared/geo';
import { fcRuns } from '../../support/fc-runs';

/** Transverse Mercator forward on GRS80 by the Krüger n-series. */
function krugerUtm(p: LatLng, zone: number): { easting: number; northing: number } {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const n = f / (2 - f);
  const e = (2 * Math.sqrt(n)) / (1 + n);
  const A = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const alpha = [
    n / 2 - (2 / 3) * n ** 2 + (5 / 16) * n ** 3 + (41 / 180) * n ** 4,
    (13 / 48) * n ** 2 - (3 / 5) * n ** 3 + (557 / 1440) * n ** 4,
    (61 / 240) * n ** 3 - (103 / 140) * n ** 4,
    (49561 / 161280) * n ** 4,
  ];
  const phi = (p.lat * Math.PI) / 180;
  const dLambda = ((p.lng - (zone * 6 - 183)) * Math.PI) / 180;
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - e * Math.atanh(e * Math.sin(phi)));
  const xi1 = Math.atan(t / Math.cos(dLambda));
  const eta1 = Math.atanh(Math.sin(dLambda) / Math.sqrt(1 + t * t));
  let xi = xi1;
  let eta = eta1;
  alpha.forEach((al, i) => {
    const j = 2 * (i + 1);
    xi += al * Math.sin(j * xi1) * Math.cosh(j * eta1);
    eta += al * Math.cos(j * xi1) * Math.sinh(j * eta1);
  });
  return { easting: 500000 + 0.9996 * A * eta, northing: 0.9996 * A * xi };
}

// Places across zone 32 and the edges of Germany (approximate positions; what matters is that
// both implementations get the same input).
const PLACES: [string, LatLng][] = [
  ['Essen', { lat: 51.4556, lng: 7.0116 }],
  ['Gelsenkirchen', { lat: 51.5177, lng: 7.0857 }],
  ['Dortmund', { lat: 51.5136, lng: 7.4653 }],
  ['Aachen (west edge)', { lat: 50.7753, lng: 6.0839 }],
  ['Flensburg', { lat: 54.7937, lng: 9.4469 }],
  ['Garmisch', { lat: 47.4921, lng: 11.0958 }],
  ['Görlitz (zone 32 extended east)', { lat: 51.1528, lng: 14.9872 }],
];

describe('UTM 32N (ETRS89)', () => {
  it('puts the central meridian at E 500 000 and the equator at N 0', () => {
    const u = toUtm({ lat: 0, lng: 9 });
    expect(u.easting).toBeCloseTo(500000, 6);
    expect(u.northing).toBeCloseTo(0, 6);
  });

  it.each(PLACES)('agrees with the Krüger series within 0.5 m: %s', (_name, p) => {
    const u = toUtm(p, 32);
    const k = krugerUtm(p, 32);
    expect(Math.abs(u.easting - k.easting)).toBeLessThan(0.5);
    expect(Math.abs(u.northing - k.northing)).toBeLessThan(0.5);
  });

  it('inverts to within a centimetre', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 47, max: 55.1, noNaN: true }),
        fc.double({ min: 5.8, max: 15.1, noNaN: true }),
        (lat, lng) => {
          const back = fromUtm(toUtm({ lat, lng }));
          // 1e-7° is about 1 cm.
          expect(Math.abs(back.lat - lat)).toBeLessThan(1e-7);
          expect(Math.abs(back.lng - lng)).toBeLessThan(1e-7);
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });

  it.each([
    '32U 361852 5702367',
    '32 361852 5702367',
    '361852 5702367',
    'E 361852 N 5702367',
    '32U 361851,8 5702366,5',
    '361852, 5702367',
  ])('reads %j', (text) => {
    const r = parseUtm(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.lat).toBeCloseTo(51.4556, 4);
      expect(r.value.lng).toBeCloseTo(7.0116, 4);
    }
  });

  it.each(['32U 3618 5702367', '99U 361852 5702367', '32U 961852 5702367', 'abc', '32U'])(
    'refuses %j with a message code, never a crash',
    (text) => {
      expect(parseUtm(text).ok).toBe(false);
    },
  );
});

describe('MGRS', () => {
  it.each(PLACES.slice(0, 3))('contains the UTM digits of the same point: %s', (_n, p) => {
    const m = toMgrs(p);
    const u = toUtm(p, 32);
    expect(m).toMatch(/^32U[A-Z]{2}\d{10}$/);
    const e = Number(m.slice(5, 10));
    const n = Number(m.slice(10, 15));
    expect(Math.abs(e - (Math.floor(u.easting) % 100000))).toBeLessThanOrEqual(1);
    expect(Math.abs(n - (Math.floor(u.northing) % 100000))).toBeLessThanOrEqual(1);
  });

  it('round-trips within the 1 m square', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 47, max: 55, noNaN: true }),
        fc.double({ min: 6, max: 12, noNaN: true }),
        (lat, lng) => {
          const r = parseMgrs(toMgrs({ lat, lng }));
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const u = toUtm({ lat, lng });
          const v = toUtm(r.value);
          expect(Math.hypot(u.easting - v.easting, u.northing - v.northing)).toBeLessThan(1.5);
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });

  it('reads spaced references and refuses malformed ones', () => {
    const m = toMgrs({ lat: 51.4556, lng: 7.0116 });
    const spaced = `${m.slice(0, 3)} ${m.slice(3, 5)} ${m.slice(5, 10)} ${m.slice(10)}`;
    expect(parseMgrs(spaced).ok).toBe(true);
    for (const bad of ['32ULC123', '32ILC1234512345', 'LC1234512345', '']) {
      expect(parseMgrs(bad).ok).toBe(false);
    }
  });
});

describe('degrees, minutes, seconds', () => {
  it.each([
    `51°27'20.2"N 7°00'41.8"E`,
    '51° 27′ 20,2″ N, 7° 0′ 41,8″ O',
    "N 51° 27.337' E 7° 0.697'",
    '51 27 20.2 N 7 0 41.8 E',
    `7°00'41.8"E 51°27'20.2"N`,
  ])('reads %j', (text) => {
    const r = parseDms(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.lat).toBeCloseTo(51.4556, 3);
      expect(r.value.lng).toBeCloseTo(7.0116, 3);
    }
  });

  it('keeps the hemisphere', () => {
    const r = parseDms(`33°51'31"S 151°12'51"E`);
    expect(r.ok && r.value.lat).toBeCloseTo(-33.8586, 3);
  });

  it.each([`51°61'00"N 7°00'00"E`, '51 27 N 52 0 N', '51.5 7.1', `51°27'N`, ''])(
    'refuses %j',
    (t) => {
      expect(parseDms(t).ok).toBe(false);
    },
  );

  it('parse ∘ format stays within the printed 0.1″ (≈ 3 m)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -89.99, max: 89.99, noNaN: true }),
        fc.double({ min: -179.99, max: 179.99, noNaN: true }),
        fc.constantFrom('de' as const, 'en' as const),
        (lat, lng, lang) => {
          const r = parseDms(formatDms({ lat, lng }, lang));
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(Math.abs(r.value.lat - lat)).toBeLessThan(0.051 / 3600);
          expect(Math.abs(r.value.lng - lng)).toBeLessThan(0.051 / 3600);
        },
      ),
      { numRuns: fcRuns(500) },
    );
  });
});

describe('any form', () => {
  it('recognises each form and shows all of them for one point', () => {
    const p = { lat: 51.4556, lng: 7.0116 };
    const forms = formatAllForms(p);
    expect(forms.decimal).toBe('51,4556; 7,0116');
    expect(forms.utm32).toBe('32U 361852 5702367');
    for (const [format, text] of [
      ['decimal', forms.decimal],
      ['dms', forms.dms],
      ['utm', forms.utm32],
      ['mgrs', forms.mgrs],
    ] as const) {
      const r = parseAnyCoordinate(text);
      expect(r.ok && r.format).toBe(format);
      if (r.ok) expect(r.value.lat).toBeCloseTo(51.4556, 4);
    }
  });

  it('names a range error and an unknown form', () => {
    expect(parseAnyCoordinate('95, 7')).toEqual({ ok: false, error: 'lat_range' });
    expect(parseAnyCoordinate('irgendwo in Essen')).toEqual({ ok: false, error: 'unknown_format' });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        parseAnyCoordinate(s);
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});
