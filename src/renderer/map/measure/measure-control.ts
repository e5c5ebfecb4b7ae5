// A measure tool for every map: a button switches measuring on, each click adds a point, and the
// control shows the path's length and, from three points on, the enclosed area — geodesic
// (`@shared/geo`), not screen pixels. While measuring, clicks go to the tool (the map's own click
// handlers, such as opening a premises, are paused), and Escape or the button ends it.
import { formatArea, formatDistance, pathLength, polygonArea, type LatLng } from '@shared/geo';
import { L } from '../leaflet-setup';

export interface MeasureLabels {
  start: string;
  stop: string;
  clear: string;
  hint: string;
  distance: string;
  area: string;
}

export interface MeasureTool {
  /** The measured points so far (tests and the list read them). */
  points(): readonly LatLng[];
  /** New words (the language changed) without ending a measurement under way. */
  setLabels(next: MeasureLabels, lang: 'de' | 'en'): void;
  remove(): void;
}

/** The same click that adds a point must not reach the map's other handlers (a premises popup). */
const MEASURING_CLASS = 'vp-measuring';

export function addMeasureTool(
  map: L.Map,
  initialLabels: MeasureLabels,
  initialLang: 'de' | 'en',
): MeasureTool {
  let labels = initialLabels;
  let lang = initialLang;
  const points: LatLng[] = [];
  const layer = L.layerGroup().addTo(map);
  let active = false;

  const box = L.DomUtil.create('div', 'leaflet-bar vp-measure');
  box.dataset.testid = 'map-measure';
  const toggle = L.DomUtil.create('button', 'vp-measure-toggle', box);
  toggle.type = 'button';
  const clear = L.DomUtil.create('button', 'vp-measure-clear', box);
  clear.type = 'button';
  const readout = L.DomUtil.create('output', 'vp-measure-readout', box);
  readout.setAttribute('aria-live', 'polite');
  readout.dataset.testid = 'map-measure-readout';
  L.DomEvent.disableClickPropagation(box);

  const render = () => {
    toggle.textContent = active ? labels.stop : labels.start;
    clear.textContent = labels.clear;
    toggle.setAttribute('aria-pressed', String(active));
    clear.hidden = points.length === 0;
    layer.clearLayers();
    const path = points.map((p) => L.latLng(p.lat, p.lng));
    if (points.length >= 3) {
      L.polygon(path, { color: '#c2255c', weight: 2, dashArray: '4 4', fillOpacity: 0.1 }).addTo(
        layer,
      );
    } else if (points.length === 2) {
      L.polyline(path, { color: '#c2255c', weight: 2, dashArray: '4 4' }).addTo(layer);
    }
    for (const p of path)
      L.circleMarker(p, { radius: 4, color: '#c2255c', weight: 2 }).addTo(layer);
    const parts: string[] = [];
    if (points.length >= 2)
      parts.push(`${labels.distance}: ${formatDistance(pathLength(points), lang)}`);
    if (points.length >= 3) parts.push(`${labels.area}: ${formatArea(polygonArea(points), lang)}`);
    readout.textContent = parts.length > 0 ? parts.join(' · ') : active ? labels.hint : '';
    readout.hidden = readout.textContent === '';
  };

  const onClick = (e: L.LeafletMouseEvent) => {
    points.push({ lat: e.latlng.lat, lng: e.latlng.lng });
    render();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && active) setActive(false);
  };
  const setActive = (on: boolean) => {
    active = on;
    map.getContainer().classList.toggle(MEASURING_CLASS, on);
    if (on) {
      points.length = 0;
      map.on('click', onClick);
      document.addEventListener('keydown', onKey);
    } else {
      map.off('click', onClick);
      document.removeEventListener('keydown', onKey);
    }
    render();
  };
  toggle.addEventListener('click', () => setActive(!active));
  clear.addEventListener('click', () => {
    points.length = 0;
    render();
  });

  const control = new L.Control({ position: 'topright' });
  control.onAdd = () => box;
  control.addTo(map);
  render();

  return {
    points: () => [...points],
    setLabels(next, nextLang) {
      labels = next;
      lang = nextLang;
      render();
    },
    remove() {
      setActive(false);
      control.remove();
      layer.remove();
    },
  };
}

/** True while the measure tool takes the map's clicks (other click handlers stand aside). */
export function isMeasuring(map: L.Map): boolean {
  return map.getContainer().classList.contains(MEASURING_CLASS);
}
