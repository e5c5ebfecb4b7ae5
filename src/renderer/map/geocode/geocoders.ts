// The two geocoders behind one search: the offline gazetteer (always asked) and the agency's
// Nominatim-compatible service (asked only while switched on in Einstellungen › Karte). The
// gazetteer's hits come first; the same address from both is listed once.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import {
  hitLabel,
  nominatimGeocoder,
  type GazetteerEntry,
  type Geocoder,
  type GeocodeHit,
} from '@shared/gazetteer';
import { useRepos } from '../../data/session';
import { GazetteerDb, searchGazetteer } from './gazetteer-db';

export function entryToHit(e: GazetteerEntry): GeocodeHit {
  const address = {
    street: e.street,
    houseNumber: e.houseNumber,
    postalCode: e.postalCode,
    city: e.place,
    district: e.district,
  };
  return {
    id: `gazetteer:${e.id}`,
    label: hitLabel(address),
    lat: e.lat,
    lng: e.lng,
    address,
    source: 'gazetteer',
  };
}

export function gazetteerGeocoder(db: GazetteerDb): Geocoder {
  return {
    async search(query, { limit }) {
      return (await searchGazetteer(db, query, limit)).map(entryToHit);
    },
  };
}

let shared: GazetteerDb | null = null;
/** The page's one connection to the gazetteer database. */
export function gazetteerDb(): GazetteerDb {
  shared ??= new GazetteerDb();
  return shared;
}

/** The agency's geocoder when switched on, else null (no request can be made). */
export function useServerGeocoder(): Geocoder | null {
  const repos = useRepos();
  const settings = useLiveQuery(() => repos.settings.get(), [repos]);
  const g = settings?.geocoder;
  return useMemo(
    () =>
      g?.enabled && g.url !== ''
        ? nominatimGeocoder(g.url, (url, init) => fetch(url, { ...init, credentials: 'omit' }))
        : null,
    [g],
  );
}

export interface AddressSearchState {
  hits: GeocodeHit[];
  pending: boolean;
  /** The server's failure (the gazetteer's hits are still shown). */
  serverError: string | null;
}

const GAZETTEER_DELAY_MS = 120;
/** The server is asked less eagerly than the local table: a request per pause, not per key. */
const SERVER_DELAY_MS = 450;

/** Address hits for a typed query, debounced, the stale answers dropped. */
export function useAddressSearch(query: string, limit = 8): AddressSearchState {
  const server = useServerGeocoder();
  const q = query.trim();
  // The answer for one query; an answer for an older query is not shown as current.
  const [answer, setAnswer] = useState<AddressSearchState & { query: string }>({
    query: '',
    hits: [],
    pending: false,
    serverError: null,
  });
  useEffect(() => {
    if (q.length < 3) return;
    const abort = new AbortController();
    let local: GeocodeHit[] = [];
    let remote: GeocodeHit[] = [];
    let serverError: string | null = null;
    let open = server ? 2 : 1;
    const publish = () => {
      if (abort.signal.aborted) return;
      const seen = new Set<string>();
      const hits = [...local, ...remote].filter((h) => {
        const k = h.label.toLowerCase();
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      setAnswer({ query: q, hits: hits.slice(0, limit), pending: open > 0, serverError });
    };
    const t1 = setTimeout(() => {
      gazetteerGeocoder(gazetteerDb())
        .search(q, { limit })
        .then((h) => (local = h))
        .catch(() => (local = []))
        .finally(() => {
          open--;
          publish();
        });
    }, GAZETTEER_DELAY_MS);
    const t2 = server
      ? setTimeout(() => {
          server
            .search(q, { limit, signal: abort.signal })
            .then((h) => (remote = h))
            .catch((e: unknown) => {
              if (!abort.signal.aborted) serverError = e instanceof Error ? e.message : String(e);
            })
            .finally(() => {
              open--;
              publish();
            });
        }, SERVER_DELAY_MS)
      : undefined;
    return () => {
      abort.abort();
      clearTimeout(t1);
      clearTimeout(t2);
    };
  }, [q, server, limit]);
  if (q.length < 3) return { hits: [], pending: false, serverError: null };
  if (answer.query !== q) return { hits: answer.hits, pending: true, serverError: null };
  return answer;
}
