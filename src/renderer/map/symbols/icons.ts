// Marker icons of the operation map, built from DOM nodes (never from HTML strings): labels
// are user text and go in as text only.
import type { MapPlaceKind } from '@shared/maps/features';
import { L } from '../leaflet-setup';
import { tacticalImage } from './tactical';
import './symbols.css';

/** Short marks for places without a tactical sign (and the free marker). */
const BADGE: Record<MapPlaceKind, string> = {
  staging: 'BR',
  assembly: 'S',
  command_post: 'B',
  custody: 'G',
  hospital: 'K',
  press: 'P',
  marker: '•',
};

function labelNode(text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'vp-map-label';
  span.textContent = text;
  return span;
}

/** A place: its tactical sign (or a badge) with its label beneath. */
export function placeIcon(kind: MapPlaceKind, label: string, selected = false): L.DivIcon {
  const root = document.createElement('div');
  root.className = `vp-map-place${selected ? ' vp-map-selected' : ''}`;
  const sign = tacticalImage(kind);
  if (sign) {
    const img = document.createElement('img');
    img.src = sign.url;
    img.alt = '';
    // Signs are 45 px high in the library's units; 28 px keeps several readable side by side.
    img.height = 28;
    img.width = Math.round((sign.width / sign.height) * 28);
    root.append(img);
  } else {
    const badge = document.createElement('span');
    badge.className = `vp-map-badge vp-map-badge-${kind}`;
    badge.textContent = BADGE[kind];
    root.append(badge);
  }
  if (label) root.append(labelNode(label));
  return L.divIcon({ html: root, className: 'vp-map-icon', iconSize: [0, 0], iconAnchor: [0, 0] });
}

/** A target of the plan: its number as in the plan, with the premises and team beneath. */
export function targetIcon(number: number, label: string): L.DivIcon {
  const root = document.createElement('div');
  root.className = 'vp-map-place';
  const badge = document.createElement('span');
  badge.className = 'vp-map-target';
  badge.textContent = String(number);
  root.append(badge, labelNode(label));
  return L.divIcon({ html: root, className: 'vp-map-icon', iconSize: [0, 0], iconAnchor: [0, 0] });
}
