// The geocoder seam: one interface, answered by the offline gazetteer (always there once
// imported) and by the agency's Nominatim-compatible service (off unless the user switched it on
// after a notice, like the map server). Nothing here talks to a network by itself.
import { z } from 'zod';
import { tileOriginFromTemplate } from '../security/csp';

export interface GeocodeAddress {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  district: string;
}

export interface GeocodeHit {
  id: string;
  /** One line for a list: "Hauptstraße 5, 45127 Essen". */
  label: string;
  lat: number;
  lng: number;
  address: GeocodeAddress;
  source: 'gazetteer' | 'server';
}

export interface Geocoder {
  search(query: string, options: { limit: number; signal?: AbortSignal }): Promise<GeocodeHit[]>;
}

export function hitLabel(a: GeocodeAddress): string {
  const street = [a.street, a.houseNumber].filter((s) => s !== '').join(' ');
  const place = [a.postalCode, a.city].filter((s) => s !== '').join(' ');
  return [street, place].filter((s) => s !== '').join(', ');
}

/** The https origin of a geocoder URL (what the policy admits), or null when it is not one. */
export function geocoderOrigin(url: string): string | null {
  return tileOriginFromTemplate(url.trim());
}

const MAX_URL = 500;

/**
 * What is wrong with a geocoder base URL, in words for the user, or null when it will do. Each
 * problem gets its own message: one catch-all sentence named the wrong problem for a host that
 * was only too long.
 */
export function geocoderUrlProblem(input: string): string | null {
  const u = input.trim();
  if (u === '') return null;
  if (u.length > MAX_URL) return `Die Adresse ist zu lang (höchstens ${MAX_URL} Zeichen).`;
  let url: URL;
  try {
    url = new URL(u);
  } catch {
    return 'Keine gültige Adresse. Beispiel: https://geocoder.dienststelle.example/nominatim';
  }
  if (url.protocol !== 'https:') return 'Nur https-Adressen sind erlaubt.';
  if (url.username || url.password) return 'Die Adresse darf keine Zugangsdaten enthalten.';
  // DNS limits: 253 characters for the name, 63 for each part between the dots.
  if (url.hostname.length > 253 || url.hostname.split('.').some((l) => l.length > 63))
    return 'Der Servername ist zu lang (höchstens 253 Zeichen, je Teil zwischen Punkten 63).';
  // The app appends /search and its own parameters; a query or fragment here would be sent
  // along with every search or break the request.
  if (url.search !== '' || u.includes('?'))
    return 'Die Adresse darf keine Parameter (?…) enthalten; die Anwendung hängt die Suche selbst an.';
  if (url.hash !== '' || u.includes('#'))
    return 'Die Adresse darf keine Sprungmarke (#…) enthalten.';
  if (geocoderOrigin(u) === null) return 'Nur https-Adressen ohne Zugangsdaten.';
  return null;
}

export const geocoderSettingsSchema = z.strictObject({
  /** Base URL of the Nominatim-compatible service; `/search` is appended. */
  url: z
    .string()
    .trim()
    .max(MAX_URL)
    // Stored records are read with the rule they were saved under; new input is held to
    // geocoderUrlProblem first (no query string), which this must not refuse retroactively.
    .refine((u) => u === '' || geocoderOrigin(u) !== null, {
      error: (iss) =>
        (typeof iss.input === 'string' ? geocoderUrlProblem(iss.input) : null) ??
        'Nur https-Adressen ohne Zugangsdaten.',
    }),
  /** True only after the user confirmed the notice that queries reveal the addresses searched. */
  enabled: z.boolean(),
});
export type GeocoderSettings = z.infer<typeof geocoderSettingsSchema>;

export const DEFAULT_GEOCODER_SETTINGS: GeocoderSettings = { url: '', enabled: false };

/** The host the policy must admit for these settings: the service's origin only while it is on. */
export function geocoderHosts(settings: GeocoderSettings | undefined): string[] {
  if (!settings?.enabled || settings.url === '') return [];
  const origin = geocoderOrigin(settings.url);
  return origin === null ? [] : [origin];
}
