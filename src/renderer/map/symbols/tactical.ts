// German tactical symbols (DV 102, `taktische-zeichen-core`) for the operation map's places,
// where the library has a fitting sign; the other places are drawn as labelled badges.
import { erzeugeTaktischesZeichen, type TaktischesZeichen } from 'taktische-zeichen-core';
import type { MapPlaceKind } from '@shared/maps/features';

const SIGNS: Partial<Record<MapPlaceKind, TaktischesZeichen>> = {
  command_post: { grundzeichen: 'befehlsstelle', organisation: 'polizei' },
  assembly: { grundzeichen: 'stelle', organisation: 'polizei', symbol: 'sammeln' },
  staging: { grundzeichen: 'stelle', organisation: 'polizei', text: 'BR' },
  hospital: { grundzeichen: 'stelle', fachaufgabe: 'krankenhaus' },
  custody: { grundzeichen: 'gebaeude', organisation: 'polizei', text: 'Gew' },
};

export interface TacticalImage {
  url: string;
  width: number;
  height: number;
}

const cache = new Map<MapPlaceKind, TacticalImage | null>();

/** The sign of a place kind as an image URL, or null where the library has none. */
export function tacticalImage(kind: MapPlaceKind): TacticalImage | null {
  const known = cache.get(kind);
  if (known !== undefined) return known;
  const spec = SIGNS[kind];
  let image: TacticalImage | null = null;
  if (spec) {
    // The library's own `dataUrl` logs every SVG to the console; the markup is encoded here.
    // The font is not embedded: the CSP admits fonts only from the app, and the few letters
    // (BR, Gew) read fine in the fallback face.
    const sign = erzeugeTaktischesZeichen({ ...spec, skipFontRegistration: true });
    const [width, height] = sign.size;
    image = {
      url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sign.toString())}`,
      width,
      height,
    };
  }
  cache.set(kind, image);
  return image;
}
