// What changed on the operation map between two versions of a plan, as facts the revision
// compare puts into words ("Sammelpunkt verschoben um 120 m nach Nordosten", "Absperrung
// geändert: 6 statt 4 Eckpunkte"). Pure; the renderer translates each change.
import { featurePoints, type LatLng, type MapFeature, type MapFeatureKind } from './features';

export const COMPASS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
export type Compass = (typeof COMPASS)[number];

interface Named {
  id: string;
  kind: MapFeatureKind;
  /** The label after the change (before it for a removed feature); may be empty. */
  label: string;
}

export type MapChange =
  | (Named & { type: 'added' | 'removed' })
  | (Named & { type: 'moved'; meters: number; direction: Compass })
  | (Named & { type: 'reshaped'; pointsBefore: number; pointsAfter: number })
  | (Named & { type: 'relabelled'; before: string })
  | (Named & { type: 'noteChanged' })
  | (Named & { type: 'retyped'; before: MapFeatureKind });

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine; exact enough for moves within a town). */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The direction from `a` to `b` on an eight-point compass (initial great-circle bearing). */
export function compassDirection(a: LatLng, b: LatLng): Compass {
  const y = Math.sin(rad(b.lng - a.lng)) * Math.cos(rad(b.lat));
  const x =
    Math.cos(rad(a.lat)) * Math.sin(rad(b.lat)) -
    Math.sin(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.cos(rad(b.lng - a.lng));
  const bearing = ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
  return COMPASS[Math.round(bearing / 45) % 8] ?? 'n';
}

/** Moves shorter than this are a click's jitter, not a change worth a line. */
const MIN_MOVE_M = 1;

function centroid(points: readonly LatLng[]): LatLng {
  const n = Math.max(1, points.length);
  return {
    lat: points.reduce((s, p) => s + p.lat, 0) / n,
    lng: points.reduce((s, p) => s + p.lng, 0) / n,
  };
}

function geometryChanges(a: MapFeature, b: MapFeature, named: Named): MapChange[] {
  const pa = featurePoints(a);
  const pb = featurePoints(b);
  if (pa.length === 1 && pb.length === 1) {
    const [from, to] = [pa[0], pb[0]];
    if (!from || !to) return [];
    const meters = distanceMeters(from, to);
    return meters < MIN_MOVE_M
      ? []
      : [
          {
            ...named,
            type: 'moved',
            meters: Math.round(meters),
            direction: compassDirection(from, to),
          },
        ];
  }
  const same =
    pa.length === pb.length &&
    pa.every((p, i) => {
      const q = pb[i];
      return q !== undefined && distanceMeters(p, q) < MIN_MOVE_M;
    });
  if (same) return [];
  if (pa.length === pb.length) {
    // The same outline shifted as a whole reads better as a move than as "changed".
    const shift = distanceMeters(centroid(pa), centroid(pb));
    const shape = pa.every((p, i) => {
      const q = pb[i];
      return q !== undefined && Math.abs(distanceMeters(p, q) - shift) < Math.max(1, shift * 0.05);
    });
    if (shape) {
      return [
        {
          ...named,
          type: 'moved',
          meters: Math.round(shift),
          direction: compassDirection(centroid(pa), centroid(pb)),
        },
      ];
    }
  }
  return [{ ...named, type: 'reshaped', pointsBefore: pa.length, pointsAfter: pb.length }];
}

/** The changes from `before` to `after`, in the order of `after` (removed features last). */
export function describeMapChanges(
  before: readonly MapFeature[] | undefined,
  after: readonly MapFeature[] | undefined,
): MapChange[] {
  const old = new Map((before ?? []).map((f) => [f.id, f]));
  const now = new Set((after ?? []).map((f) => f.id));
  const out: MapChange[] = [];
  for (const b of after ?? []) {
    const named: Named = { id: b.id, kind: b.kind, label: b.label };
    const a = old.get(b.id);
    if (!a) {
      out.push({ ...named, type: 'added' });
      continue;
    }
    if (a.kind !== b.kind) out.push({ ...named, type: 'retyped', before: a.kind });
    out.push(...geometryChanges(a, b, named));
    if (a.label !== b.label) out.push({ ...named, type: 'relabelled', before: a.label });
    if (a.note !== b.note) out.push({ ...named, type: 'noteChanged' });
  }
  for (const a of before ?? []) {
    if (!now.has(a.id)) out.push({ id: a.id, kind: a.kind, label: a.label, type: 'removed' });
  }
  return out;
}
