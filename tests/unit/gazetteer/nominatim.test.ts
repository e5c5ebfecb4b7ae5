// The agency's Nominatim-compatible geocoder: the request it sends and how its answer becomes
// hits, against a real HTTP server on localhost (the answers are what Nominatim 4 sends).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  geocoderHosts,
  geocoderSettingsSchema,
  geocoderUrlProblem,
  GeocoderHttpError,
  mapNominatimResponse,
  nominatimGeocoder,
  nominatimSearchUrl,
} from '@shared/gazetteer';

const NOMINATIM_HIT = {
  place_id: 129_001,
  licence: 'Data © OpenStreetMap contributors, ODbL 1.0.',
  osm_type: 'node',
  osm_id: 42,
  lat: '51.4380123',
  lon: '7.0040456',
  category: 'place',
  type: 'house',
  place_rank: 30,
  importance: 0.00001,
  addresstype: 'place',
  name: '',
  display_name:
    '12a, Rüttenscheider Straße, Rüttenscheid, Essen, Nordrhein-Westfalen, 45130, Deutschland',
  address: {
    house_number: '12a',
    road: 'Rüttenscheider Straße',
    suburb: 'Rüttenscheid',
    city: 'Essen',
    state: 'Nordrhein-Westfalen',
    postcode: '45130',
    country: 'Deutschland',
    country_code: 'de',
  },
  boundingbox: ['51.43', '51.44', '7.00', '7.01'],
};

let server: Server;
let base = '';
const seen: IncomingMessage[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: [] };

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    res.writeHead(answer.status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/nominatim/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const geocoder = () => nominatimGeocoder(base, (url, init) => fetch(url, init));

describe('Nominatim geocoder', () => {
  it('asks /search with the query, jsonv2, address details, the limit and Germany only', async () => {
    answer = { status: 200, body: [NOMINATIM_HIT] };
    seen.length = 0;
    const hits = await geocoder().search('Rüttenscheider Str. 12a, Essen', { limit: 5 });
    const url = new URL(seen[0]?.url ?? '', 'http://x');
    expect(url.pathname).toBe('/nominatim/search');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'Rüttenscheider Str. 12a, Essen',
      format: 'jsonv2',
      addressdetails: '1',
      limit: '5',
      countrycodes: 'de',
    });
    expect(seen[0]?.headers['accept-language']).toBe('de');
    expect(hits).toEqual([
      {
        id: 'server:129001',
        label: 'Rüttenscheider Straße 12a, 45130 Essen',
        lat: 51.4380123,
        lng: 7.0040456,
        address: {
          street: 'Rüttenscheider Straße',
          houseNumber: '12a',
          postalCode: '45130',
          city: 'Essen',
          district: 'Rüttenscheid',
        },
        source: 'server',
      },
    ]);
  });

  it('an error status is an error with the status, not an empty list', async () => {
    answer = { status: 503, body: { error: 'busy' } };
    await expect(geocoder().search('x', { limit: 5 })).rejects.toBeInstanceOf(GeocoderHttpError);
  });

  it('an empty query asks nothing', async () => {
    seen.length = 0;
    expect(await geocoder().search('  ', { limit: 5 })).toEqual([]);
    expect(seen).toHaveLength(0);
  });

  it('drops hits without usable coordinates and falls back to the display name', () => {
    const hits = mapNominatimResponse([
      { place_id: 1, lat: 'x', lon: '7' },
      { place_id: 2, lat: '95', lon: '7' },
      { place_id: 3 },
      'nonsense',
      { place_id: 4, lat: '51.5', lon: '7.1', display_name: 'Gelsenkirchen, Deutschland' },
    ]);
    expect(hits.map((h) => [h.id, h.label])).toEqual([['server:4', 'Gelsenkirchen, Deutschland']]);
    expect(() => mapNominatimResponse({ error: 'x' })).toThrow();
  });

  it('caps the limit and keeps the base path', () => {
    expect(nominatimSearchUrl('https://geo.polizei.example/nominatim/search', 'a', 500)).toBe(
      'https://geo.polizei.example/nominatim/search?q=a&format=jsonv2&addressdetails=1&limit=20&countrycodes=de',
    );
  });

  it('settings: https only, and a host for the policy only while switched on', () => {
    expect(
      geocoderSettingsSchema.safeParse({ url: 'http://geo.example', enabled: true }).success,
    ).toBe(false);
    expect(
      geocoderSettingsSchema.safeParse({ url: 'https://u:p@geo.example', enabled: true }).success,
    ).toBe(false);
    expect(geocoderHosts({ url: 'https://geo.example/nominatim', enabled: false })).toEqual([]);
    // The message names the problem (review: a long host was told "no credentials").
    const tooLongHost = `https://${'a'.repeat(300)}.de`;
    expect(geocoderUrlProblem(tooLongHost)).toMatch(/Servername ist zu lang/);
    expect(
      geocoderSettingsSchema.safeParse({ url: tooLongHost, enabled: false }).error?.issues[0]
        ?.message,
    ).toMatch(/Servername ist zu lang/);
    expect(geocoderUrlProblem(`https://${'a'.repeat(64)}.example.de`)).toMatch(/je Teil/);
    expect(geocoderUrlProblem('https://geo.example/nominatim?q=<script>')).toMatch(/Parameter/);
    expect(geocoderUrlProblem('https://geo.example/nominatim#x')).toMatch(/Sprungmarke/);
    expect(geocoderUrlProblem('http://geo.example')).toBe('Nur https-Adressen sind erlaubt.');
    expect(geocoderUrlProblem('https://u:p@geo.example')).toMatch(/Zugangsdaten/);
    expect(geocoderUrlProblem(`https://geo.example/${'x'.repeat(600)}`)).toMatch(/zu lang/);
    expect(geocoderUrlProblem('geo example')).toMatch(/Keine gültige Adresse/);
    expect(geocoderUrlProblem('https://geo.example/nominatim')).toBeNull();
    expect(geocoderUrlProblem('')).toBeNull();
    expect(geocoderHosts({ url: 'https://geo.example/nominatim', enabled: true })).toEqual([
      'https://geo.example',
    ]);
  });
});
