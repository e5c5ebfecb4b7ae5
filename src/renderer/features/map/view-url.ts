// Karte's view in the URL (centre, zoom, filters), so a reload, a shared link or the way back
// from a premises shows the same map. Parsing is lenient: an unreadable value is dropped, never
// thrown, since anyone can type a URL.
import { TARGET_STATUSES, type TargetStatus } from '@shared/domain';
import { readTypedDate } from '../../ui/DateField';
import { NO_FILTERS, type OverviewFilters } from './overview-model';

export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

export interface MapUrlState {
  view: MapView | null;
  filters: OverviewFilters;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[\w-]{1,80}$/;

const code = (v: string | null): string | null => (v !== null && CODE.test(v) ? v : null);
// A day the date field itself would take: `2026-02-31` has the shape but is no day.
const date = (v: string | null): string | null =>
  v !== null && DATE.test(v) && readTypedDate(v) === v ? v : null;

function readView(params: URLSearchParams): MapView | null {
  const c = params.get('c')?.split(',').map(Number);
  const zoom = Number(params.get('z'));
  if (!c || c.length !== 2) return null;
  const [lat, lng] = c as [number, number];
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 85 || Math.abs(lng) > 180)
    return null;
  if (!Number.isInteger(zoom) || zoom < 3 || zoom > 19) return null;
  return { lat, lng, zoom };
}

export function readMapUrl(params: URLSearchParams): MapUrlState {
  const status = params.get('status');
  const months = Number(params.get('months'));
  return {
    view: readView(params),
    filters: {
      operationId: code(params.get('op')),
      status: (TARGET_STATUSES as readonly string[]).includes(status ?? '')
        ? (status as TargetStatus)
        : null,
      kind: code(params.get('kind')),
      municipality: code(params.get('mun')),
      from: date(params.get('from')),
      to: date(params.get('to')),
      inspectedMonths: Number.isInteger(months) && months >= 1 && months <= 120 ? months : null,
    },
  };
}

export function writeMapUrl({ view, filters: f }: MapUrlState): URLSearchParams {
  const out = new URLSearchParams();
  if (view) {
    out.set('c', `${view.lat.toFixed(5)},${view.lng.toFixed(5)}`);
    out.set('z', String(view.zoom));
  }
  const set = (key: string, value: string | number | null) => {
    if (value !== null) out.set(key, String(value));
  };
  set('op', f.operationId);
  set('status', f.status);
  set('kind', f.kind);
  set('mun', f.municipality);
  set('from', f.from);
  set('to', f.to);
  set('months', f.inspectedMonths);
  return out;
}

export const hasFilters = (f: OverviewFilters): boolean =>
  (Object.keys(NO_FILTERS) as (keyof OverviewFilters)[]).some((k) => f[k] !== null);
