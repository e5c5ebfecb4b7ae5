// A Nominatim-compatible search service (the agency's own, never a public default): the request
// it gets and how its answer becomes GeocodeHits. The answer is untrusted input: checked with a
// schema, capped, and a hit without usable coordinates is dropped rather than placed at 0/0.
import { z } from 'zod';
import { hitLabel, type Geocoder, type GeocodeHit } from './geocoder';

const MAX_HITS = 20;

export function nominatimSearchUrl(baseUrl: string, query: string, limit: number): string {
  const base = baseUrl
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/search$/, '');
  const params = new URLSearchParams({
    q: query.trim().slice(0, 200),
    format: 'jsonv2',
    addressdetails: '1',
    limit: String(Math.max(1, Math.min(MAX_HITS, Math.floor(limit)))),
    countrycodes: 'de',
  });
  return `${base}/search?${params.toString()}`;
}

const text = z.string().max(300).optional();
const resultSchema = z.looseObject({
  place_id: z.union([z.number(), z.string().max(100)]),
  lat: z.string().max(40),
  lon: z.string().max(40),
  display_name: z.string().max(1000).optional(),
  address: z
    .looseObject({
      road: text,
      pedestrian: text,
      house_number: text,
      postcode: text,
      city: text,
      town: text,
      village: text,
      municipality: text,
      suburb: text,
      city_district: text,
    })
    .optional(),
});
const responseSchema = z.array(z.unknown()).max(1000);

/** The hits of one response; throws only when the body is not a list at all. */
export function mapNominatimResponse(body: unknown): GeocodeHit[] {
  const list = responseSchema.parse(body);
  const hits: GeocodeHit[] = [];
  for (const item of list) {
    const r = resultSchema.safeParse(item);
    if (!r.success) continue;
    const lat = Number(r.data.lat);
    const lng = Number(r.data.lon);
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
      continue;
    const a = r.data.address ?? {};
    const address = {
      street: a.road ?? a.pedestrian ?? '',
      houseNumber: a.house_number ?? '',
      postalCode: a.postcode ?? '',
      city: a.city ?? a.town ?? a.village ?? a.municipality ?? '',
      district: a.suburb ?? a.city_district ?? '',
    };
    const label = hitLabel(address) || (r.data.display_name ?? '').slice(0, 200);
    hits.push({ id: `server:${r.data.place_id}`, label, lat, lng, address, source: 'server' });
    if (hits.length === MAX_HITS) break;
  }
  return hits;
}

/** What the geocoder needs of `fetch` (injected: the renderer passes the page's own). */
export type FetchJson = (
  url: string,
  init: { signal?: AbortSignal; headers: Record<string, string> },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export class GeocoderHttpError extends Error {
  constructor(readonly status: number) {
    super(`Der Geocoding-Dienst antwortete mit Status ${status}.`);
    this.name = 'GeocoderHttpError';
  }
}

export function nominatimGeocoder(baseUrl: string, fetchJson: FetchJson): Geocoder {
  return {
    async search(query, { limit, signal }) {
      if (query.trim() === '') return [];
      const res = await fetchJson(nominatimSearchUrl(baseUrl, query, limit), {
        signal,
        headers: { Accept: 'application/json', 'Accept-Language': 'de' },
      });
      if (!res.ok) throw new GeocoderHttpError(res.status);
      return mapNominatimResponse(await res.json()).slice(0, limit);
    },
  };
}
