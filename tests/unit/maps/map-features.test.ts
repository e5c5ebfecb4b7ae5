// The operation map's stored shape: what a plan may hold (coordinates in range, label and note
// limits, at most 500 features, vertex caps, unique ids) and that plans without a map still load.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newOperation, operationSchema } from '@shared/domain';
import { MAP_LIMITS, operationMapSchema, type MapFeature } from '@shared/maps/features';
import { fcRuns } from '../../support/fc-runs';

const at = (lat: number, lng: number) => ({ lat, lng });
const place = (id: string, lat = 51.46, lng = 7.01): MapFeature => ({
  id,
  kind: 'staging',
  label: 'Bereitstellungsraum',
  note: '',
  at: at(lat, lng),
});
const ring = (n: number) =>
  Array.from({ length: n }, (_, i) => at(51.46 + 0.001 * Math.sin(i), 7.01 + 0.001 * Math.cos(i)));
const parse = (features: unknown[]) => operationMapSchema.safeParse({ features });

describe('operationMapSchema', () => {
  it('accepts places, a cordon and a route', () => {
    const r = parse([
      place('a'),
      { id: 'b', kind: 'cordon', label: 'Absperrung', note: 'Nordseite', ring: ring(4) },
      { id: 'c', kind: 'route', label: 'Anfahrt', note: '', line: ring(2) },
    ]);
    expect(r.success).toBe(true);
  });

  it('refuses coordinates out of range, not finite or missing', () => {
    expect(parse([place('a', 91, 7)]).success).toBe(false);
    expect(parse([place('a', 51, -181)]).success).toBe(false);
    expect(parse([place('a', Number.NaN, 7)]).success).toBe(false);
    expect(parse([place('a', Number.POSITIVE_INFINITY, 7)]).success).toBe(false);
    expect(parse([{ id: 'a', kind: 'marker', label: '', note: '' }]).success).toBe(false);
  });

  it('refuses a cordon with fewer than 3 or more than the cap of corners, a route of one point', () => {
    const cordon = (n: number) => ({ id: 'b', kind: 'cordon', label: '', note: '', ring: ring(n) });
    expect(parse([cordon(2)]).success).toBe(false);
    expect(parse([cordon(MAP_LIMITS.vertices)]).success).toBe(true);
    expect(parse([cordon(MAP_LIMITS.vertices + 1)]).success).toBe(false);
    expect(parse([{ id: 'c', kind: 'route', label: '', note: '', line: ring(1) }]).success).toBe(
      false,
    );
  });

  it('caps labels, notes and the number of features, and refuses a doubled id', () => {
    expect(parse([{ ...place('a'), label: 'x'.repeat(MAP_LIMITS.label + 1) }]).success).toBe(false);
    expect(parse([{ ...place('a'), note: 'x'.repeat(MAP_LIMITS.note + 1) }]).success).toBe(false);
    const many = Array.from({ length: MAP_LIMITS.features + 1 }, (_, i) => place(`p${i}`));
    expect(parse(many.slice(0, MAP_LIMITS.features)).success).toBe(true);
    expect(parse(many).success).toBe(false);
    const doubled = parse([place('a'), place('a', 51.47)]);
    expect(doubled.success).toBe(false);
    expect(doubled.error?.issues[0]?.message).toBe('Ein Kartenelement ist doppelt vorhanden');
  });

  it('refuses unknown kinds and extra fields (a place cannot carry a ring)', () => {
    expect(parse([{ ...place('a'), kind: 'helipad' }]).success).toBe(false);
    expect(parse([{ ...place('a'), ring: ring(3) }]).success).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = operationMapSchema.safeParse(value);
        expect(typeof r.success).toBe('boolean');
      }),
      { numRuns: fcRuns(300) },
    );
  });
});

describe('Operation.map', () => {
  it('is empty on a new plan and may be missing on a plan stored before the map existed', () => {
    const op = newOperation({ codeName: 'KARTE' }, '2026-05-01T10:00:00.000Z');
    expect(op.map).toEqual({ features: [] });
    const { map: _, ...old } = op;
    expect(operationSchema.safeParse(old).success).toBe(true);
    expect(operationSchema.safeParse({ ...op, map: { features: [place('a', 95)] } }).success).toBe(
      false,
    );
  });
});
