// "Koordinaten aus Adressen ermitteln": for every premises without a location but with an
// address, the gazetteer's best house. A hit whose key is exactly the premises' address is
// proposed as accepted; a nearest-prefix hit ("5" found as "5a") is shown but left for the user
// to accept, since a wrong house puts a team at the wrong door.
import type { Premises } from '@shared/domain';
import { addressKey, normaliseHouseNumber, type GeocodeHit } from '@shared/gazetteer';
import { gazetteerDb, gazetteerGeocoder } from '../../map/geocode';

export interface GeocodeProposal {
  premises: Premises;
  hit: GeocodeHit | null;
  exact: boolean;
}

export function needsGeocoding(p: Premises): boolean {
  return p.location === null && p.address.street.trim() !== '' && p.address.city.trim() !== '';
}

export async function proposeLocations(
  list: readonly Premises[],
  onProgress?: (done: number) => void,
): Promise<GeocodeProposal[]> {
  const geocoder = gazetteerGeocoder(gazetteerDb());
  const out: GeocodeProposal[] = [];
  for (const p of list) {
    const a = p.address;
    const query = `${a.street} ${a.houseNumber} ${a.postalCode} ${a.city}`;
    const hits = await geocoder.search(query, { limit: 5 });
    const wanted = addressKey(a.street, normaliseHouseNumber(a.houseNumber), a.city);
    const exactHit = hits.find(
      (h) =>
        addressKey(
          h.address.street,
          normaliseHouseNumber(h.address.houseNumber),
          h.address.city,
        ) === wanted,
    );
    out.push({ premises: p, hit: exactHit ?? hits[0] ?? null, exact: exactHit !== undefined });
    onProgress?.(out.length);
  }
  return out;
}
