// 50 000 located premises for the map benchmark (B6): the search benchmark's premises, spread
// over the Ruhr area in a deterministic pattern with denser town centres, as a real registry is.
import type { Premises } from '@shared/domain';
import { premisesDataset } from '../premises-dataset';

const CENTRES: readonly [number, number][] = [
  [51.4556, 7.0116], // Essen
  [51.5136, 7.4653], // Dortmund
  [51.4344, 6.7623], // Duisburg
  [51.4818, 7.2162], // Bochum
  [51.5177, 7.0857], // Gelsenkirchen
];

/** A repeatable spread in [0, 1) (no Math.random: both runs draw the same map). */
const spread = (i: number, salt: number): number => {
  const x = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

export function mapPremisesDataset(n: number, now: string): Premises[] {
  return premisesDataset(n, now).map((p, i) => {
    const [lat, lng] = CENTRES[i % CENTRES.length] ?? [51.45, 7.0];
    // Half near a centre, half across the whole area.
    const near = i % 2 === 0;
    const dLat = (spread(i, 1) - 0.5) * (near ? 0.06 : 0.35);
    const dLng = (spread(i, 2) - 0.5) * (near ? 0.1 : 1.0);
    return { ...p, location: { lat: lat + dLat, lng: lng + dLng } };
  });
}

export const MAP_BENCH_COUNT = 50_000;
