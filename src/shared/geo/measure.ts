// Distances and areas measured on the map, on the ellipsoid rather than on the screen: Web
// Mercator stretches lengths by 1/cos(latitude) (about 1.6× in Germany), so a measure drawn on
// the map must not be read off pixels. Distances use Vincenty's inverse formula on WGS84
// (millimetres); areas use the spherical-excess formula on the authalic sphere, which is within
// a fraction of a percent for the areas a cordon covers.
import type { LatLng } from './coordinates';

const A = 6378137;
const F = 1 / 298.257223563;
const B = A * (1 - F);
/** Radius of the sphere with the ellipsoid's surface area (authalic radius, WGS84). */
const AUTHALIC_RADIUS = 6371007.181;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Geodesic distance in metres between two points (Vincenty inverse on WGS84). */
export function geodesicDistance(p: LatLng, q: LatLng): number {
  const L = rad(q.lng - p.lng);
  const U1 = Math.atan((1 - F) * Math.tan(rad(p.lat)));
  const U2 = Math.atan((1 - F) * Math.tan(rad(q.lat)));
  const sinU1 = Math.sin(U1);
  const cosU1 = Math.cos(U1);
  const sinU2 = Math.sin(U2);
  const cosU2 = Math.cos(U2);
  let lambda = L;
  for (let i = 0; i < 200; i++) {
    const sinL = Math.sin(lambda);
    const cosL = Math.cos(lambda);
    const sinSigma = Math.hypot(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL);
    if (sinSigma === 0) return 0;
    const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    const sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    const cos2Alpha = 1 - sinAlpha * sinAlpha;
    // On the equator cos²α is 0 and the term below is undefined but irrelevant.
    const cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (F / 16) * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
    const prev = lambda;
    lambda =
      L +
      (1 - C) *
        F *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(lambda - prev) < 1e-12) {
      const u2 = (cos2Alpha * (A * A - B * B)) / (B * B);
      const bigA = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
      const bigB = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
      const deltaSigma =
        bigB *
        sinSigma *
        (cos2SigmaM +
          (bigB / 4) *
            (cosSigma * (-1 + 2 * cos2SigmaM ** 2) -
              (bigB / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
      return B * bigA * (sigma - deltaSigma);
    }
  }
  // Nearly antipodal points do not converge; nothing on a German map is. Fall back to the sphere.
  return haversine(p, q);
}

function haversine(p: LatLng, q: LatLng): number {
  const dLat = rad(q.lat - p.lat);
  const dLng = rad(q.lng - p.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(p.lat)) * Math.cos(rad(q.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * AUTHALIC_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length in metres of a path through the points in order. */
export function pathLength(points: readonly LatLng[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) sum += geodesicDistance(a, b);
  }
  return sum;
}

/**
 * Area in square metres of the polygon through the points (closed implicitly), by the spherical
 * excess of its edges (Chamberlain & Duquette 2007). Zero for fewer than three points.
 */
export function polygonArea(points: readonly LatLng[]): number {
  if (points.length < 3) return 0;
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i];
    const b = points[(i + 1) % points.length];
    if (!a || !b) continue;
    sum += rad(b.lng - a.lng) * (2 + Math.sin(rad(a.lat)) + Math.sin(rad(b.lat)));
  }
  return Math.abs((sum * AUTHALIC_RADIUS * AUTHALIC_RADIUS) / 2);
}

/** "850 m", "1,25 km"; "320 m²", "1,4 ha", "2,3 km²" — units a planner reads at a glance. */
export function formatDistance(metres: number, lang: 'de' | 'en' = 'de'): string {
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  if (metres < 1000) return `${Math.round(metres).toLocaleString(locale)} m`;
  return `${(metres / 1000).toLocaleString(locale, { maximumFractionDigits: 2 })} km`;
}

export function formatArea(squareMetres: number, lang: 'de' | 'en' = 'de'): string {
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  if (squareMetres < 10_000) return `${Math.round(squareMetres).toLocaleString(locale)} m²`;
  if (squareMetres < 1_000_000)
    return `${(squareMetres / 10_000).toLocaleString(locale, { maximumFractionDigits: 2 })} ha`;
  return `${(squareMetres / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 2 })} km²`;
}
