// The input of a map extract as plain data, so the object sheet, the Lagekarte, the print view
// and the briefing's worker all describe an extract the same way. Only the basemap is a
// function (it reads tiles); without one the extract draws the neutral grid.
import type { LatLng, MapFeature, MapFeatureKind } from '@shared/maps/features';
import type { GeoBounds } from '@shared/maps/mercator';

export interface ExtractTarget {
  /** The target's number as in the plan. */
  number: number;
  label: string;
  at: LatLng;
}

export interface ExtractInput {
  /** Shown whole and centred (the sheet's aspect decides how much more is seen around it). */
  area: GeoBounds;
  /** The PNG's size in pixels. */
  width: number;
  height: number;
  targets: readonly ExtractTarget[];
  features: readonly MapFeature[];
  /** The classification marking, e.g. "VS – NUR FÜR DEN DIENSTGEBRAUCH". */
  marking: string;
  /** Legend words in the user's language; an entry is listed only when drawn. */
  legend: {
    /** That language's i18n code (`de`, `en`): the grid's degrees are written its way too. */
    language: string;
    title: string;
    target: string;
    kinds: Partial<Record<MapFeatureKind, string>>;
  };
  /** Closest zoom: one premises is shown with its street, not one roof. */
  maxZoom?: number;
}

/** Where basemap tiles come from: the live map's own source, read tile by tile. */
export interface ExtractBasemap {
  /** Only raster tiles are drawn; vector tiles fall back to the grid (see ARCHITECTURE). */
  kind: 'png' | 'jpeg' | 'webp';
  minZoom: number;
  maxZoom: number;
  /** The tile's encoded bytes, or null where the basemap has none. */
  tile(z: number, x: number, y: number, signal?: AbortSignal): Promise<ArrayBuffer | null>;
}
