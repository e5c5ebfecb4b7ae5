// Coordinates as typed and pasted: point and comma, pairs, ranges never clamped, round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDegree, formatLatLng, looksLikePair, parseDegree, parseLatLng } from '@shared/geo';
import { fcRuns } from '../../support/fc-runs';

describe('parseDegree', () => {
  it.each([
    ['51.5075', 51.5075],
    ['51,5075', 51.5075],
    ['7.1000', 7.1],
    [' 7,1 ', 7.1],
    ['-7,25', -7.25],
    ['\u22127,25', -7.25],
    ['+51', 51],
    ['51.5075°', 51.5075],
    ['0', 0],
    ['-0', 0],
  ])('reads %s', (text, value) => {
    expect(parseDegree(text, text.includes('7') && !text.includes('51') ? 'lng' : 'lat')).toEqual({
      ok: true,
      value,
    });
  });

  it('never clamps: out of range is an error, not 90 or 180', () => {
    expect(parseDegree('91', 'lat')).toEqual({ ok: false, error: 'lat_range' });
    expect(parseDegree('71000', 'lng')).toEqual({ ok: false, error: 'not_a_number' });
    expect(parseDegree('180,5', 'lng')).toEqual({ ok: false, error: 'lng_range' });
    expect(parseDegree('-90,0001', 'lat')).toEqual({ ok: false, error: 'lat_range' });
  });

  it.each(['', '  ', 'abc', '51.507.5', '7,1,0', '1e3', '0x1A', 'NaN', 'Infinity', '51..5', ','])(
    'refuses %j',
    (text) => {
      const r = parseDegree(text, 'lat');
      expect(r.ok).toBe(false);
    },
  );
});

describe('parseLatLng', () => {
  it.each([
    ['51.5075, 7.1000'],
    ['51.5075,7.1000'],
    ['51,5075, 7,1000'],
    ['51,5075;7,1000'],
    ['51,5075 7,1000'],
    ['51,5075,7,1000'],
    ['51.5075\t7.1'],
  ])('reads the pasted pair %j', (text) => {
    expect(parseLatLng(text)).toEqual({ ok: true, value: { lat: 51.5075, lng: 7.1 } });
    expect(looksLikePair(text)).toBe(true);
  });

  it('does not take one German decimal for a pair', () => {
    expect(looksLikePair('51,507')).toBe(false);
    expect(looksLikePair('51.5075')).toBe(false);
  });

  it('reports which half is wrong', () => {
    expect(parseLatLng('95, 7')).toEqual({ ok: false, error: 'lat_range' });
    expect(parseLatLng('51, 190')).toEqual({ ok: false, error: 'lng_range' });
    expect(parseLatLng('51')).toEqual({ ok: false, error: 'pair_expected' });
  });
});

describe('format', () => {
  it('writes German decimals without trailing zeros', () => {
    expect(formatDegree(51.5075)).toBe('51,5075');
    expect(formatDegree(7.1)).toBe('7,1');
    expect(formatDegree(-0.0000001)).toBe('0');
    expect(formatLatLng({ lat: 51.5075, lng: 7.1 })).toBe('51,5075; 7,1');
    expect(formatLatLng({ lat: 51.5075, lng: 7.1 }, '.')).toBe('51.5075, 7.1');
  });

  it('parse ∘ format is the identity for values with up to six decimals', () => {
    const degree = (limit: number) =>
      fc.integer({ min: -limit * 1e6, max: limit * 1e6 }).map((n) => n / 1e6);
    fc.assert(
      fc.property(
        degree(90),
        degree(180),
        fc.constantFrom(',' as const, '.' as const),
        (lat, lng, sep) => {
          expect(parseDegree(formatDegree(lat, sep), 'lat')).toEqual({
            ok: true,
            value: lat === 0 ? 0 : lat,
          });
          expect(parseLatLng(formatLatLng({ lat, lng }, sep))).toEqual({
            ok: true,
            value: { lat: lat === 0 ? 0 : lat, lng: lng === 0 ? 0 : lng },
          });
        },
      ),
      { numRuns: fcRuns(500) },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        parseDegree(s, 'lat');
        parseLatLng(s);
      }),
      { numRuns: fcRuns(500) },
    );
  });
});
