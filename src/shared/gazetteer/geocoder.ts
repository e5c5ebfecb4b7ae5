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

export const geocoderSettingsSchema = z.strictObject({
  /** Base URL of the Nominatim-compatible service; `/search` is appended. */
  url: z
    .string()
    .trim()
    .max(500)
    .refine((u) => u === '' || geocoderOrigin(u) !== null, 'Nur https-Adressen ohne Zugangsdaten.'),
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
